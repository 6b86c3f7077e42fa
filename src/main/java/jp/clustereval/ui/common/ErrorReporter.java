package jp.clustereval.ui.common;

/** Where every failure the user must know about ends up (the error dialog in the application). */
@FunctionalInterface
public interface ErrorReporter {

    /** Called on the UI thread. */
    void report(Throwable failure);
}
