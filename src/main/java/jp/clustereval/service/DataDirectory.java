package jp.clustereval.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where ClusterEval keeps its data by OS convention: Linux {@code $XDG_DATA_HOME/cluster-eval}
 * (default {@code ~/.local/share/cluster-eval}), Windows {@code %APPDATA%\ClusterEval}, macOS
 * {@code ~/Library/Application Support/ClusterEval}.
 */
public final class DataDirectory {

    public static final String DATABASE_FILE = "cluster-eval.db";

    private DataDirectory() {
    }

    public static Path defaultDirectory() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    public static Path defaultDatabase() {
        return defaultDirectory().resolve(DATABASE_FILE);
    }

    static Path resolve(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("ClusterEval");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "ClusterEval");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("cluster-eval");
    }
}
