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
    private final KeyService keys;
    private final ScoreFileExporter exporter;
    private final ImportService imports;
    private final ConflictService conflicts;
    private final CompletenessService completeness;
    private final CoiService coi;
    private final CsvExchangeService csv;
    private final ImportedFileService importedFiles;
    private final WeightService weights;
    private final WeightsFileService weightsFiles;
    private final PanelService panel;
    private final AllocationService allocation;
    private final CommentService comments;
    private final ReportService reports;

    public Services(Database db) {
        this(db, KeyService.defaultDirectory());
    }

    /** With the evaluator's signing keys in the given folder (tests pass a temporary one). */
    public Services(Database db, Path keysDirectory) {
        this.db = db;
        this.clusters = new ClusterService(db);
        this.rounds = new RoundService(db);
        this.evaluators = new EvaluatorService(db);
        this.grading = new GradingService(db, rounds, clusters, evaluators);
        this.results = new ResultsService(db);
        this.keys = new KeyService(db, evaluators, keysDirectory);
        this.exporter = new ScoreFileExporter(db, rounds, evaluators, keys);
        this.imports = new ImportService(db, rounds);
        this.conflicts = new ConflictService(db, rounds);
        this.completeness = new CompletenessService(db, rounds, clusters);
        this.coi = new CoiService(db, rounds, evaluators, clusters);
        this.csv = new CsvExchangeService(db, rounds, evaluators, imports);
        this.importedFiles = new ImportedFileService(db);
        this.weights = new WeightService(db, rounds);
        this.weightsFiles = new WeightsFileService(db, rounds, evaluators, keys, weights);
        this.panel = new PanelService(db, rounds, clusters);
        this.allocation = new AllocationService(db, panel);
        this.comments = new CommentService(db, rounds, evaluators, clusters);
        this.reports = new ReportService(this);
    }

    public static Services open(Path file, boolean readOnly) {
        return new Services(opened(file, readOnly));
    }

    public static Services open(Path file, boolean readOnly, Path keysDirectory) {
        return new Services(opened(file, readOnly), keysDirectory);
    }

    /** Opens the database; opened for writing, the part files a stopped process left beside it are removed. */
    private static Database opened(Path file, boolean readOnly) {
        Database db = Database.open(file, readOnly);
        if (!db.isReadOnly()) {
            LeftoverParts.removeBeside(db.file());
        }
        return db;
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

    public KeyService keys() {
        return keys;
    }

    public ScoreFileExporter exporter() {
        return exporter;
    }

    public ImportService imports() {
        return imports;
    }

    public ConflictService conflicts() {
        return conflicts;
    }

    public CompletenessService completeness() {
        return completeness;
    }

    public CoiService coi() {
        return coi;
    }

    public CsvExchangeService csv() {
        return csv;
    }

    public ImportedFileService importedFiles() {
        return importedFiles;
    }

    public WeightService weights() {
        return weights;
    }

    public WeightsFileService weightsFiles() {
        return weightsFiles;
    }

    public PanelService panel() {
        return panel;
    }

    public AllocationService allocation() {
        return allocation;
    }

    public CommentService comments() {
        return comments;
    }

    public ReportService reports() {
        return reports;
    }

    @Override
    public void close() {
        db.close();
    }
}
