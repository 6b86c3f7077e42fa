package jp.clustereval.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.clustereval.domain.Ranking.TieListing;

/** The one implementation of ranks, ties, listing and the cohort average, with its parameters. */
class RankingTest {

    private static final List<String> AXES = List.of("A", "B");
    private static final double NEAR = 2.636;
    private static final double NEAR_BELOW = Math.nextDown(NEAR); // the same grades summed in another order

    private static Ranking.Entry entry(String code, double a, double total, String... evaluators) {
        return new Ranking.Entry(code, Map.of("A", new Score(a, evaluators.length)), total, List.of(evaluators));
    }

    /** HAM's total is one ulp below KYO's: a tie (1e-9), not an equality. */
    private static List<Ranking.Entry> panel() {
        return List.of(entry("KYO", 3.0, NEAR, "e1", "e2"), entry("HAM", 2.0, NEAR_BELOW, "e1", "e3"),
                entry("SAP", 4.0, 3.5, "e2"), entry("NAG", 1.0, 1.0, "e4"), entry("UBE", 1.0, Double.NaN, "e5"));
    }

    @Test
    void tiesShareTheBetterRankAndTheNextRankIsSkipped() {
        assertArrayEquals(new int[] {2, 1, 2, 4, 0},
                Ranking.ranks(new double[] {2.0, 3.0, 2.0 + 1e-10, 1.0, Double.NaN}, List.of("A", "B", "C", "D", "E")));
        assertArrayEquals(new int[] {2, 1, 3}, Ranking.ranks(new double[] {2.0, 2.0 + 2e-9, 1.0}, List.of("A", "B", "C")),
                "2e-9 apart is not a tie");
    }

    @Test
    void tiesAreListedByTotalForResultsAndByCodeForThePanel() {
        Results byTotal = Ranking.results("r", AXES, panel(), null, Set.of("KYO", "HAM", "UBE"), TieListing.BY_TOTAL);
        Results byCode = Ranking.results("r", AXES, panel(), null, Set.of("KYO", "HAM", "UBE"), TieListing.BY_CODE);
        assertEquals(List.of("SAP", "KYO", "HAM", "NAG"), codes(byTotal), "the larger unrounded total first");
        assertEquals(List.of("SAP", "HAM", "KYO", "NAG"), codes(byCode), "by code within the rank");
        assertEquals(List.of(1, 2, 2, 4), byTotal.clusters().stream().map(ClusterResult::rank).toList());
        assertEquals(List.of(1, 2, 2, 4), byCode.clusters().stream().map(ClusterResult::rank).toList());
        // the cohort average is summed in the order listed: the same clusters, the same figures
        assertEquals((NEAR + NEAR_BELOW) / 2, byTotal.cohort().total().value(), 1e-15);
        assertEquals(2, byTotal.cohort().total().count(), "UBE has no total: not listed, not averaged");
        assertEquals(3, byTotal.cohort().evaluators(), "e1, e2, e3: each once");
        assertEquals(new Score(2.5, 2), byCode.cohort().axes().get("A"));
    }

    @Test
    void onlyTheClustersGivenAreListedRankedAndAveraged() {
        Results r = Ranking.results("r", AXES, panel(), Set.of("HAM", "NAG", "UBE"), Set.of("KYO", "HAM"), TieListing.BY_CODE);
        assertEquals(List.of("HAM", "NAG"), codes(r));
        assertEquals(List.of(1, 2), r.clusters().stream().map(ClusterResult::rank).toList());
        assertEquals(new Score(NEAR_BELOW, 1), r.cohort().total(), "KYO is not ranked here");
        assertEquals(Set.of("KYO", "HAM"), r.cohort().members());
    }

    @Test
    void aClusterEntryIsTheMeanOverItsSheetsAndTheWeightedTotalOfThoseMeans() {
        double nan = Double.NaN;
        Ranking.Entry e = Ranking.entry("SAP", AXES, new double[][] {{4, nan}, {3, 2}, {nan, nan}}, new double[] {3, 1},
                List.of("e1", "e2"));
        assertEquals(Map.of("A", new Score(3.5, 2), "B", new Score(2.0, 1)), e.axes());
        assertEquals((3.5 * 3 + 2.0) / 4, e.total(), 1e-15);
        // an axis weighing 0 counts for nothing; alone, it gives no total
        Ranking.Entry zero = Ranking.entry("NGY", AXES, new double[][] {{nan, 2}}, new double[] {1, 0}, List.of("e1"));
        assertTrue(Double.isNaN(zero.total()));
        assertEquals(Map.of("B", new Score(2.0, 1)), zero.axes());
        assertEquals(List.of("SAP"), codes(Ranking.results("r", AXES, List.of(zero, e), null, Set.of(), TieListing.BY_TOTAL)));
    }

    @Test
    void tiersAreTheThirdsOfTheRanking() {
        assertEquals(Ranking.Tier.TOP, Ranking.tier(4, 12));
        assertEquals(Ranking.Tier.MIDDLE, Ranking.tier(5, 12));
        assertEquals(Ranking.Tier.MIDDLE, Ranking.tier(8, 12));
        assertEquals(Ranking.Tier.BOTTOM, Ranking.tier(9, 12));
    }

    private static List<String> codes(Results r) {
        return r.clusters().stream().map(ClusterResult::clusterCode).toList();
    }
}
