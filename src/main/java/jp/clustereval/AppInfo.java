package jp.clustereval;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's name and version, as the build stamped them into version.properties. */
public final class AppInfo {

    public static final String NAME = "ClusterEval";
    private static final String VERSION = readVersion();

    private AppInfo() {
    }

    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = AppInfo.class.getClassLoader().getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
