package jp.clustereval.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A second JVM running a test main class of this module, whose output is read line by line. */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final List<String> lines = new ArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    public static ChildJvm start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        return new ChildJvm(pb.start());
    }

    /** Reads lines until one equals {@code line}; fails with everything read if the process ends first. */
    public void awaitLine(String line) throws IOException {
        String l;
        while ((l = out.readLine()) != null) {
            lines.add(l);
            if (l.equals(line)) {
                return;
            }
        }
        throw new AssertionError("The child process ended without printing '" + line + "':\n" + String.join("\n", lines));
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
    public Ended awaitExit() throws IOException, InterruptedException {
        String l;
        while ((l = out.readLine()) != null) {
            lines.add(l);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("The child process did not end:\n" + String.join("\n", lines));
        }
        return new Ended(process.exitValue(), String.join("\n", lines));
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

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
