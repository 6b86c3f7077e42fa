package jp.clustereval.domain.weights;

import java.util.LinkedHashMap;
import java.util.Map;

/** Weights as numbers for tests, in the order given: {@code of("A", 30, "B", 20)}. */
public final class TestWeights {

    private TestWeights() {
    }

    public static Map<String, Double> of(Object... codesAndNumbers) {
        Map<String, Double> w = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNumbers.length; i += 2) {
            w.put((String) codesAndNumbers[i], ((Number) codesAndNumbers[i + 1]).doubleValue());
        }
        return w;
    }

    /** The FY2004 round's axes A to E with the given weights. */
    public static Map<String, Double> axes(double a, double b, double c, double d, double e) {
        return of("A", a, "B", b, "C", c, "D", d, "E", e);
    }
}
