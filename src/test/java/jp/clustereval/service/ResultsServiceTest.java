package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.ClusterResult;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Results;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.weights.Weights;

/**
 * Reading only some clusters (the radars: the cohort and the selected cluster) gives exactly the
 * figures of the whole round, from the stored sheet scores and from the grades alike.
 */
class ResultsServiceTest {

    @TempDir
    Path dir;

    @Test
    void someClustersAndTheCohortAverageAreExactlyThoseOfTheWholeRound() {
        try (Services s = Services.open(dir.resolve("r.db"), false, dir.resolve("keys"))) {
            Round round = s.rounds().current();
            List<Evaluator> evaluators = List.of(s.evaluators().add("一", "大学"), s.evaluators().add("二", "大学"),
                    s.evaluators().add("三", "大学"));
            String[] grades = {"S", "A", "B", "C"};
            List<String> clusters = List.of("SAP", "SEN", "KYO", "HAM", "NGY", "TOY"); // cohort and not
            int n = 0;
            for (String cluster : clusters) {
                for (Evaluator e : evaluators) {
                    for (String item : ScoreFileFixture.ITEMS) {
                        if (n++ % 5 != 0) { // some items left ungraded
                            s.grading().setGrade(new SheetKey(round.id(), e.id(), cluster), item, grades[n % 4], "test");
                        }
                    }
                }
            }
            assertTrue(round.cohort().contains("SAP") && !round.cohort().contains("NGY"));
            Results all = s.results().results(round);
            assertEquals(all.cohort(), s.results().cohortAverage(round));
            assertSubsetOf(all, s.results().ofClusters(round, Set.of("NGY")), Set.of("NGY"), round);

            // the same through the grades: a round object with other item weights than the stored ones
            Round other = Weights.apply(round, Weights.change(round, null, Map.of("1.2.1", 70.0, "1.2.2", 30.0)));
            Results otherAll = s.results().results(other);
            assertEquals(otherAll.cohort(), s.results().cohortAverage(other));
            assertSubsetOf(otherAll, s.results().ofClusters(other, Set.of("TOY")), Set.of("TOY"), other);
        }
    }

    private static void assertSubsetOf(Results all, Results some, Set<String> asked, Round round) {
        assertEquals(all.cohort(), some.cohort());
        for (ClusterResult r : some.clusters()) {
            assertTrue(asked.contains(r.clusterCode()) || round.cohort().contains(r.clusterCode()), r.clusterCode());
            ClusterResult full = all.cluster(r.clusterCode()).orElseThrow();
            assertEquals(full.axes(), r.axes());
            assertEquals(full.total(), r.total());
            assertEquals(full.evaluators(), r.evaluators());
        }
        for (String code : asked) {
            assertEquals(all.cluster(code).isPresent(), some.cluster(code).isPresent(), code);
        }
    }
}
