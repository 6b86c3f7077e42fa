package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;

/**
 * Every reader of a file someone hands the application refuses, before reading it, a file that is not
 * a regular file (a link to /dev/zero, a named pipe) or is over its size, within seconds, with a
 * message, and with nothing stored. Before, a score file linked to /dev/zero was read until the heap
 * ran out (13 s, exit 1, nothing printed).
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class UnreadableInputTest {

    private static final Duration QUICK = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private Services chair;
    private Evaluator evaluator;
    private Path zero;
    private Path pipe;

    @BeforeEach
    void open() throws Exception {
        chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("keys"));
        evaluator = chair.evaluators().add("評価 一郎", "大学");
        Path hostile = Files.createDirectory(dir.resolve("hostile"));
        zero = Files.createSymbolicLink(hostile.resolve("zero.cescore"), Path.of("/dev/zero"));
        pipe = hostile.resolve("pipe.cescore");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
    }

    @AfterEach
    void close() {
        chair.close();
    }

    @Test
    void scoreFilesThatAreNotRegularFilesAreRefusedUnreadAndChangeNothing() {
        String before = DbSnapshot.of(chair.database());
        for (List<Path> input : List.of(List.of(zero), List.of(pipe), List.of(zero.getParent()))) {
            ImportPreview preview = assertTimeoutPreemptively(QUICK,
                    () -> chair.imports().preview(input, ImportOptions.defaults()), input.toString());
            ImportPreview result = assertTimeoutPreemptively(QUICK,
                    () -> chair.imports().commit(preview, ImportProgress.none(), () -> false));
            for (ImportPreview p : List.of(preview, result)) {
                // a folder lists both: refused with a message rather than left out without a word
                assertEquals(input.get(0).equals(zero.getParent()) ? 2 : 1, p.files().size(), input.toString());
                for (FileReport f : p.files()) {
                    assertEquals(FileOutcome.REJECTED, f.outcome(), f.fileName());
                    assertEquals("file.notRegular", f.rejection().key(), f.fileName());
                    assertEquals(f.fileName() + " is not a regular file (it is a folder, a device such as /dev/zero, a pipe or"
                            + " a socket): it was refused without being read.", f.rejection().message(Locale.ROOT));
                }
            }
        }
        assertEquals(before, DbSnapshot.of(chair.database()));
    }

    @Test
    void csvWeightsBackupsSettingsAndKeysRefuseThemToo() {
        String before = DbSnapshot.of(chair.database());
        for (Path bad : List.of(zero, pipe)) {
            FileReport csv = assertTimeoutPreemptively(QUICK,
                    () -> chair.csv().preview(bad, evaluator.id(), null, ImportOptions.defaults()).files().get(0));
            assertEquals("file.notRegular", csv.rejection().key());
            refused("file.notRegular", () -> chair.weightsFiles().importFile(bad, "chair"));
            refused("file.notRegular", () -> new BackupService(chair.database()).restore(bad));
            assertEquals(Settings.defaults(), assertTimeoutPreemptively(QUICK, () -> new SettingsStore(bad).load()));
        }
        assertEquals(before, DbSnapshot.of(chair.database()));
    }

    @Test
    void aKeyFileThatIsAPipeIsRefusedRatherThanWaitedFor() throws Exception {
        Path keys = Files.createDirectories(dir.resolve("pipe-keys"));
        assertEquals(0, new ProcessBuilder("mkfifo", keys.resolve(evaluator.id() + ".key").toString()).start().waitFor());
        refused("file.notRegular", () -> new KeyService(chair.database(), chair.evaluators(), keys).ownKeyPair(evaluator.id()));
    }

    @Test
    void filesOverTheirSizeAreRefusedBeforeTheyAreRead() throws Exception {
        String before = DbSnapshot.of(chair.database());
        Path csv = sparse("big.csv", 21L * 1024 * 1024);
        assertEquals("scorefile.tooLarge",
                chair.csv().preview(csv, evaluator.id(), null, ImportOptions.defaults()).files().get(0).rejection().key());
        Path weights = sparse("big.weights.json", 1024 * 1024 + 1);
        UserFacingException w = refused("file.tooLarge", () -> chair.weightsFiles().importFile(weights, "chair"));
        assertEquals("big.weights.json is too large (1,048,577 bytes; at most 1,048,576 bytes are accepted): it was refused.",
                w.message(Locale.ROOT));
        Path settings = sparse("settings.properties", 300 * 1024);
        assertEquals(Settings.defaults(), new SettingsStore(settings).load());
        Path keys = Files.createDirectories(dir.resolve("big-keys"));
        Files.write(keys.resolve(evaluator.id() + ".key"), new byte[17 * 1024]);
        Files.write(keys.resolve(evaluator.id() + ".pub"), new byte[10]);
        refused("file.tooLarge", () -> new KeyService(chair.database(), chair.evaluators(), keys).ownKeyPair(evaluator.id()));
        assertEquals(before, DbSnapshot.of(chair.database()));
    }

    private UserFacingException refused(String key, Executable action) {
        UserFacingException e = assertTimeoutPreemptively(QUICK, () -> assertThrows(UserFacingException.class, action));
        assertEquals(key, e.key(), e::getMessage);
        return e;
    }

    private Path sparse(String name, long size) throws Exception {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
        return file;
    }
}
