package jp.clustereval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The launcher's JVM options: read without comments, and every one accepted by this JVM. */
class InstalledJavaOptionsTest {

    @Test
    void theOptionsAreReadWithoutCommentsOrBlankLines() {
        List<String> options = InstalledJavaOptions.read();
        assertFalse(options.isEmpty());
        for (String option : options) {
            assertTrue(option.startsWith("-"), option);
            assertFalse(option.contains("#"), option);
        }
        assertTrue(options.contains("-XX:Tier4InvocationThreshold=100000"), options.toString());
    }

    @Test
    void theJvmAcceptsEveryOption() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(InstalledJavaOptions.read());
        command.add("-version");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output); // a mistyped option stops the launcher: "Unrecognized VM option"
    }
}
