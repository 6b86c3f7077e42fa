package jp.clustereval.service;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jp.clustereval.domain.Aggregator;
import jp.clustereval.domain.CohortAverage;
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

    /** Results against the round's own cohort: its clusters ranked, every other graded cluster listed after them. */
    public Results results(Round round) {
        return results(round, round.cohort());
    }

    /**
     * Reads each sheet's stored axis scores (sheet_score: one row per sheet instead of every grade)
     * when they were computed with this round's items, weights and scale; otherwise (a round object
     * with other weights than the stored ones) the grades themselves, one sheet at a time. Both give
     * exactly the same results. The cohort's clusters are ranked, the others listed after them; only
     * complete sheets count for totals and ranks.
     */
    public Results results(Round round, Set<String> cohort) {
        return results(round, cohort, false);
    }

    /** As {@link #results(Round, Set)}; {@code includePartial}: unfinished sheets count too (the old behaviour). */
    public Results results(Round round, Set<String> cohort, boolean includePartial) {
        return aggregate(round, cohort, null, includePartial);
    }

    /**
     * The results of some clusters and the round's cohort, reading only their sheets (a national
     * round: a few rows instead of 500,000): each cluster's axes, evaluators and total, and the
     * cohort average, and the ranks, are exactly those of {@link #results(Round)} (ranks are among
     * the cohort, which is always read).
     */
    public Results ofClusters(Round round, Set<String> codes) {
        Set<String> read = new HashSet<>(codes);
        read.addAll(round.cohort());
        return aggregate(round, round.cohort(), read, false);
    }

    /**
     * The round's cohort average alone (the live radar), from the cohort's sheets only: exactly
     * {@code results(round).cohort()}, since it depends on nothing but the cohort's clusters (their
     * order by total, in which it is summed, is the same among themselves as among all).
     */
    public CohortAverage cohortAverage(Round round) {
        return ofClusters(round, Set.of()).cohort();
    }

    /** {@code only}: the clusters to read, null for every one. */
    private Results aggregate(Round round, Set<String> cohort, Set<String> only, boolean includePartial) {
        Aggregator.Accumulator acc = new Aggregator(round, includePartial).accumulator();
        String basis = new SheetScorer(round).basis();
        db.query(c -> {
            SheetScoreDao scores = new SheetScoreDao(c);
            if (scores.basis(round.id()).filter(basis::equals).isPresent()) {
                scores.forEachClusterOfRound(round.id(), only, acc::cluster);
            } else {
                new GradeDao(c).forEachSheetOfRound(round.id(), (cluster, evaluator, grades) -> {
                    if (only == null || only.contains(cluster)) {
                        acc.sheet(cluster, evaluator, grades);
                    }
                });
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
