package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLoggingTest {

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        AppLogging.shutdown();
    }

    @Test
    void messagesAndStackTracesGoToTheFileNeverToTheConsole() throws Exception {
        PrintStream realErr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            assertTrue(AppLogging.init(dir.resolve("logs"), 1_000_000, 3));
            Logger log = Logger.getLogger("jp.clustereval.test");
            log.info("データベースを開きました");
            log.log(Level.SEVERE, "it failed", new IllegalStateException("boom"));
            AppLogging.shutdown();
        } finally {
            System.setErr(realErr);
        }
        assertEquals("", console.toString(StandardCharsets.UTF_8), "nothing on the console");
        assertEquals(dir.resolve("logs"), AppLogging.folder());
        String text = Files.readString(AppLogging.currentFile(), StandardCharsets.UTF_8);
        assertTrue(text.contains("INFO    jp.clustereval.test: データベースを開きました"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: boom"), text);
        assertTrue(text.contains("\tat jp.clustereval.service.AppLoggingTest"), "with the stack trace");
        for (Handler h : LogManager.getLogManager().getLogger("").getHandlers()) {
            assertTrue(!(h instanceof java.util.logging.ConsoleHandler), "console handler removed");
        }
    }

    @Test
    void theLogIsRotatedAtItsSizeLimit() throws Exception {
        assertTrue(AppLogging.init(dir, 2_000, 3));
        Logger log = Logger.getLogger("jp.clustereval.test");
        for (int i = 0; i < 200; i++) {
            log.info("line " + i + " " + "x".repeat(50));
        }
        AppLogging.shutdown();
        try (var files = Files.list(dir)) {
            long logs = files.filter(p -> p.getFileName().toString().matches("cluster-eval\\d\\.log")).count();
            assertEquals(3, logs, "three generations, no more");
        }
        assertTrue(Files.size(dir.resolve("cluster-eval0.log")) <= 2_000 + 200);
        assertTrue(Files.readString(dir.resolve("cluster-eval0.log")).contains("line 199"));
    }

    @Test
    void anUnwritableFolderMeansNoLogButNoFailure() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertEquals(false, AppLogging.init(file.resolve("logs"), 1000, 2));
        Logger.getLogger("jp.clustereval.test").info("goes nowhere");
    }
}
