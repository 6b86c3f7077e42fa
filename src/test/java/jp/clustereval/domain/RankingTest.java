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
        return new Ranking.Entry(code, Map.of("A", new Score(a, evaluators.length)), total, List.of(evaluators), 0);
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
        Results byTotal = Ranking.results("r", AXES, panel(), null, null, Set.of("KYO", "HAM", "UBE"), TieListing.BY_TOTAL);
        Results byCode = Ranking.results("r", AXES, panel(), null, null, Set.of("KYO", "HAM", "UBE"), TieListing.BY_CODE);
        // UBE has no total (no complete sheet): listed last, without a rank
        assertEquals(List.of("SAP", "KYO", "HAM", "NAG", "UBE"), codes(byTotal), "the larger unrounded total first");
        assertEquals(List.of("SAP", "HAM", "KYO", "NAG", "UBE"), codes(byCode), "by code within the rank");
        assertEquals(List.of(1, 2, 2, 4, 0), byTotal.clusters().stream().map(ClusterResult::rank).toList());
        assertEquals(List.of(1, 2, 2, 4, 0), byCode.clusters().stream().map(ClusterResult::rank).toList());
        // the cohort average is summed in the order listed: the same clusters, the same figures
        assertEquals((NEAR + NEAR_BELOW) / 2, byTotal.cohort().total().value(), 1e-15);
        assertEquals(2, byTotal.cohort().total().count(), "UBE has no total: not ranked, not averaged");
        assertEquals(3, byTotal.cohort().evaluators(), "e1, e2, e3: each once");
        assertEquals(new Score(2.5, 2), byCode.cohort().axes().get("A"));
    }

    @Test
    void onlyTheClustersGivenAreListedRankedAndAveraged() {
        Set<String> given = Set.of("HAM", "NAG", "UBE");
        Results r = Ranking.results("r", AXES, panel(), given, given, Set.of("KYO", "HAM"), TieListing.BY_CODE);
        assertEquals(List.of("HAM", "NAG", "UBE"), codes(r), "UBE, without a total, listed last");
        assertEquals(List.of(1, 2, 0), r.clusters().stream().map(ClusterResult::rank).toList());
        assertEquals(new Score(NEAR_BELOW, 1), r.cohort().total(), "KYO is not ranked here");
        assertEquals(Set.of("KYO", "HAM"), r.cohort().members());
    }

    @Test
    void aClusterEntryIsTheMeanOverItsSheetsAndTheWeightedTotalOfThoseMeans() {
        double nan = Double.NaN;
        Ranking.Entry e = Ranking.entry("SAP", AXES, new double[][] {{4, nan}, {3, 2}, {nan, nan}},
                new boolean[] {true, true, false}, false, new double[] {3, 1}, List.of("e1", "e2", "e3"));
        assertEquals(Map.of("A", new Score(3.5, 2), "B", new Score(2.0, 1)), e.axes());
        assertEquals((3.5 * 3 + 2.0) / 4, e.total(), 1e-15);
        // an axis weighing 0 counts for nothing; alone, it gives no total
        Ranking.Entry zero = Ranking.entry("NGY", AXES, new double[][] {{nan, 2}}, new boolean[] {true}, false,
                new double[] {1, 0}, List.of("e1"));
        assertTrue(Double.isNaN(zero.total()));
        assertEquals(Map.of("B", new Score(2.0, 1)), zero.axes());
        Results r = Ranking.results("r", AXES, List.of(zero, e), null, null, Set.of(), TieListing.BY_TOTAL);
        assertEquals(List.of("SAP", "NGY"), codes(r), "NGY has axis values but no total: listed, not ranked");
        assertEquals(0, r.cluster("NGY").orElseThrow().rank());
    }

    /**
     * Hand-worked: SAP's sheets e1 {A 4, B 2} complete, e2 {A 2} unfinished, weights 1:1. The axis
     * columns keep every sheet (A = (4 + 2) / 2 = 3, 2 sheets; B = 2, 1 sheet); the total is e1's alone
     * (4 + 2) / 2 = 3, by 1 evaluator, 1 sheet left out. With partial sheets included, the old figure:
     * (3 + 2) / 2 = 2.5 by 2 evaluators.
     */
    @Test
    void onlyCompleteSheetsCountForTheTotal() {
        double nan = Double.NaN;
        double[][] sheets = {{4, 2}, {2, nan}};
        boolean[] complete = {true, false};
        Ranking.Entry e = Ranking.entry("SAP", AXES, sheets, complete, false, new double[] {1, 1}, List.of("e1", "e2"));
        assertEquals(Map.of("A", new Score(3.0, 2), "B", new Score(2.0, 1)), e.axes());
        assertEquals(3.0, e.total(), 1e-15);
        assertEquals(List.of("e1"), List.copyOf(e.evaluators()));
        assertEquals(1, e.partial());
        Ranking.Entry old = Ranking.entry("SAP", AXES, sheets, complete, true, new double[] {1, 1}, List.of("e1", "e2"));
        assertEquals(2.5, old.total(), 1e-15);
        assertEquals(List.of("e1", "e2"), List.copyOf(old.evaluators()));
        // only unfinished sheets: axis values, but no total and no rank; the cohort average covers 0 of 1
        Ranking.Entry none = Ranking.entry("TOY", AXES, new double[][] {{4, 4}}, new boolean[] {false}, false,
                new double[] {1, 1}, List.of("e1"));
        assertTrue(Double.isNaN(none.total()));
        Results r = Ranking.results("r", AXES, List.of(none), null, Set.of("TOY"), Set.of("TOY"), TieListing.BY_TOTAL);
        ClusterResult toy = r.cluster("TOY").orElseThrow();
        assertEquals(0, toy.rank());
        assertEquals(0, toy.evaluators());
        assertEquals(1, toy.partial());
        assertEquals(0, r.cohort().covered());
    }

    /** The ranked clusters come first, best first; the other listed clusters follow without a rank. */
    @Test
    void clustersOutsideTheRankedOnesFollowWithoutARank() {
        Results r = Ranking.results("r", AXES, panel(), null, Set.of("HAM", "NAG"), Set.of("HAM", "NAG"),
                TieListing.BY_TOTAL);
        assertEquals(List.of("HAM", "NAG", "SAP", "KYO", "UBE"), codes(r));
        assertEquals(List.of(1, 2, 0, 0, 0), r.clusters().stream().map(ClusterResult::rank).toList());
        assertEquals(2, r.cohort().covered());
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
