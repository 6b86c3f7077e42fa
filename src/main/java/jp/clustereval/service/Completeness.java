package jp.clustereval.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.clustereval.domain.Evaluator;

/** The chair's matrix: evaluators x clusters, each cell graded / partial / missing / conflict / excluded. */
public record Completeness(String roundId, List<Evaluator> evaluators, List<String> clusters,
                           Map<String, Map<String, Cell>> cells) {

    /** A cell's state; conflict and excluded take precedence over how far the sheet is graded. */
    public enum State { GRADED, PARTIAL, MISSING, CONFLICT, EXCLUDED }

    /**
     * One evaluator's sheet for one cluster: its state and how many of its items are graded. A unit
     * not assigned to the evaluator has no cell ({@link #cell} is null, the CSV cell blank).
     */
    public record Cell(State state, int graded, int total) {
    }

    /** The cell, or null where the unit is not assigned to the evaluator. */
    public Cell cell(String evaluatorId, String cluster) {
        return cells.get(evaluatorId).get(cluster);
    }

    /** How many cells of the evaluator are in each state (unassigned units count in none). */
    public Map<State, Integer> counts(String evaluatorId) {
        Map<State, Integer> counts = new EnumMap<>(State.class);
        for (State s : State.values()) {
            counts.put(s, 0);
        }
        cells.get(evaluatorId).values().forEach(c -> counts.merge(c.state(), 1, Integer::sum));
        return counts;
    }

    /** Cells in each state over the whole matrix. */
    public Map<State, Integer> totals() {
        Map<State, Integer> counts = new EnumMap<>(State.class);
        for (State s : State.values()) {
            counts.put(s, 0);
        }
        cells.values().forEach(row -> row.values().forEach(c -> counts.merge(c.state(), 1, Integer::sum)));
        return counts;
    }
}
