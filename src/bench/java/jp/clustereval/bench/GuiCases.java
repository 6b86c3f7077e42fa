package jp.clustereval.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jp.clustereval.persistence.Database;
import jp.clustereval.service.Services;

/**
 * The cases that need a display and the bench jar, each in a child JVM started from that jar:
 * start-up ({@link StartupWatch}: the application as {@code jp.clustereval.Main} starts it, against
 * the floor app {@link StartupFloor}), memory and GUI responsiveness ({@link DrivenDesktop}: the
 * desktop driven in its own process; {@link MemoryCase}, {@link ResponsivenessCase}). The children
 * report on their standard output, one line per fact.
 */
final class GuiCases {

    private static final String MARKER = StartupWatch.MARKER;
    private static final String STEPS = StartupWatch.STEPS;

    private final Bench.Options o;
    private final Bench bench;

    GuiCases(Bench.Options o, Bench bench) {
        this.o = o;
        this.bench = bench;
    }

    private String unavailable() {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            return "no DISPLAY (run under Xvfb)";
        }
        if (o.jar() == null || !Files.isRegularFile(o.jar())) {
            return "the bench jar was not found (run it as java -jar target/cluster-eval-bench.jar)";
        }
        return null;
    }

    /**
     * The application as installed: each JVM with its own AppCDS archive (the installer makes one
     * for the app) and the launcher's JVM options ({@link InstalledJavaOptions}); the floor gets the
     * same options, so that only the window differs.
     */
    CaseResult startup() {
        return startup("start-up", true);
    }

    /** Both from the plain jar, no archive: what a plain `java` gives a developer. */
    CaseResult startupPlainJar() {
        return startup("start-up-plain-jar", false);
    }

    /** The JDK whose AOT cache {@link #startupRuntimes()} compares with JDK 17's AppCDS. */
    static final String SECOND_JDK_PROPERTY = "clustereval.bench.jdk25";
    static final Path SECOND_JDK_DEFAULT = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    /**
     * The application as installed on two runtimes, in one run, alternating child by child so that
     * the machine's load hits both alike: the running JDK (17) with its dynamic AppCDS archive (as
     * the start-up case), against a JDK 25 ({@value #SECOND_JDK_PROPERTY}, default
     * {@link #SECOND_JDK_DEFAULT}) with an AOT cache (JEP 483, made in one training run by
     * -XX:AOTCacheOutput, JEP 514, which also records method profiles, JEP 515). Both with the
     * launcher's JVM options. The "floor" is the JDK 17 figure: a ratio under 1 means JDK 25 starts faster.
     */
    CaseResult startupRuntimes() {
        String name = "start-up-runtimes";
        String why = unavailable();
        Path jdk25 = Path.of(System.getProperty(SECOND_JDK_PROPERTY, SECOND_JDK_DEFAULT.toString()));
        Path java25 = jdk25.resolve("bin").resolve("java");
        if (why == null && !Files.isExecutable(java25)) {
            why = "no JDK 25 at " + jdk25 + " (-D" + SECOND_JDK_PROPERTY + "=...)";
        }
        if (why != null) {
            return CaseResult.skipped(name, "informational", why);
        }
        Path db = guiDatabase(bench.panelDatabase(), "gui-panel.db");
        List<String> options = InstalledJavaOptions.read();
        List<String> app = new ArrayList<>(options);
        app.addAll(List.of("-cp", o.jar().toString(), StartupWatch.class.getName(), "--db", db.toString()));
        Path java17 = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd17 = withArchive("app17", app);
        List<String> cmd25 = withAotCache(java25, "app25", app);
        double[] ms17 = new double[Math.max(1, o.runs())];
        double[] ms25 = new double[ms17.length];
        shownThenGone(java17, cmd17);
        shownThenGone(java25, cmd25);
        List<String> steps17 = new ArrayList<>();
        List<String> steps25 = new ArrayList<>();
        for (int i = 0; i < ms17.length; i++) {
            // the order alternates too, so that neither always runs right after the other's exit
            boolean first17 = i % 2 == 0;
            Shown a = shownThenGone(first17 ? java17 : java25, first17 ? cmd17 : cmd25);
            Shown b = shownThenGone(first17 ? java25 : java17, first17 ? cmd25 : cmd17);
            Shown s17 = first17 ? a : b;
            Shown s25 = first17 ? b : a;
            ms17[i] = s17.nanos / 1e6;
            ms25[i] = s25.nanos / 1e6;
            steps17.add(s17.steps);
            steps25.add(s25.steps);
        }
        Timing t25 = new Timing(ms25);
        Timing t17 = new Timing(ms17);
        return CaseResult.withFloor(name, "process start to the main window with the cluster list filled (18 clusters); "
                        + "median = JDK 25 with its AOT cache, floor = JDK 17 with its AppCDS archive",
                t25, t17, 1.0, "informational (ratio < 1: JDK 25 faster)",
                "JDK 17 " + System.getProperty("java.version") + " runs (ms) " + java.util.Arrays.toString(t17.runsMs())
                        + " min-max " + CaseResult.round1(t17.min()) + "-" + CaseResult.round1(t17.max())
                        + "; JDK 25 " + jdk25 + "; launcher's JVM options " + options
                        + "; median timeline, ms since JVM start: JDK 25 " + medianSteps(steps25)
                        + "; JDK 17 " + medianSteps(steps17));
    }

    /**
     * Runs the command once on the given JDK with -XX:AOTCacheOutput (the JVM records the classes
     * it loaded and linked and the methods' profiles, and writes the AOT cache when it exits) and
     * returns the command that uses that cache.
     */
    private List<String> withAotCache(Path java, String name, List<String> command) {
        Path aot = o.work().resolve("aot").resolve(name + ".aot");
        try {
            Files.createDirectories(aot.getParent());
            Files.deleteIfExists(aot);
            List<String> train = new ArrayList<>(List.of("-XX:AOTCacheOutput=" + aot));
            train.addAll(command);
            Child c = child(java, train);
            untilMarker(c);
            if (!c.process().waitFor(2, TimeUnit.MINUTES) || !Files.isRegularFile(aot)) {
                throw new IllegalStateException("no AOT cache was written to " + aot);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<String> use = new ArrayList<>(List.of("-XX:AOTCache=" + aot));
        use.addAll(command);
        return use;
    }

    private CaseResult startup(String name, boolean cds) {
        String why = unavailable();
        if (why != null) {
            return CaseResult.skipped(name, "<= 1.25x", why);
        }
        Path db = guiDatabase(bench.panelDatabase(), "gui-panel.db");
        List<String> options = cds ? InstalledJavaOptions.read() : List.of();
        List<String> floor = new ArrayList<>(options);
        floor.addAll(List.of("-cp", o.jar().toString(), StartupFloor.class.getName()));
        List<String> app = new ArrayList<>(options);
        app.addAll(List.of("-cp", o.jar().toString(), StartupWatch.class.getName(), "--db", db.toString()));
        List<String> floorCmd = cds ? withArchive("floor", floor) : floor;
        List<String> appCmd = cds ? withArchive("app", app) : app;
        // floor and application alternate, run by run, so that a change of machine load hits both
        double[] floorMs = new double[Math.max(1, o.runs())];
        double[] appMs = new double[floorMs.length];
        shownThenGone(floorCmd);
        shownThenGone(appCmd);
        List<String> floorSteps = new ArrayList<>();
        List<String> appSteps = new ArrayList<>();
        for (int i = 0; i < floorMs.length; i++) {
            Shown f = shownThenGone(floorCmd);
            Shown a = shownThenGone(appCmd);
            floorMs[i] = f.nanos / 1e6;
            appMs[i] = a.nanos / 1e6;
            floorSteps.add(f.steps);
            appSteps.add(a.steps);
        }
        return CaseResult.withFloor(name, "process start to the main window with the cluster list filled (18 clusters)",
                new Timing(appMs), new Timing(floorMs), 1.25, "<= 1.25x",
                "floor: bare JavaFX window with one JFreeChart radar, same jar; "
                        + (cds ? "each with a dynamic AppCDS archive dumped by one earlier run (-XX:ArchiveClassesAtExit) "
                                + "and the installed launcher's JVM options " + options
                        : "plain java from the jar, no archive, default JVM options")
                        + "; median timeline, ms since JVM start: application " + medianSteps(appSteps)
                        + "; floor " + medianSteps(floorSteps));
    }

    /**
     * Runs the command once with -XX:ArchiveClassesAtExit (the JVM writes the archive of every class
     * it loaded when the process exits, right after its window was shown) and returns the command
     * that uses that archive.
     */
    private List<String> withArchive(String name, List<String> command) {
        Path jsa = o.work().resolve("cds").resolve(name + ".jsa");
        try {
            Files.createDirectories(jsa.getParent());
            Files.deleteIfExists(jsa);
            List<String> dump = new ArrayList<>(List.of("-XX:ArchiveClassesAtExit=" + jsa));
            dump.addAll(command);
            Child c = child(dump);
            untilMarker(c);
            if (!c.process().waitFor(2, TimeUnit.MINUTES) || !Files.isRegularFile(jsa)) {
                throw new IllegalStateException("no class-data archive was written to " + jsa);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<String> use = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + jsa, "-Xshare:auto"));
        use.addAll(command);
        return use;
    }

    CaseResult memory() {
        String why = unavailable();
        if (why != null) {
            return CaseResult.skipped(MemoryCase.NAME, MemoryCase.TARGET, why);
        }
        Path db = guiDatabase(bench.nationalDatabase(), "gui-national.db");
        return MemoryCase.measure(this, db, bench.nationalRound().clusters(), InstalledJavaOptions.read());
    }

    CaseResult responsiveness() {
        String why = unavailable();
        if (why != null) {
            return CaseResult.skipped(ResponsivenessCase.NAME, ResponsivenessCase.TARGET, why);
        }
        Path db = guiDatabase(bench.panelDatabase(), "gui-import.db");
        Path dir = o.work().resolve("merge");
        if (!Files.isDirectory(dir)) {
            bench.merge();
        }
        try (var list = Files.list(dir)) {
            long files = list.filter(p -> p.toString().endsWith(".cescore")).count();
            return ResponsivenessCase.measure(this, db, dir, (int) files, o.work(), o.runs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path jar() {
        return o.jar();
    }

    int runs() {
        return o.runs();
    }

    /** A copy of a chair database with a local user, so that the GUI opens straight to the main window. */
    private Path guiDatabase(Path source, String name) {
        Path db = o.work().resolve(name);
        if (!Files.exists(db) || !Database.isCurrent(db)) { // kept from an older version: its migration is not what is measured
            Bench.deleteDb(db);
            try {
                Files.copy(source, db, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (Services s = new Services(Database.open(db), o.work().resolve("keys"))) {
                s.evaluators().createLocal("議長 ベンチ", "事務局");
            }
        }
        return db;
    }

    record Child(Process process, BufferedReader out, long started) {
        /**
         * Kills the child and waits until it is gone: the next child opens the same database, and a
         * writer still alive would hold its lock.
         */
        void end() {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** When the marker line came (since the process was started), and the child's timeline line before it (or null). */
    record Shown(long nanos, String steps) {
    }

    /** The median of each step of the timelines ("name=ms ..."), in the first timeline's order. */
    static String medianSteps(List<String> timelines) {
        java.util.Map<String, List<Long>> steps = new java.util.LinkedHashMap<>();
        for (String t : timelines) {
            if (t == null) {
                continue;
            }
            for (String part : t.trim().split("\\s+")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    steps.computeIfAbsent(part.substring(0, eq), k -> new ArrayList<>()).add(Long.parseLong(part.substring(eq + 1)));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        steps.forEach((name, ms) -> {
            List<Long> sorted = ms.stream().sorted().toList();
            out.append(out.length() == 0 ? "" : " ").append(name).append('=').append(sorted.get(sorted.size() / 2));
        });
        return out.toString();
    }

    Child child(List<String> args) {
        return child(Path.of(System.getProperty("java.home"), "bin", "java"), args);
    }

    /** A child on the given java program (the start-up case of two runtimes). */
    Child child(Path java, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.add("-Duser.home=" + o.work().resolve("home"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("XDG_DATA_HOME", o.work().resolve("xdg").toString());
        pb.environment().put("XDG_CONFIG_HOME", o.work().resolve("xdg-config").toString());
        try {
            long start = System.nanoTime();
            Process p = pb.start();
            return new Child(p, new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)), start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a child that ends itself after its marker, and waits until it has ended (the next one
     * opens the same database, whose lock an ending writer still holds).
     */
    private Shown shownThenGone(List<String> command) {
        return shownThenGone(Path.of(System.getProperty("java.home"), "bin", "java"), command);
    }

    private Shown shownThenGone(Path java, List<String> command) {
        Child c = child(java, command);
        try {
            Shown shown = untilMarker(c);
            if (!c.process().waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the child did not end after its marker");
            }
            return shown;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            c.end();
        }
    }

    /** Reads the child's output until its marker line; the time from starting the process to that line. */
    static Shown untilMarker(Child c) {
        try {
            String line;
            String steps = null;
            while ((line = c.out.readLine()) != null) {
                if (line.startsWith(MARKER)) {
                    long nanos = System.nanoTime() - c.started;
                    return new Shown(nanos, steps);
                }
                if (line.startsWith(STEPS)) {
                    steps = line.substring(STEPS.length());
                }
            }
            c.process.waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("the child ended without showing its window (exit "
                    + (c.process.isAlive() ? "still running" : c.process.exitValue()) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (!c.process.isAlive()) {
                c.process.destroy();
            }
        }
    }
}
