package jp.clustereval.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import jp.clustereval.chart.RadarGrid;
import jp.clustereval.demo.SyntheticRound;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.persistence.Database;
import jp.clustereval.scorefile.ScoreSheet;
import jp.clustereval.service.ImportOptions;
import jp.clustereval.service.ImportPreview;
import jp.clustereval.service.ImportProgress;
import jp.clustereval.service.PanelCharts;
import jp.clustereval.service.PanelService;
import jp.clustereval.service.ReportService;
import jp.clustereval.service.Services;

/**
 * The benchmark cases of issue 6, each run several times after a warm-up, with its floor measured
 * in the same run where it has one. Sizes scale with {@link Options#scale} (--quick: 0.1).
 */
public final class Bench {

    /** Every case, in the order they run. */
    public static final List<String> CASES = List.of("start-up", "start-up-plain-jar", "start-up-runtimes", "merge", "national-merge", "aggregate",
            "sensitivity", "charts", "report", "memory", "gui-responsiveness");

    /** How to run: size factor, timed runs per case, which cases, a work folder, the jar for the GUI cases. */
    public record Options(double scale, int runs, Set<String> cases, Path work, Path jar, PrintWriter log) {
        public Options {
            cases = cases == null || cases.isEmpty() ? new LinkedHashSet<>(CASES) : new LinkedHashSet<>(cases);
        }
    }

    private static final long SEED = 20_041_203L;

    private final Options o;
    private Path national; // folder with chair.db + files of the national data set, once generated
    private Path nationalDb; // a chair database holding the national data set, once imported
    private Path panelDb; // 18 clusters x 30 evaluators, imported

    public Bench(Options options) {
        this.o = options;
    }

    public BenchReport run() {
        List<CaseResult> results = new ArrayList<>();
        GuiCases gui = new GuiCases(o, this);
        for (String name : CASES) {
            if (!o.cases().contains(name)) {
                continue;
            }
            log("case " + name + " ...");
            CaseResult r = switch (name) {
                case "start-up" -> gui.startup();
                case "start-up-plain-jar" -> gui.startupPlainJar();
                case "start-up-runtimes" -> gui.startupRuntimes();
                case "merge" -> merge();
                case "national-merge" -> nationalMerge();
                case "aggregate" -> aggregate();
                case "sensitivity" -> sensitivity();
                case "charts" -> charts();
                case "report" -> report();
                case "memory" -> gui.memory();
                case "gui-responsiveness" -> gui.responsiveness();
                default -> throw new IllegalArgumentException(name);
            };
            log("  " + r.describe());
            results.add(r);
        }
        return new BenchReport(Machine.describe(), results);
    }

    // ---------------------------------------------------------------- merge

    CaseResult merge() {
        int files = scaled(1000, 2);
        SyntheticRound round = new SyntheticRound(SEED, 18, files, files);
        Path dir = generate("merge", round);
        String size = files + " files x 18 clusters x 9 items";
        Timing floor = floor(round, dir.resolve("chair.db"));
        Timing t = Timing.measure(o.runs(), 1, () -> {
            Path db = freshCopy(dir.resolve("chair.db"), "merge-run");
            try (Services s = new Services(Database.open(db), o.work().resolve("keys"))) {
                long start = System.nanoTime();
                ImportPreview p = s.imports().preview(List.of(dir), ImportOptions.defaults());
                s.imports().commit(p, ImportProgress.none(), () -> false);
                return System.nanoTime() - start;
            }
        });
        return CaseResult.withFloor("merge", size, t, floor, 3.0, "<= 3x", null);
    }

    // ---------------------------------------------------------------- national merge

    CaseResult nationalMerge() {
        SyntheticRound round = nationalRound();
        Path dir = nationalFiles();
        String size = round.clusters() + " proposals x 5 reviewers (" + round.sheets() + " sheets) from "
                + round.evaluators() + " files, chunks of " + chunk() + " files";
        Timing floor = floor(round, dir.resolve("chair.db"));
        long[] heap = new long[1];
        // at the full size one import takes minutes: measured once, without a warm-up
        boolean big = o.scale() >= 0.5;
        Timing t = Timing.measure(big ? 1 : Math.max(1, Math.min(o.runs(), 3)), big ? 0 : 1, () -> {
            Path db = freshCopy(dir.resolve("chair.db"), "national-run");
            try (Services s = new Services(Database.open(db), o.work().resolve("keys"))) {
                long start = System.nanoTime();
                s.imports().importInChunks(List.of(dir), ImportOptions.defaults(), chunk(), (d, n, f) -> {
                    if (d % chunk() == 0) {
                        heap[0] = Math.max(heap[0], usedHeap());
                    }
                }, r -> { });
                long took = System.nanoTime() - start;
                nationalDb = db;
                return took;
            }
        });
        String note = "largest live heap after a collection during the import " + heap[0] / (1024 * 1024) + " MB";
        return CaseResult.withFloor("national-merge", size, t, floor, 3.0, "<= 3x, memory bounded", note);
    }

