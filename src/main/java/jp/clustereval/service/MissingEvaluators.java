package jp.clustereval.service;

import java.util.List;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.LocalizedText;

/**
 * Who is missing in a round: the evaluators of its completeness matrix (the rostered evaluators,
 * role evaluator) who owe a unit nothing or only part of its grades, in the matrix's (roster) order.
 * An evaluator whose every unit is graded, in conflict or excluded is not listed.
 */
public record MissingEvaluators(String roundId, LocalizedText roundName, List<Row> rows) {

    public MissingEvaluators {
        rows = List.copyOf(rows);
    }

    /** How far an evaluator is: nothing graded of any unit they owe, or some units graded and others not. */
    public enum State { NOTHING, PARTIAL }

    /** A unit still owed: its code and name, and how many of its items the evaluator graded (0: missing). */
    public record Unit(String code, LocalizedText name, int graded, int total) {

        public boolean isMissing() {
            return graded == 0;
        }
    }

    /** One evaluator who is missing: e-mail from the roster ("" when none), the units owed in the round's order. */
    public record Row(Evaluator evaluator, String email, State state, List<Unit> units) {

        public Row {
            units = List.copyOf(units);
        }

        /** The codes of the units with nothing graded. */
        public List<String> missingCodes() {
            return units.stream().filter(Unit::isMissing).map(Unit::code).toList();
        }

        /** The codes of the units graded in part. */
        public List<String> partialCodes() {
            return units.stream().filter(u -> !u.isMissing()).map(Unit::code).toList();
        }
    }

    public boolean nobody() {
        return rows.isEmpty();
    }
}
