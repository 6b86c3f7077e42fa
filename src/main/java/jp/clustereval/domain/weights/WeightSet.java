package jp.clustereval.domain.weights;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complete set of weights for a round, normalised: axis weights sum to 1, and the weights of the
 * graded items of each axis sum to 1 within that axis. Shown as percentages; stored as fractions.
 *
 * @param axes  axis code to its share of the total, in the round's axis order
 * @param items graded item id to its share within its axis, in the round's item order
 */
public record WeightSet(Map<String, Double> axes, Map<String, Double> items) {

    public WeightSet {
        axes = Collections.unmodifiableMap(new LinkedHashMap<>(axes));
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    public double axis(String code) {
        return axes.getOrDefault(code, 0.0);
    }
}
