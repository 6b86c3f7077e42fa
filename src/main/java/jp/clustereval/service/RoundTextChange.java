package jp.clustereval.service;

import java.util.ArrayList;
import java.util.List;

import jp.clustereval.domain.Axis;
import jp.clustereval.domain.GradeLevel;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.RoundDefinition;
import jp.clustereval.scorefile.RoundFingerprint;

/**
 * What a renaming changes of a stored round: only its texts (the round's names, the items' and
 * headings' names and descriptions, the axes' names, the grades' wording), none of which the round
 * fingerprint covers. {@link #structural} says whether the wanted definition differs in anything
 * else: its grading structure (the fingerprint: scale codes and values, axis codes, the item tree),
 * its units, cohort, fiscal year, or weights.
 */
final class RoundTextChange {

    /** How many ids of one kind the audit detail names before it only counts the rest. */
    private static final int NAMED = 20;

    private final List<String> items = new ArrayList<>();
    private final List<String> axes = new ArrayList<>();
    private final List<String> grades = new ArrayList<>();
    private final boolean roundName;

    private RoundTextChange(RoundDefinition stored, RoundDefinition wanted) {
        roundName = !stored.round().name().equals(wanted.round().name());
        for (Item now : stored.round().items().all()) {
            Item then = wanted.round().items().find(now.id()).orElseThrow();
            if (!now.name().equals(then.name()) || !now.description().equals(then.description())) {
                items.add(now.id());
            }
        }
        for (int i = 0; i < stored.round().axes().size(); i++) {
            if (!stored.round().axes().get(i).name().equals(wanted.round().axes().get(i).name())) {
                axes.add(stored.round().axes().get(i).code());
            }
        }
        for (int i = 0; i < stored.round().scale().levels().size(); i++) {
            GradeLevel now = stored.round().scale().levels().get(i);
            if (!now.wording().equals(wanted.round().scale().levels().get(i).wording())) {
                grades.add(now.code());
            }
        }
    }

    /** Whether the wanted definition differs from the stored one in more than its texts. */
    static boolean structural(RoundDefinition stored, RoundDefinition wanted) {
        return !RoundFingerprint.of(stored.round()).equals(RoundFingerprint.of(wanted.round()))
                || !stored.units().equals(wanted.units())
                || !stored.round().cohort().equals(wanted.round().cohort())
                || stored.fiscalYear() != wanted.fiscalYear();
    }

    /** Whether an axis or item weight differs (same structure assumed): weights change through the weight service. */
    static boolean weightsDiffer(RoundDefinition stored, RoundDefinition wanted) {
        List<Axis> a = stored.round().axes();
        List<Axis> b = wanted.round().axes();
        for (int i = 0; i < a.size(); i++) {
            if (Double.compare(a.get(i).weight(), b.get(i).weight()) != 0) {
                return true;
            }
        }
        for (Item now : stored.round().items().all()) {
            Item then = wanted.round().items().find(now.id()).orElse(null);
            if (then == null || Double.compare(now.weight(), then.weight()) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The texts that differ; only for two definitions of the same structure ({@link #structural} false). */
    static RoundTextChange between(RoundDefinition stored, RoundDefinition wanted) {
        if (structural(stored, wanted)) {
            throw new IllegalArgumentException("not a renaming: the structure differs");
        }
        return new RoundTextChange(stored, wanted);
    }

    /** How many texts change: the round's names count once, each item, axis and grade once. */
    int count() {
        return (roundName ? 1 : 0) + items.size() + axes.size() + grades.size();
    }

    /** The audit's "what": which texts, by id (e.g. "round name; items 1.1, 2.3; axes A"). */
    String detail() {
        List<String> parts = new ArrayList<>();
        if (roundName) {
            parts.add("round name");
        }
        named(parts, "items", items);
        named(parts, "axes", axes);
        named(parts, "grades", grades);
        return String.join("; ", parts);
    }

    private static void named(List<String> into, String what, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String shown = String.join(", ", ids.subList(0, Math.min(NAMED, ids.size())));
        into.add(what + " " + shown + (ids.size() > NAMED ? " and " + (ids.size() - NAMED) + " more" : ""));
    }
}
