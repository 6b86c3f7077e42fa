package jp.clustereval.service;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jp.clustereval.common.UserFacingException;

/**
 * The application's log: {@code <data directory>/logs/cluster-eval0.log} (the newest; older ones
 * are {@code cluster-eval1.log} ... up to {@link #FILES}), rotated at {@link #LIMIT_BYTES}, in
 * UTF-8, through java.util.logging. Started by Main for the GUI and the command line alike; it
 * removes the console handler, so nothing logged ever reaches the terminal of a CLI command.
 * When the folder cannot be written, the application runs without a log file.
 */
public final class AppLogging {

    public static final int LIMIT_BYTES = 1024 * 1024;
    public static final int FILES = 5;
    public static final String PATTERN = "cluster-eval%g.log";

    private static volatile Path folder;
    private static volatile Handler handler;

    private AppLogging() {
    }

    /** The folder of the log files in the user's data directory (whether or not it exists yet). */
    public static Path defaultFolder() {
        return DataDirectory.defaultDirectory().resolve("logs");
    }

    /** The folder the log is written to: for Help &gt; Open log folder. */
    public static Path folder() {
        Path f = folder;
        return f != null ? f : defaultFolder();
    }

    /** Starts logging to {@link #defaultFolder()}. */
    public static synchronized boolean init() {
        return init(defaultFolder(), LIMIT_BYTES, FILES);
    }

    /**
     * Starts logging into the folder (created if needed), replacing the console handler and any
     * previous file handler. Returns false, logging nowhere, if the folder cannot be written.
     */
    public static synchronized boolean init(Path logFolder, int limitBytes, int files) {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
        handler = null;
        folder = logFolder.toAbsolutePath().normalize();
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(folder);
            FileHandler fh = new FileHandler(folder.resolve(PATTERN).toString(), limitBytes, files, true);
            fh.setEncoding("UTF-8");
            fh.setFormatter(new LineFormatter());
            fh.setLevel(Level.ALL);
            fh.setErrorManager(new OneLineErrorManager(currentFile()));
            root.addHandler(fh);
            handler = fh;
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** True while log records reach the log file (false when its folder could not be written). */
    public static boolean isWriting() {
        return handler != null;
    }

    /** The newest log file. */
    public static Path currentFile() {
        return folder().resolve(PATTERN.replace("%g", "0"));
    }

    /** Flushes and closes the file (tests; the JVM's shutdown closes it otherwise). */
    public static synchronized void shutdown() {
        Handler h = handler;
        if (h != null) {
            LogManager.getLogManager().getLogger("").removeHandler(h);
            h.close();
            handler = null;
        }
    }

    /** {@code 2025-01-31T09:30:00.123+09:00 INFO  logger: message}, then the stack trace if any. */
    static final class LineFormatter extends Formatter {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder(128);
            b.append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ')
                    .append(String.format("%-7s", r.getLevel().getName())).append(' ')
                    .append(r.getLoggerName()).append(": ").append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter sw = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(sw));
                b.append(sw);
            }
            return b.toString();
        }
    }

    /**
     * A log file that cannot be written (a full disk) is said once, in one line on stderr, instead
     * of java.util.logging's stack trace for every record.
     */
    static final class OneLineErrorManager extends ErrorManager {

        private final Path file;
        private boolean reported;

        OneLineErrorManager(Path file) {
            this.file = file;
        }

        @Override
        public synchronized void error(String msg, Exception ex, int code) {
            if (reported) {
                return;
            }
            reported = true;
            String reason = ex == null ? String.valueOf(msg) : String.valueOf(ex.getMessage());
            System.err.println("warning: " + new UserFacingException("failure.logNotWritten", file, reason).message(Locale.ROOT));
            System.err.flush();
        }
    }
}
