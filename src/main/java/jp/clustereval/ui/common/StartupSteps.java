package jp.clustereval.ui.common;

/**
 * The desktop's start-up steps (launch, toolkit, db-open, start, font, fxml-start, fxml, shown) and
 * each filling of the cluster list, told to one listener when one is installed. The application
 * installs none, so every call is one read of a volatile field; the benchmark (src/bench, its own
 * jar) installs one to time the start and the first frames, in its own process.
 */
public final class StartupSteps {

    /** Told of the steps; it must return at once (it runs on the thread that reached the step). */
    public interface Listener {
        /** A start-up step is done (any thread; "shown" on the FX thread, once the first window is shown). */
        void reached(String step);

        /** The cluster list was filled with this many rows (FX thread; at start and at every reload). */
        void listFilled(int rows);
    }

    private static volatile Listener listener;

    private StartupSteps() {
    }

    /** Installs the listener (null removes it). */
    public static void listen(Listener l) {
        listener = l;
    }

    public static void reached(String step) {
        Listener l = listener;
        if (l != null) {
            l.reached(step);
        }
    }

    public static void listFilled(int rows) {
        Listener l = listener;
        if (l != null) {
            l.listFilled(rows);
        }
    }
}
