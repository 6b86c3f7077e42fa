package jp.clustereval.ui.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetScorer;

/** The domain's scoring applied to the grades the sheet shows right now (no disk involved). */
final class SheetScoring {

    private final SheetScorer scorer;
    private final String clusterCode;
    private final Map<String, String> grades = new HashMap<>();

    SheetScoring(Round round, String clusterCode, List<ItemViewModel> items) {
        this.scorer = new SheetScorer(round);
        this.clusterCode = clusterCode;
        for (ItemViewModel i : items) {
            if (i.grade() != null) {
                grades.put(i.id(), i.grade());
            }
        }
    }

    Map<String, Double> axisScores() {
        return Map.copyOf(scorer.axisScores(clusterCode, grades));
    }

    int gradedCount() {
        return scorer.gradedCount(clusterCode, grades);
    }

    /** The graded items (not sub-items) without a score, in sheet order. */
    List<String> missing(List<ItemViewModel> items) {
        List<String> missing = new ArrayList<>();
        for (ItemViewModel i : items) {
            if (!i.isSubItem() && scorer.itemScore(clusterCode, i.id(), grades).isEmpty()) {
                missing.add(i.id());
            }
        }
        return missing;
    }

    /** Shows the scores on the sheet (null scoring: no sheet, nothing graded). */
    static void apply(SheetScoring scoring, List<AxisGroupViewModel> groups, javafx.beans.property.IntegerProperty graded,
                      javafx.beans.property.ObjectProperty<Map<String, Double>> axisScores) {
        if (scoring == null) {
            graded.set(0);
            axisScores.set(Map.of());
            return;
        }
        Map<String, Double> scores = scoring.axisScores();
        for (AxisGroupViewModel g : groups) {
            g.scoreProperty().set(scores.get(g.axis().code()));
        }
        graded.set(scoring.gradedCount());
        axisScores.set(scores);
    }
}
