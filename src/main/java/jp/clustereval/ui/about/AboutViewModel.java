package jp.clustereval.ui.about;

import jp.clustereval.AppInfo;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.Session;

/** What the About window says: the application, its version, the open database, the runtime. */
public final class AboutViewModel {

    private final AppState app;

    public AboutViewModel(AppState app) {
        this.app = app;
    }

    public String name() {
        return AppInfo.NAME;
    }

    /** From version.properties (stamped by the build), "dev" when absent. */
    public String version() {
        return AppInfo.version();
    }

    public String database() {
        Session s = app.session();
        return s == null ? "" : s.file().toString();
    }

    public String round() {
        Session s = app.session();
        return s == null ? "" : s.round().name().in(app.language());
    }

    public String runtime() {
        return "Java " + System.getProperty("java.version") + " · JavaFX "
                + System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "?"));
    }
}
