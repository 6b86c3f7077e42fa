package jp.clustereval.ui.completeness;

import java.util.Map;

import jp.clustereval.service.Completeness;
import jp.clustereval.service.Completeness.State;
import jp.clustereval.ui.common.Messages;

/** One evaluator's line of the matrix: a cell per cluster and the counts per state. */
public record CompletenessRow(String evaluatorId, String evaluatorName, Map<String, Completeness.Cell> cells,
                              Map<State, Integer> counts) {

    public CompletenessRow {
        cells = Map.copyOf(cells);
        counts = Map.copyOf(counts);
    }

    public Completeness.Cell cell(String cluster) {
        return cells.get(cluster);
    }

    /** A symbol for the state, so that the matrix never relies on colour alone. */
    public static String symbol(State s) {
        return switch (s) {
            case GRADED -> "●";
            case PARTIAL -> "◐";
            case MISSING -> "○";
            case CONFLICT -> "▲";
            case EXCLUDED -> "×";
        };
    }

    /** "● 9/9", "◐ 5/9", "▲ 9/9"...: what a cell shows. */
    public static String cellText(Completeness.Cell c) {
        return symbol(c.state()) + " " + c.graded() + "/" + c.total();
    }

    /** The cell read aloud: "Ichiro, SAP: partial, 5 of 9 items graded". */
    public String accessibleText(String cluster, Messages m) {
        Completeness.Cell c = cell(cluster);
        return m.format("completeness.cell.accessible", evaluatorName, cluster,
                m.get("completeness.state." + c.state().name()), c.graded(), c.total());
    }
}
