package jp.clustereval.domain.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.clustereval.domain.stats.KrippendorffAlpha.Metric;

/**
 * Against the worked example of Krippendorff's "Computing Krippendorff's Alpha-Reliability" (2011,
 * section C): four observers, twelve units, values 1-5, seven values missing. Published: nominal
 * 0.743, ordinal 0.815, interval 0.849, ratio 0.797 (R's irr::kripp.alpha gives the same for its "C"
 * data, which is this table).
 */
class KrippendorffAlphaTest {

    private static final double M = Double.NaN;

    /** Units (columns of the published table) with the four observers' values. */
    static List<double[]> published() {
        double[][] observers = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, M, M, M},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, M, 3},
            {M, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, M},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, M},
        };
        List<double[]> units = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            double[] unit = new double[4];
            for (int o = 0; o < 4; o++) {
                unit[o] = observers[o][u];
            }
            units.add(unit);
        }
        return units;
    }

    @Test
    void thePublishedExampleForEveryMetric() {
        assertEquals(0.743, KrippendorffAlpha.of(published(), Metric.NOMINAL), 0.0005);
        assertEquals(0.815, KrippendorffAlpha.of(published(), Metric.ORDINAL), 0.0005);
        assertEquals(0.849, KrippendorffAlpha.of(published(), Metric.INTERVAL), 0.0005);
        assertEquals(0.797, KrippendorffAlpha.of(published(), Metric.RATIO), 0.0005);
    }

    @Test
    void aUnitWithOneValueAddsNothing() {
        List<double[]> units = published();
        units.add(new double[] {4, M, M, M});
        assertEquals(KrippendorffAlpha.of(published(), Metric.INTERVAL), KrippendorffAlpha.of(units, Metric.INTERVAL), 1e-12);
    }

    @Test
    void perfectAgreementIsOneAndNoVariationIsUndefined() {
        List<double[]> agree = List.of(new double[] {1, 1, M}, new double[] {3, 3, 3}, new double[] {4, M, 4});
        assertEquals(1.0, KrippendorffAlpha.of(agree, Metric.ORDINAL), 1e-12);
        List<double[]> same = List.of(new double[] {2, 2}, new double[] {2, 2});
        assertTrue(Double.isNaN(KrippendorffAlpha.of(same, Metric.INTERVAL)), "no expected disagreement: undefined");
        assertTrue(Double.isNaN(KrippendorffAlpha.of(List.of(new double[] {1, M}), Metric.NOMINAL)));
    }

    @Test
    void systematicDisagreementIsBelowZero() {
        // two raters who always give opposite ends of the scale
        List<double[]> units = List.of(new double[] {1, 4}, new double[] {4, 1}, new double[] {1, 4}, new double[] {4, 1});
        assertTrue(KrippendorffAlpha.of(units, Metric.INTERVAL) < 0);
    }
}
