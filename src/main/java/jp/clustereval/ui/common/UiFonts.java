package jp.clustereval.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.scene.text.Font;

/**
 * Registers the bundled Japanese font with JavaFX. The default "System" font has no CJK fallback
 * under Linux (Japanese shows as boxes), so app.css names this family for every control.
 * <p>
 * Reading the 4 MB font takes about 70 ms: the application starts it on its own thread while the
 * first window is built ({@link #loadInBackground()}), and {@link #load()} waits for it before the
 * first scene is styled. A font that cannot be read is logged and the windows still open, in the
 * system's font: a damaged installation should not keep anybody from their grades.
 */
public final class UiFonts {

    public static final String FAMILY = "IPAexGothic";
    static final String RESOURCE = "/fonts/ipaexg.ttf";
    private static final Logger LOG = Logger.getLogger(UiFonts.class.getName());
    private static CompletableFuture<Boolean> loading;

    private UiFonts() {
    }

    /** Starts loading the font on its own thread (once); needs the JavaFX toolkit. */
    public static synchronized void loadInBackground() {
        if (loading == null) {
            loading = CompletableFuture.supplyAsync(() -> register(RESOURCE), r -> {
                Thread t = new Thread(r, "cluster-eval-font");
                t.setDaemon(true);
                t.start();
            });
        }
    }

    /**
     * Makes sure the font is registered: waits for the background load, or loads it now when none
     * was started.
     *
     * @return false when the font could not be registered (logged; the system's font is used)
     */
    public static boolean load() {
        CompletableFuture<Boolean> f;
        synchronized (UiFonts.class) {
            if (loading == null) {
                loading = CompletableFuture.completedFuture(register(RESOURCE));
            }
            f = loading;
        }
        return f.join();
    }

    /** Registers the font of this class-path resource; false (logged) when it is missing or unreadable. */
    static boolean register(String resource) {
        try (InputStream in = UiFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                LOG.severe("The font " + resource + " is missing from the installation: the system's font is used");
                return false;
            }
            if (Font.loadFont(in, 13) == null) {
                LOG.severe("The font " + resource + " could not be read: the system's font is used");
                return false;
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The font " + resource + " could not be read: the system's font is used", e);
            return false;
        }
    }
}
