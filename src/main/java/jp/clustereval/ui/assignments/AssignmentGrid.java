package jp.clustereval.ui.assignments;

import java.util.List;
import java.util.Set;

/**
 * What the assignment grid shows, as read from the database: the round's rostered evaluators (rows),
 * its units (columns), the assignments stored and the cells with a declared conflict of interest
 * (not assignable). Cells are named by {@link #cell(String, String)}.
 */
public record AssignmentGrid(List<Person> evaluators, List<Unit> units, Set<String> assigned, Set<String> conflicts) {

    /** A row: an evaluator on the roster, with the label people are told apart by. */
    public record Person(String id, String label) {
    }

    /** A column: a unit's code and its name in the UI language. */
    public record Unit(String code, String name) {
    }

    public static final AssignmentGrid EMPTY = new AssignmentGrid(List.of(), List.of(), Set.of(), Set.of());

    public AssignmentGrid {
        evaluators = List.copyOf(evaluators);
        units = List.copyOf(units);
        assigned = Set.copyOf(assigned);
        conflicts = Set.copyOf(conflicts);
    }

    /** The key of one cell. */
    public static String cell(String evaluatorId, String unitCode) {
        return evaluatorId + "\n" + unitCode;
    }

    public boolean isAssigned(String evaluatorId, String unitCode) {
        return assigned.contains(cell(evaluatorId, unitCode));
    }

    public boolean isConflict(String evaluatorId, String unitCode) {
        return conflicts.contains(cell(evaluatorId, unitCode));
    }
}
