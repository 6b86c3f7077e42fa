package jp.clustereval.domain.weights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemKind;
import jp.clustereval.domain.ItemTree;
import jp.clustereval.domain.Round;

/**
 * Validates and normalises the weighting group's weights against a round: every axis gets a share
 * of the total, every common graded item a share within its axis. Cluster-specific sub-items are
 * not weighted (they score their plain mean, see docs/scoring.md).
 */
public final class Weights {

    private Weights() {
    }

    /** The round's weights as they are, normalised (the seeded round stores 1 for everything). */
    public static WeightSet current(Round round) {
        Map<String, Double> axes = new LinkedHashMap<>();
        round.axes().forEach(a -> axes.put(a.code(), a.weight()));
        Map<String, Double> items = new LinkedHashMap<>();
        weightedItems(round).forEach(i -> items.put(i.id(), i.weight()));
        return new WeightSet(normaliseOrEqual(axes), normaliseItems(round, items));
    }

    /**
     * The round's weights with the given changes: axis weights (null keeps them; otherwise every
     * axis must be given) and item weights (an axis whose items are named must have all of them).
     */
    public static WeightSet change(Round round, Map<String, Double> axisInput, Map<String, Double> itemInput) {
        WeightSet now = current(round);
        Map<String, Double> axes = new LinkedHashMap<>(now.axes());
        if (axisInput != null) {
            axes = normalisedAxes(round, axisInput);
        }
        Map<String, Double> items = new LinkedHashMap<>(now.items());
        if (itemInput != null && !itemInput.isEmpty()) {
            items.putAll(changedItems(round, itemInput));
        }
        return new WeightSet(axes, items);
    }

    /** Checks a complete set (e.g. from a weights file): the same codes as the round, valid numbers. */
    public static WeightSet complete(Round round, Map<String, Double> axisInput, Map<String, Double> itemInput) {
        Map<String, Double> axes = normalisedAxes(round, axisInput);
        List<String> expected = weightedItems(round).stream().map(Item::id).toList();
        for (String id : itemInput.keySet()) {
            if (!expected.contains(id)) {
                throw new UserFacingException("weights.unknownItem", id, String.join(", ", expected));
            }
        }
        for (String id : expected) {
            if (!itemInput.containsKey(id)) {
                throw new UserFacingException("weights.missingItem", id);
            }
        }
        return new WeightSet(axes, changedItems(round, itemInput));
    }

    /** The round with these weights in place of its own: every derived figure follows from it. */
    public static Round apply(Round round, WeightSet weights) {
        List<Axis> axes = round.axes().stream()
                .map(a -> new Axis(a.code(), a.name(), weights.axes().getOrDefault(a.code(), a.weight()))).toList();
        List<Item> items = new ArrayList<>();
        for (Item i : round.items().all()) {
            Double w = weights.items().get(i.id());
            items.add(w == null ? i : new Item(i.id(), i.parentId(), i.kind(), i.axisCode(), i.clusterCode(), i.name(),
                    i.description(), w, i.order()));
        }
        return new Round(round.id(), round.name(), round.scale(), axes, new ItemTree(items), round.cohort());
    }

    /** The graded items that carry a weight: common to every cluster, one row of every sheet. */
    public static List<Item> weightedItems(Round round) {
        return round.items().all().stream()
                .filter(i -> i.kind() == ItemKind.GRADED && i.clusterCode() == null).toList();
    }

    private static Map<String, Double> normalisedAxes(Round round, Map<String, Double> input) {
        List<String> codes = round.axes().stream().map(Axis::code).toList();
        for (var e : input.entrySet()) {
            if (!codes.contains(e.getKey())) {
                throw new UserFacingException("weights.unknownAxis", e.getKey(), String.join(", ", codes));
            }
            checkValue(e.getKey(), e.getValue());
        }
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (String code : codes) {
            Double w = input.get(code);
            if (w == null) {
                throw new UserFacingException("weights.missingAxis", code, String.join(", ", codes));
            }
            ordered.put(code, w);
        }
        return normalise(ordered, "axes");
    }

    private static Map<String, Double> changedItems(Round round, Map<String, Double> input) {
        List<Item> weighted = weightedItems(round);
        String known = weighted.stream().map(Item::id).collect(Collectors.joining(", "));
        Map<String, Item> byId = new LinkedHashMap<>();
        weighted.forEach(i -> byId.put(i.id(), i));
        for (var e : input.entrySet()) {
            if (!byId.containsKey(e.getKey())) {
                throw new UserFacingException("weights.unknownItem", e.getKey(), known);
            }
            checkValue(e.getKey(), e.getValue());
        }
        Map<String, Double> result = new LinkedHashMap<>();
        for (Axis axis : round.axes()) {
            List<Item> ofAxis = weighted.stream().filter(i -> axis.code().equals(i.axisCode())).toList();
            List<Item> named = ofAxis.stream().filter(i -> input.containsKey(i.id())).toList();
            if (named.isEmpty()) {
                continue;
            }
            if (named.size() != ofAxis.size()) {
                throw new UserFacingException("weights.itemsIncomplete", axis.code(),
                        ofAxis.stream().map(Item::id).collect(Collectors.joining(", ")));
            }
            Map<String, Double> raw = new LinkedHashMap<>();
            ofAxis.forEach(i -> raw.put(i.id(), input.get(i.id())));
            result.putAll(normalise(raw, "axis " + axis.code()));
        }
        return result;
    }

    private static Map<String, Double> normaliseItems(Round round, Map<String, Double> raw) {
        Map<String, Double> result = new LinkedHashMap<>();
        for (Axis axis : round.axes()) {
            Map<String, Double> ofAxis = new LinkedHashMap<>();
            weightedItems(round).stream().filter(i -> axis.code().equals(i.axisCode()))
                    .forEach(i -> ofAxis.put(i.id(), raw.get(i.id())));
            if (!ofAxis.isEmpty()) {
                result.putAll(normaliseOrEqual(ofAxis));
            }
        }
        return result;
    }

    private static void checkValue(String code, Double value) {
        if (value == null || !Double.isFinite(value)) {
            throw new UserFacingException("weights.notNumber", code, String.valueOf(value));
        }
        if (value < 0) {
            throw new UserFacingException("weights.negative", code, String.valueOf(value));
        }
    }

    /** Shares summing to 1; all zero is refused, since it would leave nothing to weigh. */
    public static Map<String, Double> normalise(Map<String, Double> raw, String what) {
        double sum = raw.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!(sum > 0)) {
            throw new UserFacingException("weights.allZero", what);
        }
        Map<String, Double> result = new LinkedHashMap<>();
        raw.forEach((k, v) -> result.put(k, v / sum));
        return result;
    }

    /** Stored weights all zero (not reachable through this class) read as equal weights. */
    private static Map<String, Double> normaliseOrEqual(Map<String, Double> raw) {
        double sum = raw.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> result = new LinkedHashMap<>();
        raw.forEach((k, v) -> result.put(k, sum > 0 ? v / sum : 1.0 / raw.size()));
        return result;
    }
}
