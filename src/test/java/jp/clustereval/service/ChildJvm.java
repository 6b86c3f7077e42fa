package jp.clustereval.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A second JVM running a test main class of this module, whose output is read line by line. */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final Path stderrFile;
    private final List<String> lines = new ArrayList<>();

    private ChildJvm(Process process, Path stderrFile) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.stderrFile = stderrFile;
    }

    public static ChildJvm start(Class<?> main, String... args) throws IOException {
        return of(main).args(args).start();
    }

    /** A child to be configured: JVM options, environment, a command that wraps the JVM, stderr apart. */
    public static Builder of(Class<?> main) {
        return new Builder(main);
    }

    /** How the child is started. */
    public static final class Builder {

        private final Class<?> main;
        private final List<String> wrapper = new ArrayList<>();
        private final List<String> jvmOptions = new ArrayList<>();
        private final List<String> args = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private final List<String> unset = new ArrayList<>();
        private Path stderrFile;
        private final List<String> classPathFirst = new ArrayList<>();

        private Builder(Class<?> main) {
            this.main = main;
        }

        /** A command the java command line is appended to (e.g. {@code unshare ... sh -c '...; exec "$@"' sh}). */
        public Builder wrappedIn(String... command) {
            wrapper.addAll(List.of(command));
            return this;
        }

        public Builder jvmOptions(String... options) {
            jvmOptions.addAll(List.of(options));
            return this;
        }

        public Builder args(String... values) {
            args.addAll(List.of(values));
            return this;
        }

        public Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        public Builder withoutEnv(String name) {
            unset.add(name);
            return this;
        }

        /** A folder or jar searched before the test's class path (its resources shadow the application's). */
        public Builder classPathFirst(Path entry) {
            classPathFirst.add(entry.toString());
            return this;
        }

        /** Stderr into this file instead of mixed into the lines read ({@link #stderr()}). */
        public Builder stderrTo(Path file) {
            stderrFile = file;
            return this;
        }

        public ChildJvm start() throws IOException {
            List<String> command = new ArrayList<>(wrapper);
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1"));
            command.addAll(jvmOptions);
            List<String> classPath = new ArrayList<>(classPathFirst);
            classPath.add(System.getProperty("java.class.path"));
            command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classPath), main.getName()));
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command);
            unset.forEach(pb.environment()::remove);
            pb.environment().putAll(env);
            if (stderrFile != null) {
                pb.redirectError(stderrFile.toFile());
            } else {
                pb.redirectErrorStream(true);
            }
            return new ChildJvm(pb.start(), stderrFile);
        }
    }

    /** With JVM options of its own (e.g. {@code -Xmx128m}). */
    public static ChildJvm start(List<String> jvmOptions, Class<?> main, String... args) throws IOException {
        return of(main).jvmOptions(jvmOptions.toArray(String[]::new)).args(args).start();
    }

    /** Reads lines until one equals {@code line}; fails with everything read if the process ends first. */
    public void awaitLine(String line) throws IOException {
        awaitLineStartingWith(line, true);
    }

    /** Reads lines until one starts with {@code prefix} and returns it; fails if the process ends first. */
    public String awaitLineStartingWith(String prefix) throws IOException {
        return awaitLineStartingWith(prefix, false);
    }

    private String awaitLineStartingWith(String text, boolean whole) throws IOException {
        // a child that hangs must not hang the build: after the wait it is killed and the test fails
        java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(LINE_WAIT.toMillis());
                timedOut.set(true);
                process.destroyForcibly();
            } catch (InterruptedException done) {
                // the line came
            }
        }, "child-jvm-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            String l;
            while ((l = out.readLine()) != null) {
                lines.add(l);
                if (whole ? l.equals(text) : l.startsWith(text)) {
                    return l;
                }
            }
        } finally {
            watchdog.interrupt();
        }
        throw new AssertionError("The child process " + (timedOut.get() ? "was killed after waiting " + LINE_WAIT.toSeconds()
                + " s" : "ended") + " without printing '" + text + "':\n" + String.join("\n", lines)
                + (stderrFile == null ? "" : "\n--- stderr\n" + stderr()));
    }

    /** How long a line is waited for before the child is killed and the test fails. */
    private static final java.time.Duration LINE_WAIT = java.time.Duration.ofMinutes(3);

    /** Waits for the process to end (reading the rest of its output) and returns its exit code. */
    public int awaitExit() throws IOException, InterruptedException {
        String l;
        while ((l = out.readLine()) != null) {
            lines.add(l);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("The child process did not end:\n" + String.join("\n", lines));
        }
        return process.exitValue();
    }

    /** Every line read so far (stdout, with stderr unless it goes to a file). */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** What the child wrote on stderr (when started with {@link Builder#stderrTo}). */
    public String stderr() {
        try {
            return stderrFile == null ? "" : Files.readString(stderrFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    public long pid() {
        return process.pid();
    }

    /** Sends one line to the process's standard input. */
    public void send(String line) throws IOException {
        process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    /** Waits for the process to end (at most a minute); its exit code and every line it printed. */
    public Ended awaitEnd() throws IOException, InterruptedException {
        int exit = awaitExit();
        return new Ended(exit, String.join("\n", lines));
    }

    /** How a child process ended: exit code and output (stdout and stderr together). */
    public record Ended(int exit, String output) {
    }

    /** Kills the process the hard way (SIGKILL on Unix: no shutdown hooks, no finally blocks, no close). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("The child process did not die");
        }
    }

    /** Asks the process to end (SIGTERM on Unix: shutdown hooks run) and waits for it. */
    public void terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("The child process did not end on SIGTERM");
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) { // the test is being stopped: the process is killed anyway
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
