package jp.clustereval.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.service.AppLogging;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The benchmark jar's command line: {@code java -jar target/cluster-eval-bench.jar [--quick] [--out
 * FILE.json] [--cases ...]} (docs/performance.md). Not part of the application: the product jar
 * has no benchmark command.
 */
@Command(name = "cluster-eval-bench", mixinStandardHelpOptions = true,
        description = {"Measure ClusterEval against its floors (docs/performance.md): every case several times after a",
                "warm-up, median and spread, ratio to the floor measured in the same run. Exit 1 when a target is missed."})
public final class BenchCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int MISSED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Every case at a tenth of its size, one timed run each unless --runs is given (CI, smoke checks).")
    boolean quick;

    @Option(names = "--scale", paramLabel = "F", description = "Size factor instead of --quick (1 = the issue's sizes).")
    Double scale;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs per case after the warm-up (default: 5, with --quick 1).")
    Integer runs;

    @Option(names = "--cases", split = ",", paramLabel = "NAME",
            description = "Only these cases (default: all): start-up, start-up-plain-jar, start-up-runtimes (JDK 17 AppCDS against JDK 25 AOT cache, -Dclustereval.bench.jdk25=DIR), merge, national-merge, aggregate, sensitivity, charts, report, memory, gui-responsiveness.")
    List<String> cases = new ArrayList<>();

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the generated data (default: a new temporary folder, deleted after).")
    Path work;

    @Option(names = "--out", paramLabel = "FILE.json", description = "Write the results as JSON.")
    Path out;

    /** Set by {@link #main}: the application's log records go to the work folder's log, not to the console. */
    private boolean logToWorkFolder;

    public static void main(String[] args) {
        BenchCommand command = new BenchCommand();
        command.logToWorkFolder = true;
        System.exit(new CommandLine(command).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        for (String c : cases) {
            if (!Bench.CASES.contains(c)) {
                throw new ParameterException(spec.commandLine(), "Unknown case '" + c + "'; cases: " + Bench.CASES);
            }
        }
        double factor = scale != null ? scale : quick ? 0.1 : 1.0;
        int timedRuns = runs != null ? runs : quick ? 1 : 5;
        if (factor <= 0 || timedRuns < 1) {
            throw new ParameterException(spec.commandLine(), "--scale must be > 0 and --runs >= 1");
        }
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("cluster-eval-bench") : Files.createDirectories(work);
        PrintWriter w = spec.commandLine().getOut();
        if (logToWorkFolder) {
            AppLogging.init(dir.resolve("logs"), AppLogging.LIMIT_BYTES, AppLogging.FILES);
            w.println("log: " + AppLogging.currentFile());
        }
        try {
            BenchReport report = new Bench(new Bench.Options(factor, timedRuns, new java.util.LinkedHashSet<>(cases), dir,
                    ownJar(), w)).run();
            w.println();
            w.print(report.markdown());
            w.flush();
            if (out != null) {
                report.write(out);
            }
            return report.cases().stream().allMatch(c -> c.met() || c.skipped()) ? OK : MISSED;
        } finally {
            if (temporary) {
                deleteTree(dir);
            }
        }
    }

    /** The jar this program runs from (the GUI cases start it as a child process), or null. */
    private static Path ownJar() {
        try {
            Path p = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
