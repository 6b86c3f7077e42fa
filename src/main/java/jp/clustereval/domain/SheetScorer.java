package jp.clustereval.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Turns one evaluator's grades for one cluster into item, axis and total scores.
 *
 * <p>Rules: a grade counts by the round's scale; an item with graded sub-items scores their plain
 * mean (its own grade is used only when none of them is graded); an axis is the weighted mean of
 * its graded items; the total is the weighted mean of the graded axes. Anything ungraded is left
 * out, never counted as zero.
 */
public final class SheetScorer {

    private final Round round;

    public SheetScorer(Round round) {
        this.round = round;
    }

    /** The score of one item, or empty when neither it nor any sub-item is graded. */
    public OptionalDouble itemScore(String clusterCode, String itemId, Map<String, String> gradesByItem) {
        return itemScoreOf(clusterCode, itemId, gradeValues(gradesByItem));
    }

    /**
     * The same rule over numeric item values (e.g. calibrated grades, which are no longer grade
     * codes); the function gives null for an item that was not graded.
     */
    public OptionalDouble itemScoreOf(String clusterCode, String itemId, Function<String, Double> valueOfItem) {
        List<Item> children = round.items().children(itemId, clusterCode);
        double sum = 0;
        int n = 0;
        for (Item child : children) {
            if (!child.isGradable()) {
                continue;
            }
            OptionalDouble s = itemScoreOf(clusterCode, child.id(), valueOfItem);
            if (s.isPresent()) {
                sum += s.getAsDouble();
                n++;
            }
        }
        if (n > 0) {
            return OptionalDouble.of(sum / n);
        }
        Double value = valueOfItem.apply(itemId);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Axis code to score for the axes with at least one graded item, in the round's axis order. */
    public Map<String, Double> axisScores(String clusterCode, Map<String, String> gradesByItem) {
        return axisScoresOf(clusterCode, gradeValues(gradesByItem));
    }

    /** Axis scores over numeric item values (null = not graded), by the same rules. */
    public Map<String, Double> axisScoresOf(String clusterCode, Function<String, Double> valueOfItem) {
        Map<String, Double> result = new LinkedHashMap<>();
        for (Axis axis : round.axes()) {
            WeightedMean mean = new WeightedMean();
            for (Item item : round.items().axisItems(axis.code(), clusterCode)) {
                itemScoreOf(clusterCode, item.id(), valueOfItem).ifPresent(v -> mean.add(v, item.weight()));
            }
            if (!mean.isEmpty()) {
                result.put(axis.code(), mean.value());
            }
        }
        return result;
    }

    /**
     * The axis scores of one sheet in the round's axis order, NaN for an axis with nothing graded:
     * what the database keeps per sheet (sheet_score) so that results need not read every grade.
     */
    public double[] axisScoreArray(String clusterCode, Map<String, String> gradesByItem) {
        Map<String, Double> byAxis = axisScores(clusterCode, gradesByItem);
        List<Axis> axes = round.axes();
        double[] v = new double[axes.size()];
        for (int i = 0; i < v.length; i++) {
            Double d = byAxis.get(axes.get(i).code());
            v[i] = d == null ? Double.NaN : d;
        }
        return v;
    }

    /**
     * A fingerprint (SHA-256, hex) of everything {@link #axisScoreArray} depends on: the scale's
     * values, the axis order, and every item's place in the tree, kind, axis, cluster and weight, in
     * tree order (which is also the order the weighted means are summed in). Two rounds with the same
     * basis give bit-identical axis scores for the same grades; names and axis weights (used only for
     * the total, computed later) do not count.
     */
    public String basis() {
        StringBuilder b = new StringBuilder("scale");
        for (GradeLevel level : round.scale().levels()) {
            b.append('|').append(level.code()).append('=').append(level.value());
        }
        b.append("\naxes");
        for (Axis axis : round.axes()) {
            b.append('|').append(axis.code());
        }
        b.append("\nitems");
        for (Item item : round.items().all()) {
            b.append('|').append(item.id()).append(',').append(item.parentId()).append(',').append(item.kind())
                    .append(',').append(item.axisCode()).append(',').append(item.clusterCode()).append(',')
                    .append(item.weight());
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The weighted mean of the given axis values with the round's axis weights ({@link Ranking#total}); empty when none. */
    public OptionalDouble total(Map<String, Double> axisValues) {
        List<String> codes = round.axes().stream().map(Axis::code).toList();
        double total = Ranking.total(Ranking.values(codes, axisValues), round.axes().stream().mapToDouble(Axis::weight).toArray());
        return Double.isNaN(total) ? OptionalDouble.empty() : OptionalDouble.of(total);
    }

    /** Grade codes looked up on the scale only when an item is reached, as before. */
    private Function<String, Double> gradeValues(Map<String, String> gradesByItem) {
        return itemId -> {
            String grade = gradesByItem.get(itemId);
            return grade == null ? null : round.scale().value(grade);
        };
    }

    /**
     * The graded items of a cluster without a score (neither their own grade nor a graded sub-item),
     * in display order: what keeps a sheet from being complete.
     */
    public List<String> ungradedItems(String clusterCode, Map<String, String> gradesByItem) {
        return round.items().gradedItems(clusterCode).stream()
                .filter(i -> itemScore(clusterCode, i.id(), gradesByItem).isEmpty())
                .map(Item::id).toList();
    }

    /**
     * Whether every graded item of a cluster has a score (its own grade or a graded sub-item, by
     * rule 2 of docs/scoring.md): a complete sheet, the only kind that counts for totals and ranks.
     */
    public boolean isComplete(String clusterCode, Function<String, Double> valueOfItem) {
        for (Item item : round.items().gradedItems(clusterCode)) {
            if (itemScoreOf(clusterCode, item.id(), valueOfItem).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** {@link #isComplete} over grade codes. */
    public boolean isComplete(String clusterCode, Map<String, String> gradesByItem) {
        return isComplete(clusterCode, gradeValues(gradesByItem));
    }

    /** How many graded items of a cluster have a score (own grade or graded sub-items). */
    public int gradedCount(String clusterCode, Map<String, String> gradesByItem) {
        int n = 0;
        for (Item item : round.items().gradedItems(clusterCode)) {
            if (itemScore(clusterCode, item.id(), gradesByItem).isPresent()) {
                n++;
            }
        }
        return n;
    }
}
