package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;

/**
 * Every file of the weights and CSV attack corpora ({@link OtherCorpora}) is refused with exactly its
 * message, through the real import, and the database is unchanged afterwards.
 */
class OtherCorporaTest {

    @TempDir
    static Path dir;

    private static Services chair;
    private static Evaluator evaluator;

    @BeforeAll
    static void open() {
        chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("keys"));
        evaluator = chair.evaluators().add("評価 一郎", "大学");
    }

    @AfterAll
    static void close() {
        chair.close();
    }

    record Case(Path file, String key, String message) {
    }

    static List<Case> cases(Path corpus, String extension) throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] p = line.split("\t", 3);
                cases.add(new Case(corpus.resolve(p[0]), p[1], p[2]));
            }
        }
        try (Stream<Path> files = Files.list(corpus)) {
            assertEquals(cases.size(), files.filter(f -> f.toString().endsWith(extension)).count(),
                    "every file of " + corpus + " has its expected message");
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyHostileWeightsFileIsRefusedWithItsMessageAndChangesNothing() throws Exception {
        return cases(OtherCorpora.WEIGHTS, ".ceweights").stream().map(c -> DynamicTest.dynamicTest(c.file().getFileName().toString(),
                () -> {
                    String before = DbSnapshot.of(chair.database());
                    UserFacingException e = assertThrows(UserFacingException.class,
                            () -> chair.weightsFiles().importFile(c.file(), "chair"));
                    assertEquals(c.key(), e.key(), e::getMessage);
                    assertEquals(c.message(), e.message(Locale.ROOT));
                    assertTrue(!e.message(Locale.JAPANESE).startsWith(c.key()));
                    assertEquals(before, DbSnapshot.of(chair.database()));
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyHostileCsvIsRefusedWithItsMessageAndChangesNothing() throws Exception {
        return cases(OtherCorpora.CSV, ".csv").stream().map(c -> DynamicTest.dynamicTest(c.file().getFileName().toString(), () -> {
            String before = DbSnapshot.of(chair.database());
            ImportPreview preview = chair.csv().preview(c.file(), evaluator.id(), null, ImportOptions.defaults());
            ImportPreview result = chair.imports().commit(preview, ImportProgress.none(), () -> false);
            for (ImportPreview p : List.of(preview, result)) {
                FileReport f = p.files().get(0);
                assertEquals(FileOutcome.REJECTED, f.outcome());
                assertEquals(c.key(), f.rejection().key(), f.rejection()::getMessage);
                assertEquals(c.message(), f.rejection().message(Locale.ROOT));
            }
            assertEquals(before, DbSnapshot.of(chair.database()));
        }));
    }
}
