package jp.clustereval.service;

import java.nio.file.Path;

import jp.clustereval.persistence.Database;

/** The use cases over one open database, wired once; shared by the GUI and the command line. */
public final class Services implements AutoCloseable {

    private final Database db;
    private final ClusterService clusters;
    private final RoundService rounds;
    private final EvaluatorService evaluators;
    private final GradingService grading;
    private final ResultsService results;

    public Services(Database db) {
        this.db = db;
        this.clusters = new ClusterService(db);
        this.rounds = new RoundService(db);
        this.evaluators = new EvaluatorService(db);
        this.grading = new GradingService(db, rounds, clusters, evaluators);
        this.results = new ResultsService(db);
    }

    public static Services open(Path file, boolean readOnly) {
        return new Services(Database.open(file, readOnly));
    }

    public Database database() {
        return db;
    }

    public ClusterService clusters() {
        return clusters;
    }

    public RoundService rounds() {
        return rounds;
    }

    public EvaluatorService evaluators() {
        return evaluators;
    }

    public GradingService grading() {
        return grading;
    }

    public ResultsService results() {
        return results;
    }

    @Override
    public void close() {
        db.close();
    }
}
