package jp.clustereval.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies the numbered migrations of {@code resources/db} (listed in {@code db/migrations.txt}) that
 * a file lacks, in one transaction, and records each in schema_version and PRAGMA user_version.
 * A brand-new file is seeded in that same transaction. A current file is not written at all.
 */
final class Migrator {

    private static final List<String> MIGRATIONS = readIndex();

    /**
     * Work a migration needs that SQL cannot do, by the version that needs it: V5 brings the stored
     * evaluator ids to lower case, or refuses (naming both) when two of them differ only in case; V6
     * computes the per-sheet scores and completeness of the grades already stored with the domain's
     * scoring rules (one source of truth for the maths; it did this for V4, whose table it completes,
     * and a file older than V4 gets it once). Run once, after every missing script (so with the
     * schema the code knows), in the migrations' transaction: a refusal rolls every script back.
     */
    private static final Map<Integer, Step> AFTER = Map.of(
            5, (c, file) -> EvaluatorIds.normalise(c, file),
            6, (c, file) -> new SheetScores(c).recomputeAll());

    /** A migration's Java step, given the file it migrates (for its messages). */
    private interface Step {
        void run(Connection c, java.nio.file.Path file) throws SQLException;
    }

    private final Database db;

    Migrator(Database db) {
        this.db = db;
    }

    static int latestVersion() {
        return MIGRATIONS.size();
    }

    void bringUpToDate() {
        int appId = db.pragmaInt("application_id");
        int version = db.pragmaInt("user_version");
        if (appId != Database.APPLICATION_ID && (appId != 0 || version != 0 || hasTables())) {
            throw new StoreException("store.notClusterEval", db.file().toString());
        }
        if (version > latestVersion()) {
            throw new StoreException("store.newerVersion", db.file().toString(), version, latestVersion());
        }
        if (version == latestVersion()) {
            return;
        }
        if (db.isReadOnly()) {
            throw new StoreException("store.readOnlyNeedsUpgrade", db.file().toString(), version, latestVersion());
        }
        if (version > 0) {
            db.backups().create(db, "migration"); // the old content, before the schema changes
        }
        db.inTransaction(c -> {
            for (int v = version + 1; v <= latestVersion(); v++) {
                apply(c, v, MIGRATIONS.get(v - 1));
            }
            for (int v = version + 1; v <= latestVersion(); v++) {
                if (AFTER.containsKey(v)) {
                    AFTER.get(v).run(c, db.file());
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
                s.execute("PRAGMA user_version = " + latestVersion());
            }
            if (version == 0) {
                new Seeder(c).seed();
            }
            return null;
        });
    }

    private boolean hasTables() {
        return db.query(c -> {
            try (Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                return rs.next() && rs.getInt(1) > 0;
            }
        });
    }

    private static void apply(Connection c, int version, String fileName) throws SQLException {
        String script = resource("db/" + fileName);
        try (Statement s = c.createStatement()) {
            for (String statement : SqlScript.split(script)) {
                s.execute(statement);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO schema_version(version, description, applied_at) VALUES (?, ?, ?)")) {
            ps.setInt(1, version);
            ps.setString(2, fileName);
            ps.setString(3, Instant.now().toString());
            ps.executeUpdate();
        }
    }

    private static List<String> readIndex() {
        List<String> names = new ArrayList<>();
        for (String line : resource("db/migrations.txt").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String expectedPrefix = "V" + (names.size() + 1) + "__";
            if (!name.startsWith(expectedPrefix)) {
                throw new IllegalStateException("db/migrations.txt: expected " + expectedPrefix + "..., found " + name);
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    static String resource(String name) {
        try (InputStream in = Migrator.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing application resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
