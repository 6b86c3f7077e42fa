package jp.clustereval.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javafx.scene.text.Font;

/**
 * Registers the bundled Japanese font with JavaFX. The default "System" font has no CJK fallback
 * under Linux (Japanese shows as boxes), so app.css names this family for every control.
 */
public final class UiFonts {

    public static final String FAMILY = "IPAexGothic";
    private static final String RESOURCE = "/fonts/ipaexg.ttf";
    private static volatile boolean loaded;

    private UiFonts() {
    }

    /** Loads the font once; needs the JavaFX toolkit. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        try (InputStream in = UiFonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The font " + RESOURCE + " is missing from the class path");
            }
            Font font = Font.loadFont(in, 13);
            if (font == null) {
                throw new IllegalStateException("The font " + RESOURCE + " could not be loaded");
            }
            loaded = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
