package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;

/** The one line of a failure: the problem in words, and the log file. */
class FailureReportTest {

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        AppLogging.shutdown();
    }

    @Test
    void aUserFacingFailureIsItsMessageAndTheLogFile() {
        AppLogging.init(dir, 100_000, 1);
        String line = FailureReport.line(new CompletionException(new UserFacingException("store.busy", "x.db")));
        assertEquals("error: The database file x.db is in use by another program. Close it there and try again. Log: "
                + dir.resolve("cluster-eval0.log"), line);
    }

    @Test
    void runningOutOfMemorySaysSoAndHowToGiveMore() {
        AppLogging.init(dir, 100_000, 1);
        String line = FailureReport.line(new RuntimeException(new OutOfMemoryError("Java heap space")));
        long max = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        assertTrue(line.startsWith("error: ClusterEval ran out of memory (it may use at most " + String.format(Locale.ROOT, "%,d", max)
                + " MB)."), line);
        assertTrue(line.contains("java -Xmx2g -jar cluster-eval.jar"), line);
        assertTrue(FailureReport.problem(new OutOfMemoryError(), Locale.JAPANESE).contains("メモリー"));
    }

    @Test
    void aFileErrorNamesTheFileAndAnythingElseTheDefect() {
        AppLogging.init(dir, 100_000, 1);
        assertTrue(FailureReport.line(new java.io.UncheckedIOException(new NoSuchFileException("/x/y.csv")))
                .startsWith("error: The file /x/y.csv could not be read or written: no such file or folder: /x/y.csv."));
        assertTrue(FailureReport.line(new NullPointerException("oops"))
                .startsWith("error: An unexpected error occurred: NullPointerException: oops. Log: "));
    }

    @Test
    void withoutALogFileItSaysThereIsNone() {
        AppLogging.shutdown();
        String line = FailureReport.line(new UserFacingException("store.busy", "x.db"));
        assertTrue(line.endsWith("(No log file: " + AppLogging.folder() + " cannot be written.)"), line);
    }
}
