package jp.clustereval.ui;

import java.util.Locale;
import java.util.Map;

import jp.clustereval.common.UserFacingException;

/**
 * Why JavaFX could not start, said so that a person can act on it. JavaFX fails inside
 * {@code Application.launch} with texts of its own: without a display, glass's GTK port says
 * "Unable to open DISPLAY" (before it looks for GTK at all); with a display but no GTK 3 it says
 * "Unable to load glass GTK library." (GTK 3 could not be loaded) or, when glass's own GTK library
 * cannot be linked, throws an UnsatisfiedLinkError naming the missing library. Anything else is
 * a toolkit failure with JavaFX's own words.
 */
final class ToolkitFailure {

    private ToolkitFailure() {
    }

    static UserFacingException classify(Throwable failure, Map<String, String> env) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException u) {
                return u;
            }
            String text = String.valueOf(t.getMessage());
            if (text.contains("Unable to open DISPLAY")) {
                String display = env.get("DISPLAY");
                return new UserFacingException(failure, "startup.noDisplay", display == null || display.isBlank()
                        ? "DISPLAY is not set" : "DISPLAY=" + display + " cannot be opened");
            }
            if (text.contains("Unable to load glass GTK library")) {
                return new UserFacingException(failure, "startup.noGtk", "libgtk-3.so.0 cannot be loaded");
            }
            if (t instanceof UnsatisfiedLinkError && text.toLowerCase(Locale.ROOT).contains("gtk")) {
                return new UserFacingException(failure, "startup.noGtk", text);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new UserFacingException(failure, "startup.toolkit",
                root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()));
    }
}