    private int chunk() {
        return 200;
    }

    SyntheticRound nationalRound() {
        int proposals = scaled(100_000, 10);
        int reviewers = Math.max(5, scaled(5_000, 5));
        return new SyntheticRound(SEED + 1, proposals, reviewers, 5);
    }

    Path nationalFiles() {
        if (national == null) {
            national = generate("national", nationalRound());
        }
        return national;
    }

    /** A chair database with the national data set (imported once when the national case did not run). */
    Path nationalDatabase() {
        if (nationalDb == null) {
            Path dir = nationalFiles();
            Path db = freshCopy(dir.resolve("chair.db"), "national-data");
            try (Services s = new Services(Database.open(db), o.work().resolve("keys"))) {
                s.imports().importInChunks(List.of(dir), ImportOptions.defaults(), chunk(), ImportProgress.none(), r -> { });
            }
            nationalDb = db;
        }
        return nationalDb;
    }

    // ---------------------------------------------------------------- aggregate

    CaseResult aggregate() {
        Path db = nationalDatabase();
        String size = "results over " + nationalRound().sheets() + " sheets";
        try (Services s = new Services(Database.open(db, true), o.work().resolve("keys"))) {
            Round round = s.rounds().require(SyntheticRound.ROUND_ID);
            Timing floor = Timing.measure(o.runs(), 1, () -> {
                long start = System.nanoTime();
                groupBy(s);
                return System.nanoTime() - start;
            });
            Timing t = Timing.measure(o.runs(), 1, () -> {
                long start = System.nanoTime();
                s.results().results(round);
                return System.nanoTime() - start;
            });
            CaseResult r = CaseResult.withFloor("aggregate", size, t, floor, 2.0, "<= 2x, and under 2 s", null);
            return r.alsoUnder(2000);
        }
    }

