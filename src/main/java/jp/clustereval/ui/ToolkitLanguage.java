package jp.clustereval.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jp.clustereval.domain.Language;

/**
 * GTK's own dialogs (the file chooser's buttons, places and columns) speak the language gettext
 * finds in the process's environment when the toolkit starts; JavaFX has no say in it, and Java
 * cannot change its own environment. So a desktop start whose environment speaks another language
 * than the one ClusterEval shows starts itself once more with the environment set (LANGUAGE, and a
 * messages locale that is not "C", which makes gettext ignore LANGUAGE), and waits for it. Only on
 * Linux: the choosers of Windows and macOS follow the system's language, whatever the process says.
 */
final class ToolkitLanguage {

    /** Longer than any command line the kernel passes (ARG_MAX is 2 MiB on Linux). */
    private static final int MAX_COMMAND_LINE = 4 * 1024 * 1024;

    /** Set in the restarted process, so that it never restarts again. */
    static final String RESTARTED = "CLUSTEREVAL_TOOLKIT_LANGUAGE";

    private static final Logger LOG = Logger.getLogger(ToolkitLanguage.class.getName());

    private ToolkitLanguage() {
    }

    /**
     * The environment entries that make GTK speak {@code language}, or empty when it already does
     * (or when this is not a GTK desktop, or the process was restarted for it already).
     */
    static Optional<Map<String, String>> changes(Language language, Map<String, String> env, String osName) {
        if (!osName.toLowerCase(java.util.Locale.ROOT).contains("linux") || env.containsKey(RESTARTED)) {
            return Optional.empty();
        }
        String locale = messagesLocale(env);
        boolean plainC = locale.isEmpty() || locale.equals("C") || locale.equals("POSIX");
        // C.UTF-8 and its kin speak GTK's own words, English, unless LANGUAGE names another
        boolean english = plainC || locale.startsWith("C.");
        String spoken = plainC ? "en" : first(env.getOrDefault("LANGUAGE", "")).orElse(english ? "en" : locale);
        if (spoken.startsWith(language.tag())) {
            return Optional.empty();
        }
        Map<String, String> changes = new HashMap<>();
        changes.put("LANGUAGE", language.tag());
        if (plainC) {
            // gettext reads LANGUAGE only under a locale other than C; C.UTF-8 keeps every format as C
            changes.put(env.containsKey("LC_ALL") && !env.get("LC_ALL").isEmpty() ? "LC_ALL" : "LC_MESSAGES", "C.UTF-8");
        }
        changes.put(RESTARTED, language.tag());
        return Optional.of(changes);
    }

    /** The locale gettext takes messages from: LC_ALL, else LC_MESSAGES, else LANG. */
    private static String messagesLocale(Map<String, String> env) {
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = env.getOrDefault(name, "");
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    private static Optional<String> first(String languageList) {
        return languageList.isEmpty() ? Optional.empty() : Optional.of(languageList.split(":")[0]);
    }

    /**
     * Runs this program again (same command, same arguments) with the environment changed, its
     * standard streams this process's, and returns its exit code; empty when this process cannot
     * tell its own command line (then the start goes on as it is, the chooser in the system's words).
     */
    static Optional<Integer> restartWith(Map<String, String> changes) {
        Optional<List<String>> command = ownCommandLine();
        if (command.isEmpty()) {
            LOG.warning("The file chooser keeps the system's language: this process cannot tell its command line");
            return Optional.empty();
        }
        ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
        builder.environment().putAll(changes);
        LOG.info(() -> "Starting again for the toolkit's language: " + changes);
        // the restarted process writes the log: a second writer would be given a file of its own
        // (cluster-eval0.log.1), and the stderr line names cluster-eval0.log
        jp.clustereval.service.AppLogging.shutdown();
        try {
            Process child = builder.start();
            // ended by a signal (a terminal's Ctrl+C reaches both; a plain kill only this one): so is the desktop
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "cluster-eval-restarted-desktop"));
            return Optional.of(waitFor(child));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The file chooser keeps the system's language: could not start again", e);
            return Optional.empty();
        }
    }

    /**
     * This process's command line as the kernel keeps it (ProcessHandle.Info gives no arguments once
     * the command line is long, as with a long class path); the program is the running JVM's or the
     * installed launcher's own file, as started.
     */
    private static Optional<List<String>> ownCommandLine() {
        // procfs reports size 0 for cmdline: the read itself is bounded
        try (java.io.InputStream in = Files.newInputStream(Path.of("/proc/self/cmdline"))) {
            byte[] bytes = in.readNBytes(MAX_COMMAND_LINE + 1);
            if (bytes.length == 0 || bytes.length > MAX_COMMAND_LINE) {
                return Optional.empty();
            }
            String text = new String(bytes, java.nio.charset.Charset.defaultCharset());
            List<String> parts = List.of((text.endsWith("\0") ? text.substring(0, text.length() - 1) : text).split("\0", -1));
            Optional<String> program = ProcessHandle.current().info().command();
            List<String> command = new ArrayList<>(parts);
            program.ifPresent(p -> command.set(0, p)); // the absolute path, whatever PATH said at the start
            return Optional.of(command);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int waitFor(Process child) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return child.waitFor();
                } catch (InterruptedException e) {
                    interrupted = true; // the desktop runs in the child: this process only passes its exit code on
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
