package jp.clustereval.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the installers give the application's launcher (resources/launch/java-options,
 * one per line, '#' comments): the start-up bench starts the application, and the floor, with
 * them, as installed.
 */
final class InstalledJavaOptions {

    static final String RESOURCE = "/launch/java-options";

    private InstalledJavaOptions() {
    }

    static List<String> read() {
        try (InputStream in = InstalledJavaOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            List<String> options = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String option = line.strip();
                if (!option.isEmpty() && !option.startsWith("#")) {
                    options.add(option);
                }
            }
            return options;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
