package jp.clustereval.service;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import jp.clustereval.common.AtomicFiles;
import jp.clustereval.common.UserFacingException;

/**
 * The one line every failure prints on stderr, on the command line and in the desktop alike:
 * {@code error: <what went wrong> Log: <log file>}. What went wrong is the message of a
 * {@link UserFacingException} in the failure or its causes; running out of memory says so (with
 * how to give more); a file error names the file and the operating system's reason; anything
 * else (a defect) says "an unexpected error" and what Java called it, and the log has the stack trace.
 */
public final class FailureReport {

    private FailureReport() {
    }

    /** The line for stderr, in English like every command-line message. */
    public static String line(Throwable failure) {
        // one line whatever the failure's text holds (a file name from a score file, say)
        return "error: " + jp.clustereval.common.SafeText.line(withLog(problem(failure, Locale.ROOT), Locale.ROOT));
    }

    /** Prints {@link #line} on stderr. */
    public static void print(Throwable failure) {
        print(failure, System.err);
    }

    public static void print(Throwable failure, PrintStream err) {
        err.println(line(failure));
        err.flush();
    }

    /** What went wrong, in the given language. */
    public static String problem(Throwable failure, Locale locale) {
        return asUserFacing(failure).message(locale);
    }

    /** The failure as the user-facing exception that says it (itself, a user-facing cause, or a generic one). */
    public static UserFacingException asUserFacing(Throwable failure) {
        Throwable t = unwrap(failure);
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return new UserFacingException(c, "failure.outOfMemory", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UserFacingException u) {
                return u;
            }
        }
        IOException io = t instanceof UncheckedIOException u ? u.getCause() : t instanceof IOException i ? i : null;
        if (io != null) {
            String file = io instanceof FileSystemException f && f.getFile() != null ? f.getFile() : "?";
            return new UserFacingException(t, "file.ioError", file, AtomicFiles.reason(io));
        }
        String what = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return new UserFacingException(t, "failure.unexpected", what);
    }

    /** The message followed by where the log file is (or that there is none). */
    public static String withLog(String problem, Locale locale) {
        String message = problem.isEmpty() || !Character.isLetterOrDigit(problem.charAt(problem.length() - 1))
                ? problem : problem + ".";
        if (AppLogging.isWriting()) {
            return new UserFacingException("failure.withLog", message, AppLogging.currentFile()).message(locale);
        }
        return new UserFacingException("failure.noLog", message, AppLogging.folder()).message(locale);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
