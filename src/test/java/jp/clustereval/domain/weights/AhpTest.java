package jp.clustereval.domain.weights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.clustereval.common.UserFacingException;

class AhpTest {

    /**
     * The three-criteria textbook matrix (1, 3, 5 / 1/3, 1, 3 / 1/5, 1/3, 1) found in AHP texts
     * after Saaty (1980): priorities 0.637, 0.258, 0.105, lambda_max 3.039, CI 0.019, CR 0.033 (RI 0.58).
     * By hand: row geometric means 15^(1/3) = 2.466, 1, 15^(-1/3) = 0.405; sum 3.872.
     */
    @Test
    void textbookExampleGivesThePublishedWeightsAndConsistencyRatio() {
        Ahp.Result r = Ahp.of(List.of("X", "Y", "Z"), Ahp.parseMatrix("1,3,5; 1/3,1,3; 1/5,1/3,1"));
        assertArrayEquals(new double[] {0.637, 0.258, 0.105}, round3(r.weights()), 1e-9);
        assertEquals(3.039, r.lambdaMax(), 5e-4);
        assertEquals(0.019, r.consistencyIndex(), 5e-4);
        assertEquals(0.033, r.consistencyRatio(), 5e-4);
        assertTrue(r.isConsistent());
    }

    @Test
    void aPerfectlyConsistentMatrixHasRatioZeroAndExactWeights() {
        // weights 4:2:1 -> every a_ij = w_i / w_j
        Ahp.Result r = Ahp.of(List.of("A", "B", "C"), Ahp.parseMatrix("1,2,4;1/2,1,2;1/4,1/2,1"));
        assertArrayEquals(new double[] {4 / 7.0, 2 / 7.0, 1 / 7.0}, r.weights(), 1e-12);
        assertEquals(0, r.consistencyRatio(), 1e-12);
    }

    @Test
    void inconsistentJudgementsAreShownAboveTheThreshold() {
        // A > B, B > C, but C much > A: a cycle
        Ahp.Result r = Ahp.of(List.of("A", "B", "C"), Ahp.parseMatrix("1,5,1/7;1/5,1,5;7,1/5,1"));
        assertTrue(r.consistencyRatio() > Ahp.CR_THRESHOLD, "CR " + r.consistencyRatio());
        assertFalse(r.isConsistent());
    }

    @Test
    void malformedMatricesAreRefused() {
        List<String> abc = List.of("A", "B", "C");
        assertKey("ahp.reciprocal", () -> Ahp.of(abc, Ahp.parseMatrix("1,3,5;3,1,3;1/5,1/3,1")));
        assertKey("ahp.range", () -> Ahp.of(abc, Ahp.parseMatrix("1,12,5;1/12,1,3;1/5,1/3,1")));
        assertKey("ahp.range", () -> Ahp.of(abc, Ahp.parseMatrix("1,0,5;0,1,3;1/5,1/3,1")));
        assertKey("ahp.diagonal", () -> Ahp.of(abc, Ahp.parseMatrix("2,3,5;1/3,1,3;1/5,1/3,1")));
        assertKey("ahp.shape", () -> Ahp.of(abc, Ahp.parseMatrix("1,3;1/3,1")));
        assertKey("ahp.notNumber", () -> Ahp.parseMatrix("1,x;1,1"));
    }

    private static double[] round3(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = Math.round(v[i] * 1000) / 1000.0;
        }
        return r;
    }

    private static void assertKey(String key, org.junit.jupiter.api.function.Executable e) {
        assertEquals(key, assertThrows(UserFacingException.class, e).key());
    }
}
