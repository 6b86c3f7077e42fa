package jp.clustereval.scorefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.persistence.EvaluatorDao;
import jp.clustereval.persistence.MetaDao;
import jp.clustereval.service.FileOutcome;
import jp.clustereval.service.FileReport;
import jp.clustereval.service.ImportOptions;
import jp.clustereval.service.ImportPreview;
import jp.clustereval.service.ImportProgress;
import jp.clustereval.service.Services;

/**
 * The identity part of the attack corpus: signed, well-formed files that must not be taken as their
 * evaluator's (or as the weighting group's) given what the chair's database holds. Each batch is
 * imported into a fresh chair database prepared as its setup says, through the real import (preview
 * and commit) or weights import; every file gets exactly its outcome and message, and the batch
 * changes nothing stored.
 */
class IdentityCorpusTest {

    static final Path CORPUS = ScoreFileCorpusTest.CORPUS.resolve("identity");

    @TempDir
    Path dir;

    record Case(String file, String setup, String batch, String outcome, String key, String message) {
    }

    static List<Case> cases() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] p = line.split("\t", 6);
                cases.add(new Case(p[0], p[1], p[2], p[3], p[4], p[5]));
            }
        }
        return cases;
    }

    @Test
    void everyFileOfTheCorpusHasItsExpectedOutcome() throws Exception {
        List<Case> cases = cases();
        assertTrue(cases.stream().map(Case::key).distinct().count() >= 10, "kinds of identity attack");
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> hostile = files.map(f -> f.getFileName().toString())
                    .filter(n -> (n.endsWith(".cescore") || n.endsWith(".ceweights")) && !n.startsWith("setup-")).toList();
            for (String name : hostile) {
                assertTrue(cases.stream().anyMatch(c -> c.file().equals(name)), name + " has no expected outcome");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHostileBatchGetsItsMessagesAndChangesNothing() throws Exception {
        Map<String, List<Case>> batches = new LinkedHashMap<>();
        for (Case c : cases()) {
            batches.computeIfAbsent(c.setup() + "\t" + c.batch(), k -> new ArrayList<>()).add(c);
        }
        return batches.values().stream().map(group -> DynamicTest.dynamicTest(group.get(0).batch(), () -> run(group)));
    }

    private void run(List<Case> group) throws Exception {
        Path home = Files.createTempDirectory(dir, "chair");
        try (Services chair = Services.open(home.resolve("chair.db"), false, home.resolve("keys"))) {
            setUp(chair, group.get(0).setup());
            String before = snapshot(chair);
            List<Path> batch = java.util.Arrays.stream(group.get(0).batch().split(",")).map(CORPUS::resolve).toList();
            if (batch.get(0).toString().endsWith(".ceweights")) {
                Case c = group.get(0);
                UserFacingException e = assertThrows(UserFacingException.class,
                        () -> chair.weightsFiles().importFile(batch.get(0), "chair"), c.file());
                assertMessage(c, e);
            } else {
                ImportPreview preview = chair.imports().preview(batch, ImportOptions.defaults());
                ImportPreview result = chair.imports().commit(preview, ImportProgress.none(), () -> false);
                for (ImportPreview p : List.of(preview, result)) {
                    for (Case c : group) {
                        FileReport f = p.files().stream().filter(r -> r.fileName().equals(c.file())).findFirst().orElseThrow();
                        assertEquals(c.outcome(), f.outcome().name(), c.file() + " " + f.reason());
                        assertMessage(c, f.reason());
                    }
                }
            }
            assertEquals(before, snapshot(chair), group.get(0).batch() + " changed the database");
        }
    }

    private static void assertMessage(Case c, UserFacingException e) {
        assertEquals(c.key(), e.key(), c.file() + ": " + e.getMessage());
        assertEquals(c.message(), e.message(Locale.ROOT), c.file());
        assertFalse(e.message(Locale.JAPANESE).startsWith(c.key()), c.file() + " has its Japanese message");
    }

    /** The chair's database as the case needs it before the hostile files come. */
    private static void setUp(Services chair, String setup) {
        for (String step : setup.isEmpty() ? new String[0] : setup.split(";")) {
            String[] p = step.split(":");
            switch (p[0]) {
                case "import" -> {
                    ImportPreview r = chair.imports().commit(chair.imports().preview(List.of(CORPUS.resolve(p[1])),
                            ImportOptions.defaults()), ImportProgress.none(), () -> false);
                    assertEquals(FileOutcome.ACCEPTED, r.files().get(0).outcome(), step + " " + r.files().get(0).reason());
                }
                case "weights" -> chair.weightsFiles().importFile(CORPUS.resolve(p[1]), "chair");
                case "evaluator", "local" -> chair.database().inTransaction(c -> {
                    new EvaluatorDao(c).insert(new Evaluator(p[1], p[2], p[3]), Instant.now());
                    if (p[0].equals("local")) {
                        new MetaDao(c).put(MetaDao.LOCAL_EVALUATOR, p[1]);
                    }
                    return null;
                });
                case "roster" -> chair.roster().add(chair.rounds().current().id(), p[1], p[2], null, "setup");
                default -> throw new IllegalArgumentException("unknown setup step " + step);
            }
        }
    }

    private static String snapshot(Services s) {
        return s.database().query(c -> {
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            StringBuilder out = new StringBuilder();
            for (String table : tables) {
                out.append("== ").append(table).append('\n');
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            Object v = rs.getObject(i);
                            out.append(v instanceof byte[] b ? "bytes:" + java.util.Arrays.hashCode(b) : String.valueOf(v))
                                    .append('|');
                        }
                        out.append('\n');
                    }
                }
            }
            return out.toString();
        });
    }
}