    private static void groupBy(Services s) {
        s.database().query(c -> {
            long rows = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT s.cluster_code, g.item_id, g.grade, COUNT(*)"
                    + " FROM grade g JOIN sheet s ON s.id = g.sheet_id WHERE g.round_id = ? AND g.grade IS NOT NULL"
                    + " GROUP BY s.cluster_code, g.item_id, g.grade")) {
                ps.setString(1, SyntheticRound.ROUND_ID);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows += rs.getLong(4);
                    }
                }
            }
            return rows;
        });
    }

    // ---------------------------------------------------------------- panel cases

    Path panelDatabase() {
        if (panelDb == null) {
            Path dir = generate("panel", new SyntheticRound(SEED + 2, 18, 30, 30));
            Path db = freshCopy(dir.resolve("chair.db"), "panel-data");
            try (Services s = new Services(Database.open(db), o.work().resolve("keys"))) {
                ImportPreview p = s.imports().preview(List.of(dir), ImportOptions.defaults());
                s.imports().commit(p, ImportProgress.none(), () -> false);
            }
            panelDb = db;
        }
        return panelDb;
    }

    CaseResult sensitivity() {
        int draws = scaled(1000, 10);
        try (Services s = new Services(Database.open(panelDatabase(), true), o.work().resolve("keys"))) {
            Timing t = Timing.measure(o.runs(), 1, () -> {
                long start = System.nanoTime();
                s.panel().sensitivity(PanelService.Scope.cohortOf(SyntheticRound.ROUND_ID), draws, 1);
                return System.nanoTime() - start;
            });
            return CaseResult.target("sensitivity", draws + " weight draws, 18 clusters x 30 evaluators", t, 1000,
                    "under 1 s");
        }
    }

    CaseResult charts() {
        try (Services s = new Services(Database.open(panelDatabase(), true), o.work().resolve("keys"))) {
            Round round = s.rounds().require(SyntheticRound.ROUND_ID);
            PanelResults results = s.panel().results(new PanelService.Scope(round.id(),
                    jp.clustereval.domain.panel.CohortSpec.ROUND, false, false));
            List<Cluster> clusters = s.clusters().all();
            Timing t = Timing.measure(Math.max(o.runs(), 5), 2, () -> {
                long start = System.nanoTime();
                new RadarGrid(PanelCharts.grid(round, results, clusters, Language.JA)).toImage(1400, 900);
                return System.nanoTime() - start;
            });
            return CaseResult.target("charts", "18-cluster small-multiples grid, 1400x900 image", t, 100,
                    "under 100 ms after data are loaded");
        }
    }

    CaseResult report() {
        try (Services s = new Services(Database.open(panelDatabase(), true), o.work().resolve("keys"))) {
            Path out = o.work().resolve("panel-report.pdf");
            Timing t = Timing.measure(o.runs(), 1, () -> {
                long start = System.nanoTime();
                s.reports().panelReport(SyntheticRound.ROUND_ID, out, ReportService.Options.defaults(Language.JA));
                return System.nanoTime() - start;
            });
            return CaseResult.target("report", "panel summary PDF, 18 radars", t, 3000, "under 3 s");
        }
    }

    // ---------------------------------------------------------------- the floor

    /**
     * The physical floor of a merge: the same grade rows inserted into a table shaped like
     * {@code grade} with one batched prepared statement in one transaction (WAL, synchronous=NORMAL).
     * Only the inserts and the commit are timed, not making the rows.
     */
    Timing floor(SyntheticRound round, Path chairDb) {
        Round r = SyntheticRound.loadRound(chairDb);
        List<String> codes;
        try (Database db = Database.open(chairDb, true)) {
            codes = SyntheticRound.clusterCodes(db.query(c -> new jp.clustereval.persistence.ClusterDao(c).findAll()),
                    round.clusters());
        }
        List<SyntheticRound.SyntheticEvaluator> evaluators = round.evaluatorList();
        List<int[]> assignments = round.assignments();
        boolean big = round.sheets() >= 250_000;
        return Timing.measure(big ? 1 : Math.max(1, Math.min(o.runs(), 3)), big ? 0 : 1, () -> {
            Path file = o.work().resolve("floor.db");
            deleteDb(file);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA journal_mode=WAL");
                    st.execute("PRAGMA synchronous=NORMAL");
                    st.execute("CREATE TABLE grade (sheet_id INTEGER NOT NULL, round_id TEXT NOT NULL, item_id TEXT NOT NULL,"
                            + " grade TEXT, comment TEXT NOT NULL DEFAULT '', indication TEXT NOT NULL DEFAULT '',"
                            + " updated_at TEXT NOT NULL, PRIMARY KEY (sheet_id, item_id))");
                }
                c.setAutoCommit(false);
                long timed = 0;
                long sheetId = 0;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO grade(sheet_id, round_id, item_id, grade,"
                        + " comment, indication, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    int pending = 0;
                    for (SyntheticRound.SyntheticEvaluator e : evaluators) {
                        List<ScoreSheet> sheets = round.sheetsOf(e, assignments.get(e.index()), codes, r);
                        long start = System.nanoTime();
                        for (ScoreSheet sh : sheets) {
                            sheetId++;
                            String at = sh.updatedAt().toString();
                            for (ItemEntry en : sh.items()) {
                                ps.setLong(1, sheetId);
                                ps.setString(2, r.id());
                                ps.setString(3, en.itemId());
                                ps.setString(4, en.grade());
                                ps.setString(5, en.comment());
                                ps.setString(6, en.indication());
                                ps.setString(7, at);
                                ps.addBatch();
                                if (++pending == 10_000) {
                                    ps.executeBatch();
                                    pending = 0;
                                }
                            }
                        }
                        timed += System.nanoTime() - start;
                    }
                    long start = System.nanoTime();
                    ps.executeBatch();
                    c.commit();
                    timed += System.nanoTime() - start;
                }
                return timed;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                deleteDb(file);
            }
        });
    }

    // ---------------------------------------------------------------- helpers

    /** Generates a data set into work/NAME (once per bench run). */
    Path generate(String name, SyntheticRound round) {
        Path dir = o.work().resolve(name);
        if (Files.exists(dir.resolve("chair.db"))) {
            if (Database.isCurrent(dir.resolve("chair.db"))) {
                return dir; // already generated in this work folder
            }
            log("  " + name + ": the kept data set has an older schema; generating it again");
            deleteTree(dir);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long start = System.nanoTime();
        List<String> codes = round.createChairDatabase(dir.resolve("chair.db"));
        round.writeFiles(dir, codes, SyntheticRound.loadRound(dir.resolve("chair.db")), f -> { });
        log(String.format(Locale.ROOT, "  generated %s: %d files in %.1f s", name, round.evaluators(),
                (System.nanoTime() - start) / 1e9));
        return dir;
    }

    Path freshCopy(Path chairDb, String name) {
        Path target = o.work().resolve(name + ".db");
        deleteDb(target);
        deleteTree(o.work().resolve("backups"));
        try {
            Files.copy(chairDb, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    static void deleteDb(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int scaled(int full, int min) {
        return Math.max(min, (int) Math.round(full * o.scale()));
    }

    /** Heap in use after the latest collection (live data, not garbage), summed over the heap pools. */
    static long usedHeap() {
        long used = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            var after = pool.getCollectionUsage();
            if (pool.getType() == java.lang.management.MemoryType.HEAP && after != null) {
                used += after.getUsed();
            }
        }
        return used;
    }

    void log(String line) {
        if (o.log() != null) {
            o.log().println(line);
            o.log().flush();
        }
    }

    static String join(long[] values) {
        return Arrays.toString(values);
    }
}
