package jp.clustereval.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jp.clustereval.common.SafeText;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.service.FailureReport;
import jp.clustereval.service.Settings;
import picocli.CommandLine;

/**
 * Runs the command line. Exit codes: 0 success, 2 usage error (picocli's), 1 any other failure,
 * with one line on stderr that names the problem and the log file ({@link FailureReport}).
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    /** Runs the command with the user's settings read from the data directory when a command needs them. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(args, out, err, null);
    }

    /**
     * Runs the command.
     *
     * @param settingsOrNull the user's settings as already read (null: read from the data directory
     *                       when a command needs them): how many backups a database keeps
     */
    public static int execute(String[] args, PrintStream out, PrintStream err, Settings settingsOrNull) {
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cl = new CommandLine(new RootCommand(settingsOrNull));
        cl.setOut(outWriter);
        cl.setErr(errWriter);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, commandLine.getErr(),
                String.join(" ", parseResult.originalArgs())));
        int exit;
        try {
            exit = cl.execute(args);
        } catch (RuntimeException | Error e) { // an Error (out of memory) passes picocli's handler by
            exit = failed(e, errWriter, String.join(" ", args));
        }
        outWriter.flush();
        errWriter.flush();
        return exit;
    }

    /** Logs the failure and prints its one line (problem and log file) on stderr. */
    private static int failed(Throwable e, PrintWriter err, String command) {
        java.util.logging.Logger.getLogger(Cli.class.getName()).log(
                e instanceof UserFacingException ? java.util.logging.Level.INFO : java.util.logging.Level.SEVERE,
                "Command failed: " + command, e);
        err.println(FailureReport.line(e));
        if (Boolean.getBoolean("clustereval.debug")) {
            e.printStackTrace(err);
        }
        err.flush();
        return FAILURE;
    }
}
