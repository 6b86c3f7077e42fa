package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

import jp.clustereval.common.UserFacingException;
import jp.clustereval.roundpackage.RoundPackage;

/**
 * Every hostile package of src/test/resources/ceround-corpus is refused with exactly its message,
 * in preview and in open, by an evaluator's database that opened the corpus's base package first
 * (so the round exists and its key is pinned), and that database is unchanged afterwards, row for row.
 */
class RoundPackageCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/ceround-corpus");
    private static final String HANAKO = "7b2d4e1f-3c5e-4f9a-8b6c-1d2e3f4a5b6c";

    @TempDir
    static Path dir;

    private static Services evaluator;

    @BeforeAll
    static void open() {
        evaluator = Services.open(dir.resolve("evaluator.db"), false, dir.resolve("keys"));
        evaluator.roundPackages().open(CORPUS.resolve("base.ceround"), HANAKO, null, "test");
    }

    @AfterAll
    static void close() {
        evaluator.close();
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
    void everyCorpusFileHasItsExpectedMessage() throws Exception {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 30, "corpus size " + cases.size());
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertEquals(cases.size() + 1, files.filter(f -> f.toString().endsWith(".ceround")).count(),
                    "every corpus file but the base has its expected message");
        }
        assertEquals(cases.size(), new HashSet<>(cases.stream().map(Case::file).toList()).size());
    }

    @TestFactory
    Stream<DynamicTest> everyHostilePackageGetsItsMessageAndChangesNothing() throws Exception {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.file(), () -> {
            String before = DbSnapshot.of(evaluator.database());
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> evaluator.roundPackages().open(CORPUS.resolve(c.file()), HANAKO, null, "test"), c.file());
            assertEquals(c.key(), e.key(), c.file() + ": " + e.getMessage());
            String message = e.message(Locale.ROOT);
            if (c.message().endsWith("...")) {
                String prefix = c.message().substring(0, c.message().length() - 3);
                assertTrue(message.startsWith(prefix), c.file() + ": " + message);
            } else {
                assertEquals(c.message(), message, c.file());
            }
            assertFalse(e.message(Locale.JAPANESE).startsWith(c.key()), c.file());
            assertEquals(before, DbSnapshot.of(evaluator.database()), c.file() + " changed the database");
        }));
    }

    @Test
    void thePreviewRefusesWhatTheFileItselfGetsWrong() throws Exception {
        for (Case c : cases()) {
            if (c.key().equals("roundpackage.keyChanged") || c.key().equals("round.unitDiffers")) {
                // the database decides these two: the preview shows the key as DIFFERENT, the unit is checked on opening
                continue;
            }
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> evaluator.roundPackages().preview(CORPUS.resolve(c.file())), c.file());
            assertEquals(c.key(), e.key(), c.file());
        }
        assertEquals(RoundPackageService.KeyState.DIFFERENT,
                evaluator.roundPackages().preview(CORPUS.resolve("14-pinned-round-other-key.ceround")).keyState());
        assertEquals(RoundPackageService.KeyState.PINNED, evaluator.roundPackages().preview(CORPUS.resolve("base.ceround")).keyState());
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.ceround");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(RoundPackage.MAX_BYTES + 1L);
        }
        String before = DbSnapshot.of(evaluator.database());
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> evaluator.roundPackages().open(big, HANAKO, null, "test"));
        assertTrue(e.getMessage().contains("64"), e.getMessage());
        assertEquals(before, DbSnapshot.of(evaluator.database()));
    }
}
