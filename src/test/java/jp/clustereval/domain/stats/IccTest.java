package jp.clustereval.domain.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IccTest {

    /** Shrout and Fleiss (1979), Table 2: 6 targets x 4 judges; they report ICC(2,1) = .29. */
    @Test
    void shroutAndFleissPublishedExample() {
        double[][] x = {{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
        assertEquals(0.29, Icc.icc21(x), 0.005);
    }

    /**
     * By hand, 3 targets x 2 raters: (1,2), (2,3), (4,4). Grand mean 16/6 = 8/3; row means 1.5, 2.5, 4;
     * column means 7/3, 3. SSR = 2 x ((1.5-8/3)^2 + (2.5-8/3)^2 + (4-8/3)^2) = 2 x (49/36 + 1/36 + 64/36) = 19/3;
     * SSC = 3 x ((7/3-8/3)^2 + (3-8/3)^2) = 2/3; SST = (25 + 4 + 4 + 1 + 16 + 16) / 9 = 22/3, so SSE = 22/3 - 19/3 - 2/3 = 1/3.
     * MSR = 19/6, MSC = 2/3, MSE = 1/6. ICC = (19/6 - 1/6) / (19/6 + 1/6 + 2 (2/3 - 1/6) / 3) = 3 / (10/3 + 1/3) = 9/11.
     */
    @Test
    void smallHandWorkedTable() {
        assertEquals(9.0 / 11, Icc.icc21(new double[][] {{1, 2}, {2, 3}, {4, 4}}), 1e-12);
    }

    @Test
    void perfectAgreementIsOneAndNoVarianceIsNotComputable() {
        assertEquals(1.0, Icc.icc21(new double[][] {{1, 1}, {3, 3}, {4, 4}}), 1e-12);
        assertTrue(Double.isNaN(Icc.icc21(new double[][] {{2, 2}, {2, 2}})));
        assertTrue(Double.isNaN(Icc.icc21(new double[][] {{2, 3}})), "one target");
    }
}
