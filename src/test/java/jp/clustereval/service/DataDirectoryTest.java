package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void followsEachOperatingSystemsConvention() {
        assertEquals(Path.of("/data/xdg/cluster-eval"),
                DataDirectory.resolve("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/cluster-eval"), DataDirectory.resolve("Linux", Map.of(), "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/cluster-eval"),
                DataDirectory.resolve("Linux", Map.of("XDG_DATA_HOME", "relative/path"), "/home/u"));
        assertEquals(Path.of("/Users/u/Library/Application Support/ClusterEval"),
                DataDirectory.resolve("Mac OS X", Map.of(), "/Users/u"));
        assertEquals(Path.of("C:\\Users\\u\\AppData\\Roaming").resolve("ClusterEval"),
                DataDirectory.resolve("Windows 11", Map.of("APPDATA", "C:\\Users\\u\\AppData\\Roaming"), "C:\\Users\\u"));
    }
}
