package jp.clustereval.service;

import java.nio.file.Path;

import jp.clustereval.persistence.BackupStore;
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
    private final ComparisonService comparisons;
    /** The lock this process holds on the database (null when it holds none: a read-only copy, a test). */
    private final DatabaseLock lock;
    /** What else goes when the services close (a read-only copy is deleted). */
    private final Runnable afterClose;
    private final RosterService roster;
    private final RoundSetupService roundSetup;
    private final AssignmentService assignments;
    private final EvidenceService evidence;
    private final NotesService notes;
    private final MeetingService meeting;
    private final BackupService backups;
    private final RoundPackageService roundPackages;
    private final MissingService missing;
    private final FinaliseService finalisation;
    private final DecisionRecordService decisions;

    public Services(Database db) {
        this(db, KeyService.defaultDirectory());
    }

    /** With the evaluator's signing keys in the given folder (tests pass a temporary one). */
    public Services(Database db, Path keysDirectory) {
        this(db, keysDirectory, null, () -> { }, new BackupService(db));
    }

    /**
     * @param backups the backups of the database this one stands for: its own, or, for a read-only
     *                copy, those of the database it was made of
     */
    private Services(Database db, Path keysDirectory, DatabaseLock lock, Runnable afterClose, BackupService backups) {
        this.lock = lock;
        this.backups = backups;
        this.afterClose = afterClose;
        this.db = db;
        this.clusters = new ClusterService(db);
        this.rounds = new RoundService(db);
        this.evaluators = new EvaluatorService(db);
        this.grading = new GradingService(db, rounds, clusters, evaluators);
        this.results = new ResultsService(db);
        this.keys = new KeyService(db, evaluators, keysDirectory);
        this.exporter = new ScoreFileExporter(db, rounds, evaluators, keys);
        this.imports = new ImportService(db, rounds, keys::keysHere);
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
        this.comparisons = new ComparisonService(rounds, clusters, results);
        this.roster = new RosterService(db, rounds, evaluators, clusters);
        this.roundSetup = new RoundSetupService(db, rounds, clusters);
        this.assignments = new AssignmentService(db, rounds, evaluators);
        this.evidence = new EvidenceService(db, rounds);
        this.notes = new NotesService(db, rounds, evaluators);
        this.meeting = new MeetingService(db, rounds, clusters, evaluators, comments, coi, notes);
        this.finalisation = new FinaliseService(db, rounds, evaluators);
        this.decisions = new DecisionRecordService(this);
        this.roundPackages = new RoundPackageService(db, rounds, evaluators, clusters, keys, roundSetup, roster, assignments);
        this.missing = new MissingService(rounds, clusters, completeness, roster);
    }

    public static Services open(Path file, boolean readOnly) {
        return new Services(opened(file, readOnly));
    }

    /**
     * Opens the database for writing as its one writer: takes its lock first (failing with
     * {@code lock.held} when another process or window has it), then opens it; while open, this
     * process makes read-only copies for other processes that ask. Closing releases the lock.
     */
    public static Services openAsWriter(Path file, Path keysDirectory) {
        return openAsWriter(file, keysDirectory, Settings.defaults().backupsKept());
    }

    /** As {@link #openAsWriter(Path, Path)}; its backups keep the newest {@code backupsKept} (the user's setting). */
    public static Services openAsWriter(Path file, Path keysDirectory, int backupsKept) {
        DatabaseLock lock = DatabaseLock.acquire(file);
        try {
            Database db = opened(file, false, backupsKept);
            lock.answer(InstanceRequests.copiesOf(db));
            return new Services(db, keysDirectory, lock, () -> { }, new BackupService(db));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens the database under a lock the caller holds and keeps (a restore holds it across
     * replacing a damaged file and opening the new one).
     */
    public static Services openUnder(DatabaseLock lock, Path keysDirectory, int backupsKept) {
        Database db = opened(lock.database(), false, backupsKept);
        lock.answer(InstanceRequests.copiesOf(db));
        return new Services(db, keysDirectory);
    }

    /**
     * Opens the database to read it: as its writer when nobody holds it (so that an older schema is
     * brought up to date, and nobody writes meanwhile), else a consistent read-only copy made by the
     * process that holds it, deleted again on close.
     */
    public static Services openToRead(Path file, Path keysDirectory) {
        return openToRead(file, keysDirectory, Settings.defaults().backupsKept());
    }

    /** As {@link #openToRead(Path, Path)}; a migration's backup keeps the newest {@code backupsKept}. */
    public static Services openToRead(Path file, Path keysDirectory, int backupsKept) {
        try {
            return openAsWriter(file, keysDirectory, backupsKept);
        } catch (jp.clustereval.common.UserFacingException e) {
            if (!"lock.held".equals(e.key())) {
                throw e;
            }
            return openCopy(file, keysDirectory);
        }
    }

    /** A read-only copy of a database another process holds, made by that process. */
    public static Services openCopy(Path file, Path keysDirectory) {
        Path copy = DatabaseLock.snapshot(file);
        try {
            Database db = Database.open(copy, true);
            // the copy stands for the database: its backups are the database's (listed, never made)
            BackupService backups = new BackupService(db, BackupStore.of(file, BackupStore.DEFAULT_KEEP));
            return new Services(db, keysDirectory, null, () -> Snapshots.delete(copy), backups);
        } catch (RuntimeException e) {
            Snapshots.delete(copy);
            throw e;
        }
    }

    /**
     * From now on, this process answers for the database as the desktop: files handed over by a
     * second start go to {@code open} (called on the lock's thread), and copies are made as before.
     * Does nothing when this process holds no lock on it (a read-only view).
     */
    public void answerAsDesktop(java.util.function.Consumer<java.util.List<Path>> open) {
        if (lock != null) {
            lock.answer(InstanceRequests.desktop(db, open));
        }
    }

    /** The same open database with the signing keys in another folder; this object must not be closed after. */
    public Services withKeys(Path keysDirectory) {
        return new Services(db, keysDirectory, lock, afterClose, backups);
    }

    /** The lock this process holds on the database; empty for a read-only copy or an unlocked test database. */
    public java.util.Optional<DatabaseLock> lock() {
        return java.util.Optional.ofNullable(lock);
    }

    public static Services open(Path file, boolean readOnly, Path keysDirectory) {
        return new Services(opened(file, readOnly), keysDirectory);
    }

    /** Opens the database; opened for writing, the part files a stopped process left beside it are removed. */
    private static Database opened(Path file, boolean readOnly) {
        return opened(file, readOnly, Settings.defaults().backupsKept());
    }

    private static Database opened(Path file, boolean readOnly, int backupsKept) {
        Database db = Database.open(file, readOnly, backupsKept);
        if (!db.isReadOnly()) {
            LeftoverParts.removeBeside(db.file());
        }
        return db;
    }

    public Database database() {
        return db;
    }

    /** Whether the database was opened for reading only (nothing can be changed through these services). */
    public boolean isReadOnly() {
        return db.isReadOnly();
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

    /** Two rounds compared: a unit's change from the mid-term to the final evaluation. */
    public ComparisonService comparisons() {
        return comparisons;
    }

    /** The panel meeting's view of one unit (Panel > Meeting mode). */
    public MeetingService meeting() {
        return meeting;
    }

    public NotesService notes() {
        return notes;
    }

    public EvidenceService evidence() {
        return evidence;
    }

    public AssignmentService assignments() {
        return assignments;
    }

    public RoundPackageService roundPackages() {
        return roundPackages;
    }

    public RoundSetupService roundSetup() {
        return roundSetup;
    }

    /** Finalising a round and reopening it. */
    public FinaliseService finalisation() {
        return finalisation;
    }

    /** A finalised round's decision record (signed JSON, PDF). */
    public DecisionRecordService decisions() {
        return decisions;
    }

    public RosterService roster() {
        return roster;
    }

    /** Who is missing in a round: read off the completeness matrix, with the roster's e-mails. */
    public MissingService missing() {
        return missing;
    }

    /** The database's backups: made on request, daily and before risky changes; listed; restored. */
    public BackupService backups() {
        return backups;
    }

    @Override
    public void close() {
        try {
            db.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
            afterClose.run();
        }
    }
}
