package jp.clustereval.service;

import java.util.Map;
import java.util.Set;

import jp.clustereval.domain.Aggregator;
import jp.clustereval.domain.Results;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetScorer;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.GradeDao;
import jp.clustereval.persistence.SheetScoreDao;

/** Aggregates every evaluator's grades of a round into cluster results and the cohort average. */
public final class ResultsService {

    private final Database db;

    public ResultsService(Database db) {
        this.db = db;
    }

    /** Results against the round's own cohort. */
    public Results results(Round round) {
        return results(round, round.cohort());
    }

    /**
     * Reads each sheet's stored axis scores (sheet_score: one row per sheet instead of every grade)
     * when they were computed with this round's items, weights and scale; otherwise (a round object
     * with other weights than the stored ones) the grades themselves, one sheet at a time. Both give
     * exactly the same results.
     */
    public Results results(Round round, Set<String> cohort) {
        Aggregator.Accumulator acc = new Aggregator(round).accumulator();
        String basis = new SheetScorer(round).basis();
        db.query(c -> {
            SheetScoreDao scores = new SheetScoreDao(c);
            if (scores.basis(round.id()).filter(basis::equals).isPresent()) {
                scores.forEachClusterOfRound(round.id(), acc::cluster);
            } else {
                new GradeDao(c).forEachSheetOfRound(round.id(), acc::sheet);
            }
            return null;
        });
        return acc.results(cohort);
    }

    /** One evaluator's own axis scores for a cluster (the live radar of the sheet). */
    public Map<String, Double> sheetAxisScores(Round round, String clusterCode, SheetData sheet) {
        return new SheetScorer(round).axisScores(clusterCode, sheet.grades());
    }
}
