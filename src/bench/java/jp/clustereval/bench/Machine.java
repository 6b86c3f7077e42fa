package jp.clustereval.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine a bench ran on: cores, memory, OS, Java, CPU model, load average at the start. */
public final class Machine {

    private Machine() {
    }

    public static Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("memory_mb", memoryMb());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        m.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        m.put("cpu", cpuModel());
        m.put("load_average", loadAverage());
        m.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return m;
    }

    private static Long memoryMb() {
        for (String line : lines("/proc/meminfo")) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return null;
    }

    private static String cpuModel() {
        for (String line : lines("/proc/cpuinfo")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).strip();
            }
        }
        return System.getProperty("os.arch");
    }

    private static String loadAverage() {
        var l = lines("/proc/loadavg");
        return l.length == 0 ? null : String.join(" ", java.util.Arrays.copyOf(l[0].split(" "), 3));
    }

    private static String[] lines(String file) {
        try {
            return Files.readAllLines(Path.of(file)).toArray(String[]::new);
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }
}
