package jp.clustereval.domain.panel;

import jp.clustereval.domain.GradeRecord;
import jp.clustereval.domain.Round;

/** The number a grade counts as: its value on the scale (raw) or a calibrated value. */
@FunctionalInterface
public interface GradeValuation {

    double value(GradeRecord grade);

    static GradeValuation raw(Round round) {
        return g -> round.scale().value(g.grade());
    }
}
