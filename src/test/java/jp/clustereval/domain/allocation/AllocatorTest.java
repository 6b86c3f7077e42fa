package jp.clustereval.domain.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.allocation.Allocator.Candidate;

class AllocatorTest {

    private static final long NO_CAP = Long.MAX_VALUE;
    private final List<Candidate> xyz = List.of(new Candidate("X", 3, 1), new Candidate("Y", 2, 2), new Candidate("Z", 1, 3));

    @Test
    void proportionalToTheTotals() {
        // 600 in the ratio 3 : 2 : 1
        assertEquals(List.of(300L, 200L, 100L), yen(Allocator.allocate(req(600, AllocationRule.PROPORTIONAL, 0, NO_CAP), xyz)));
    }

    @Test
    void leftoverYenGoToTheLargestFractionsSoTheSumIsThePool() {
        List<Candidate> equal = List.of(new Candidate("A", 2, 1), new Candidate("B", 2, 1), new Candidate("C", 2, 1));
        Allocation a = Allocator.allocate(req(100, AllocationRule.PROPORTIONAL, 0, NO_CAP), equal);
        assertEquals(List.of(34L, 33L, 33L), yen(a), "33.33 each; the one leftover yen to A, first by code");
        assertTrue(a.addsUp());
    }

    /**
     * Two totals that are equal (one rank) but computed by different sums differ in the last binary
     * digit: the results give SAP 2.15 and SEN 2.1500000000000004 for 0.2 x 3.5 + 0.5 x 2 + 0.3 x 1.5
     * and 0.2 x 2 + 0.5 x 2 + 0.3 x 2.5. The shares are the exact values the totals stand for, so the
     * fractions are equal too and the leftover yen goes by code, as the allocation's note says (it
     * went to SEN by the noise).
     */
    @Test
    void equalTotalsComputedByDifferentSumsShareTheLeftoverYenByCode() {
        double sap = 2.15;
        double sen = Math.nextUp(2.15);
        Allocation a = Allocator.allocate(req(1_000_000_001L, AllocationRule.PROPORTIONAL, 0, NO_CAP),
                List.of(new Candidate("SAP", sap, 1), new Candidate("SEN", sen, 1)));
        assertEquals(List.of("SAP 500000001", "SEN 500000000"), a.clusters().stream()
                .map(c -> c.clusterCode() + " " + c.allocationYen()).toList());
    }

    @Test
    void floorAndCapHoldAndTheRestStaysProportional() {
        // floor 150: Z gets 150; 3L + 2L = 450 -> L = 90: X 270, Y 180
        assertEquals(List.of(270L, 180L, 150L), yen(Allocator.allocate(req(600, AllocationRule.PROPORTIONAL, 150, NO_CAP), xyz)));
        // and cap 250: X 250; 2L + 150 = 350 -> L = 100: Y 200
        assertEquals(List.of(250L, 200L, 150L), yen(Allocator.allocate(req(600, AllocationRule.PROPORTIONAL, 150, 250), xyz)));
    }

    @Test
    void tiersMoveTheBaselineByTwentyPercentAndScaleToThePool() {
        List<Candidate> six = List.of(new Candidate("A", 3.5, 1), new Candidate("B", 3.2, 2), new Candidate("C", 3.0, 3),
                new Candidate("D", 2.8, 4), new Candidate("E", 2.5, 5), new Candidate("F", 2.0, 6));
        Allocation exact = Allocator.allocate(req(3000, AllocationRule.TIERS, 0, NO_CAP), six);
        assertEquals(List.of(600L, 600L, 500L, 500L, 400L, 400L), yen(exact));
        assertEquals(20.0, exact.clusters().get(0).changePct(), 1e-12);
        assertEquals(-20.0, exact.clusters().get(5).changePct(), 1e-12);
        // a pool 10 % short scales every tier by 0.9
        assertEquals(List.of(540L, 540L, 450L, 450L, 360L, 360L), yen(Allocator.allocate(req(2700, AllocationRule.TIERS, 0, NO_CAP), six)));
    }

    @Test
    void billionsOfYenAddUpExactly() {
        List<Candidate> many = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(new Candidate(String.format("C%02d", i), 1 + i / 7.0, 12 - i));
        }
        Allocation a = Allocator.allocate(new AllocationRequest(6_600_000_001L, AllocationRule.PROPORTIONAL, 400_000_000L,
                700_000_000L, 500_000_000L, 0.2), many);
        assertEquals(6_600_000_001L, a.sumYen());
        a.clusters().forEach(c -> assertTrue(c.allocationYen() >= 400_000_000L && c.allocationYen() <= 700_000_000L, c.toString()));
    }

    @Test
    void impossibleSettingsAreRefused() {
        assertKey("allocate.floorTooHigh", () -> Allocator.allocate(req(600, AllocationRule.PROPORTIONAL, 250, NO_CAP), xyz));
        assertKey("allocate.capTooLow", () -> Allocator.allocate(req(600, AllocationRule.PROPORTIONAL, 0, 100), xyz));
        assertKey("allocate.capBelowFloor", () -> Allocator.allocate(req(600, AllocationRule.PROPORTIONAL, 200, 100), xyz));
        assertKey("allocate.pool", () -> Allocator.allocate(req(0, AllocationRule.PROPORTIONAL, 0, NO_CAP), xyz));
        assertKey("allocate.noClusters", () -> Allocator.allocate(req(600, AllocationRule.TIERS, 0, NO_CAP), List.of()));
        assertKey("allocate.rule", () -> AllocationRule.parse("equal"));
    }

    private static AllocationRequest req(long pool, AllocationRule rule, long floor, long cap) {
        return new AllocationRequest(pool, rule, floor, cap, 500, 0.2);
    }

    private static List<Long> yen(Allocation a) {
        return a.clusters().stream().map(ClusterAllocation::allocationYen).toList();
    }

    private static void assertKey(String key, org.junit.jupiter.api.function.Executable e) {
        assertEquals(key, assertThrows(UserFacingException.class, e).key());
    }
}
