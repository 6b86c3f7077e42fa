package jp.clustereval.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A unit graded in two rounds (the mid-term and the final evaluation): its figures in the earlier
 * and the later round and the change of each, later minus earlier.
 *
 * <p>What may be compared depends on the two definitions ({@link #basis}): totals only when both
 * rounds grade on the same scale (the same grades with the same values), since a total is a mean of
 * grade values; axis by axis only when, in addition, both rounds have the same axes (the same codes,
 * as many). Weights and items may differ: a round's total is its own weighted mean either way.
 *
 * @param earlierTotal NaN: no total in the earlier round (no complete sheet, or not graded)
 * @param laterTotal   NaN: no total in the later round
 */
public record RoundComparison(String unitCode, double earlierTotal, double laterTotal, List<AxisChange> axes) {

    /** What two rounds' figures allow to compare. */
    public enum Basis {
        /** Each axis and the total. */
        PER_AXIS,
        /** The total alone: the axes differ. */
        TOTALS,
        /** Nothing: the grades have other values. */
        NONE
    }

    /** One axis of the later round with its value in both rounds (null: not graded there). */
    public record AxisChange(Axis axis, Double earlier, Double later) {

        public AxisChange {
            Objects.requireNonNull(axis, "axis");
        }

        /** Later minus earlier; null when either round has no value on the axis. */
        public Double delta() {
            return earlier == null || later == null ? null : later - earlier;
        }
    }

    public RoundComparison {
        Objects.requireNonNull(unitCode, "unitCode");
        axes = List.copyOf(axes);
    }

    /** Later total minus earlier total; NaN when either is missing. */
    public double totalDelta() {
        return laterTotal - earlierTotal;
    }

    /** What the two rounds' definitions allow to compare (the order of the rounds does not matter). */
    public static Basis basis(Round earlier, Round later) {
        if (!sameScale(earlier.scale(), later.scale())) {
            return Basis.NONE;
        }
        return axisCodes(earlier).equals(axisCodes(later)) ? Basis.PER_AXIS : Basis.TOTALS;
    }

    /** The same grades with the same values, in any order; the wording may differ. */
    static boolean sameScale(GradeScale a, GradeScale b) {
        if (a.levels().size() != b.levels().size()) {
            return false;
        }
        for (GradeLevel level : a.levels()) {
            if (b.find(level.code()).filter(other -> Double.compare(other.value(), level.value()) == 0).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The axis codes, sorted: the same codes, as many, whatever the order each round lists them in. */
    private static List<String> axisCodes(Round round) {
        return round.axes().stream().map(Axis::code).sorted().toList();
    }

    /**
     * The comparison of one unit over the later round's axes; the caller has checked the basis is
     * {@link Basis#PER_AXIS} (a missing axis of the earlier round gives null there, never zero).
     */
    public static RoundComparison of(String unitCode, List<Axis> axes, Map<String, Score> earlierAxes,
                                     double earlierTotal, Map<String, Score> laterAxes, double laterTotal) {
        List<AxisChange> changes = new ArrayList<>();
        for (Axis axis : axes) {
            changes.add(new AxisChange(axis, value(earlierAxes.get(axis.code())), value(laterAxes.get(axis.code()))));
        }
        return new RoundComparison(unitCode, earlierTotal, laterTotal, changes);
    }

    /**
     * A change as the charts, tables and reports print it: signed with two decimals, rounded half up
     * ("+0.25", "-1.00"), "±0.00" when it rounds to nothing, "—" when there is none (null or NaN).
     */
    public static String change(Double delta) {
        if (delta == null || !Double.isFinite(delta)) {
            return "—";
        }
        java.math.BigDecimal rounded = jp.clustereval.common.Decimals.halfUp(delta, 2);
        if (rounded.signum() == 0) {
            return "±0.00";
        }
        return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString();
    }

    private static Double value(Score s) {
        return s == null ? null : s.value();
    }
}
