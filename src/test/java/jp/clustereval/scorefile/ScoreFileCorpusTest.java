package jp.clustereval.scorefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.service.FileOutcome;
import jp.clustereval.service.FileReport;
import jp.clustereval.service.ImportOptions;
import jp.clustereval.service.ImportPreview;
import jp.clustereval.service.ImportProgress;
import jp.clustereval.service.Services;

/**
 * Every file of the malformed corpus is rejected with exactly its message, through the real import
 * (preview and commit), and the chair's database is unchanged afterwards, row for row.
 */
class ScoreFileCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/cescore-corpus");

    @TempDir
    static Path dir;

    private static Services chair;

    @BeforeAll
    static void open() {
        chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("keys"));
    }

    @AfterAll
    static void close() {
        chair.close();
    }

    record Case(String file, String key, String message) {
    }

    static List<Case> cases() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] p = line.split("\t", 3);
                cases.add(new Case(p[0], p[1], p[2]));
            }
        }
        return cases;
    }

    @Test
    void theCorpusHoldsAtLeastTwentyFiveDistinctKindsOfDefect() throws Exception {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 25, "corpus size " + cases.size());
        assertEquals(cases.size(), new HashSet<>(cases.stream().map(Case::file).toList()).size());
        assertTrue(new HashSet<>(cases.stream().map(Case::key).toList()).size() >= 25, "distinct messages");
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertEquals(cases.size(), files.filter(f -> f.toString().endsWith(".cescore")).count(),
                    "every corpus file has its expected message");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyMalformedFileGetsItsMessageAndChangesNothing() throws Exception {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.file(), () -> {
            String before = snapshot();
            ImportPreview preview = chair.imports().preview(List.of(CORPUS.resolve(c.file())), ImportOptions.defaults());
            ImportPreview result = chair.imports().commit(preview, ImportProgress.none(), () -> false);
            for (ImportPreview p : List.of(preview, result)) {
                FileReport f = p.files().get(0);
                assertEquals(FileOutcome.REJECTED, f.outcome(), c.file());
                assertEquals(c.key(), f.rejection().key(), c.file() + ": " + f.rejection().getMessage());
                String message = f.rejection().message(Locale.ROOT);
                if (c.message().endsWith("...")) {
                    String prefix = c.message().substring(0, c.message().length() - 3);
                    assertTrue(message.startsWith(prefix), c.file() + ": " + message);
                } else {
                    assertEquals(c.message(), message, c.file());
                }
                // and the Japanese message exists (not the key echoed back)
                assertTrue(!f.rejection().message(Locale.JAPANESE).startsWith(c.key()), c.file());
            }
            assertEquals(before, snapshot(), c.file() + " changed the database");
        }));
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.cescore");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(21L * 1024 * 1024);
        }
        String before = snapshot();
        FileReport r = chair.imports().commit(chair.imports().preview(List.of(big), ImportOptions.defaults()),
                ImportProgress.none(), () -> false).files().get(0);
        assertEquals("scorefile.tooLarge", r.rejection().key());
        assertEquals("The file is too large (21 MB): score files may be at most 20 MB.", r.rejection().message(Locale.ROOT));
        assertEquals(before, snapshot());
    }

    @Test
    void theBaseOfTheCorpusIsAcceptedSoTheDefectsAreWhatIsRejected() throws Exception {
        Path tmp = Files.createTempDirectory(dir, "base");
        try (Services other = Services.open(tmp.resolve("other.db"), false, tmp.resolve("keys"))) {
            CorpusGenerator g = new CorpusGenerator(other.rounds().current());
            Path good = tmp.resolve("good.cescore");
            Files.write(good, ScoreFileJson.pretty(CorpusGenerator.sign(ScoreFileJson.content(g.base()), keyOf(g))));
            FileReport r = other.imports().preview(List.of(good), ImportOptions.defaults()).files().get(0);
            assertEquals(FileOutcome.ACCEPTED, r.outcome(), String.valueOf(r.rejection()));
        }
    }

    private static java.security.PrivateKey keyOf(CorpusGenerator g) throws Exception {
        var field = CorpusGenerator.class.getDeclaredField("key");
        field.setAccessible(true);
        return ((java.security.KeyPair) field.get(g)).getPrivate();
    }

    private static String snapshot() {
        return chair.database().query(c -> {
            StringBuilder out = new StringBuilder();
            for (String table : List.of("evaluator", "sheet", "grade", "audit", "imported_file", "evaluator_key",
                    "sheet_conflict", "conflict_of_interest", "app_meta")) {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            out.append(rs.getString(i)).append('|');
                        }
                        out.append('\n');
                    }
                }
            }
            return out.toString();
        });
    }
}
