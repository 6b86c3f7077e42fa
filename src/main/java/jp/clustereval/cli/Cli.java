package jp.clustereval.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jp.clustereval.common.SafeText;
import jp.clustereval.common.UserFacingException;
import picocli.CommandLine;

/**
 * Runs the command line. Exit codes: 0 success, 2 usage error (picocli's), 1 any other failure,
 * with a message on stderr that names the problem.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(outWriter);
        cl.setErr(errWriter);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            java.util.logging.Logger.getLogger(Cli.class.getName()).log(
                    e instanceof UserFacingException ? java.util.logging.Level.INFO : java.util.logging.Level.SEVERE,
                    "Command failed: " + String.join(" ", parseResult.originalArgs()), e);
            commandLine.getErr().println("error: " + SafeText.line(describe(e)));
            if (Boolean.getBoolean("clustereval.debug")) {
                e.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return FAILURE;
        });
        int exit = cl.execute(args);
        outWriter.flush();
        errWriter.flush();
        return exit;
    }

    private static String describe(Exception e) {
        if (e instanceof UserFacingException u) {
            return u.message(Locale.ROOT);
        }
        if (e instanceof java.io.UncheckedIOException u) {
            return u.getCause().toString();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
