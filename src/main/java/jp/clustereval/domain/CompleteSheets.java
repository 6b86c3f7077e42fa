package jp.clustereval.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The grades of complete sheets only (every graded item of the cluster has a grade, by rule 2 of
 * docs/scoring.md): what calibration and agreement are computed from, as totals and ranks are.
 */
public final class CompleteSheets {

    private CompleteSheets() {
    }

    /** The grades whose sheet (evaluator and cluster) is complete, in the order given. */
    public static List<GradeRecord> only(Round round, List<GradeRecord> grades) {
        Map<String, Map<String, String>> sheets = new HashMap<>();
        for (GradeRecord g : grades) {
            if (g.grade() != null) {
                sheets.computeIfAbsent(key(g), k -> new HashMap<>()).put(g.itemId(), g.grade());
            }
        }
        SheetScorer scorer = new SheetScorer(round);
        Map<String, Boolean> complete = new HashMap<>();
        List<GradeRecord> kept = new ArrayList<>();
        for (GradeRecord g : grades) {
            Map<String, String> sheet = sheets.get(key(g));
            if (sheet != null && complete.computeIfAbsent(key(g), k -> scorer.isComplete(g.clusterCode(), sheet))) {
                kept.add(g);
            }
        }
        return kept;
    }

    private static String key(GradeRecord g) {
        return g.evaluatorId() + '\u0000' + g.clusterCode();
    }
}
