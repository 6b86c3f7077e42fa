package jp.clustereval.ui;

import java.awt.SplashScreen;

/**
 * The installed launcher shows a picture (lib/app/splash.png, the JVM option {@code -splash:})
 * within a tenth of a second of the click, before the JVM has loaded a class; it tells the
 * application so with {@code -Dclustereval.splash=true}. It is AWT's splash window, which closes by
 * itself only when an AWT window opens: the desktop closes it once its first window is shown, a
 * command-line run at once. Without the property nothing of AWT is loaded.
 */
public final class LaunchSplash {

    static final String PROPERTY = "clustereval.splash";

    private LaunchSplash() {
    }

    /** Closes the launcher's splash picture if one is showing. */
    public static void close() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        try {
            SplashScreen splash = SplashScreen.getSplashScreen();
            if (splash != null) {
                splash.close();
            }
        } catch (UnsupportedOperationException | IllegalStateException e) { // HeadlessException is one of the first
            // no splash could be shown on this display (or it was closed already): nothing to close
        }
    }
}
