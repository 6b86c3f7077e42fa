package jp.clustereval.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javafx.scene.text.Font;

/**
 * Registers the bundled Japanese font with JavaFX. The default "System" font has no CJK fallback
 * under Linux (Japanese shows as boxes), so app.css names this family for every control.
 * <p>
 * Reading the 4 MB font takes about 70 ms: the application starts it on its own thread while the
 * first window is built ({@link #loadInBackground()}), and {@link #load()} waits for it before the
 * first scene is styled.
 */
public final class UiFonts {

    public static final String FAMILY = "IPAexGothic";
    private static final String RESOURCE = "/fonts/ipaexg.ttf";
    private static CompletableFuture<Void> loading;

    private UiFonts() {
    }

    /** Starts loading the font on its own thread (once); needs the JavaFX toolkit. */
    public static synchronized void loadInBackground() {
        if (loading == null) {
            loading = CompletableFuture.runAsync(UiFonts::read, r -> {
                Thread t = new Thread(r, "cluster-eval-font");
                t.setDaemon(true);
                t.start();
            });
        }
    }

    /**
     * Makes sure the font is registered: waits for the background load, or loads it now when none
     * was started. A font that cannot be read is an error of the installation.
     */
    public static void load() {
        CompletableFuture<Void> f;
        synchronized (UiFonts.class) {
            if (loading == null) {
                loading = new CompletableFuture<>();
                try {
                    read();
                    loading.complete(null);
                } catch (RuntimeException e) {
                    loading.completeExceptionally(e);
                }
            }
            f = loading;
        }
        try {
            f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static void read() {
        try (InputStream in = UiFonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The font " + RESOURCE + " is missing from the class path");
            }
            if (Font.loadFont(in, 13) == null) {
                throw new IllegalStateException("The font " + RESOURCE + " could not be loaded");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
