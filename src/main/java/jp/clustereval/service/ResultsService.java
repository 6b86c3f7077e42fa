package jp.clustereval.service;

import java.util.Map;
import java.util.Set;

import jp.clustereval.domain.Aggregator;
import jp.clustereval.domain.Results;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetScorer;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.GradeDao;

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

    public Results results(Round round, Set<String> cohort) {
        // one sheet at a time: a national round is aggregated without holding millions of grades
        Aggregator.Accumulator acc = new Aggregator(round).accumulator();
        db.query(c -> {
            new GradeDao(c).forEachSheetOfRound(round.id(), acc::sheet);
            return null;
        });
        return acc.results(cohort);
    }

    /** One evaluator's own axis scores for a cluster (the live radar of the sheet). */
    public Map<String, Double> sheetAxisScores(Round round, String clusterCode, SheetData sheet) {
        return new SheetScorer(round).axisScores(clusterCode, sheet.grades());
    }
}
