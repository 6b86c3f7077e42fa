package jp.clustereval.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.service.FailureReport;

/**
 * Every dialog of the application: the one error dialog all failures go through, messages, and
 * the file choosers. Controllers and the shell use it; view models only report through
 * {@link ErrorReporter}.
 */
public interface DialogService extends ErrorReporter {

    /** Shows the failure: the localized message of a {@link UserFacingException}, else a generic text and details. */
    void showError(Throwable failure, Runnable afterClose);

    @Override
    default void report(Throwable failure) {
        showError(failure, () -> { });
    }

    /** A message the user must read before going on (e.g. a fingerprint to read out): a dialog. */
    void showInfo(String title, String text);

    /**
     * Says that background work the user started is done (a report or chart written, a backup made,
     * a restore finished): a notification in the corner of the window that goes by itself, so the
     * user is not stopped by a dialog for news that asks nothing of them.
     */
    void notifyDone(String title, String text);

    /**
     * Asks a question without blocking: answer gets true for the button okText, false for
     * cancelText or closing the dialog.
     */
    void confirm(String title, String header, String text, String okText, String cancelText,
                 java.util.function.Consumer<Boolean> answer);

    /**
     * Shows a feature's own dialog (its content and result are the feature's: settings, restore)
     * without blocking: owned by the main window and styled like it, as every dialog here. answer
     * gets the dialog's result when it closes, empty when it was cancelled or closed.
     */
    <R> void show(javafx.scene.control.Dialog<R> dialog, java.util.function.Consumer<Optional<R>> answer);

    /**
     * The application could not start (no window of its own is up): the failure's line on stderr
     * and a dialog saying it, with the log file; afterClose runs when the dialog is closed.
     */
    void showStartFailure(Throwable failure, Runnable afterClose);

    /** Asks for a database file to open; empty when cancelled. */
    Optional<Path> chooseDatabase(Path current);

    /** Asks where to write a chart (PNG or SVG); empty when cancelled. */
    Optional<Path> chooseChartFile(String suggestedName);

    /** Asks for score files to import (several at once); empty when cancelled. */
    List<Path> chooseScoreFiles();

    /** Asks for a folder of score files to import; empty when cancelled. */
    Optional<Path> chooseFolder();

    /** Asks for one file to open of the given kind (e.g. a weights file); empty when cancelled. */
    Optional<Path> chooseOpenFile(FileRequest.Kind kind);

    /** Asks where to write a score file (.cescore) or a CSV; empty when cancelled. */
    Optional<Path> chooseSaveFile(FileRequest.Kind kind, String suggestedName);

    /** One request for a file chooser, as a test hook that replaces the choosers sees it. */
    record FileRequest(Kind kind, String suggestedName) {

        /** What is asked for. */
        public enum Kind {
            OPEN_DATABASE, SAVE_CHART, OPEN_SCORE_FILES, OPEN_FOLDER, SAVE_SCORE_FILE, SAVE_CSV,
            /* panel results (issue 4): weights files and reports */
            SAVE_WEIGHTS, OPEN_WEIGHTS, SAVE_PDF, SAVE_XLSX,
            /* a round's evidence (issue 13): the figures CSV */
            OPEN_EVIDENCE,
            /* roster and assignments (issue 13): the assignments CSV (evaluator,cluster) */
            OPEN_CSV,
            /* rounds (issue 13): a round definition file, a units CSV */
            OPEN_ROUND_DEFINITION, OPEN_UNITS_CSV,
            /* the round package a chair hands out (issue 13) */
            SAVE_ROUND_PACKAGE,
            /* the round package (issue 13 §3): a .ceround from the secretariat */
            OPEN_ROUND_PACKAGE,
            /* a final round's decision record (issue 14 §3): signed JSON */
            SAVE_JSON
        }
    }

    /** The text a user reads for a failure, in the UI language. */
    static String describe(Throwable failure, Messages messages) {
        Throwable t = unwrap(failure);
        if (t instanceof UserFacingException u) {
            return u.message(messages.locale());
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return FailureReport.problem(c, messages.locale()); // says memory and how to give more
            }
        }
        return messages.get("error.unexpected");
    }

    /** Technical details (the stack trace) for failures that are not user-facing; empty otherwise. */
    static String details(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof UserFacingException) {
            return "";
        }
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.lang.reflect.InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        // a user-facing cause (e.g. wrapped by a library) is still what the user should read
        Throwable c = t;
        while (c != null && !(c instanceof UserFacingException)) {
            c = c.getCause();
        }
        return c != null ? c : t;
    }
}
