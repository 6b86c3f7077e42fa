package jp.clustereval;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jp.clustereval.cli.Cli;
import jp.clustereval.cli.DesktopArgs;
import jp.clustereval.persistence.SqliteNativeLibrary;
import jp.clustereval.service.AppLogging;
import jp.clustereval.service.DataDirectory;
import jp.clustereval.service.FailureReport;
import jp.clustereval.service.LeftoverParts;
import jp.clustereval.service.Settings;
import jp.clustereval.service.SettingsStore;

/**
 * The jar's entry point. A plain class on purpose: a main class that extends
 * javafx.application.Application fails on the class path ("JavaFX runtime components are missing").
 * Without a command it opens the GUI; with one it runs headless. Both faces log to the rotated log
 * file of the data directory (never to the console).
 */
public final class Main {

    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) {
        // AWT only draws off screen here (chart images, fonts for PDFs and charts); JavaFX owns the
        // display. A head-ful AWT opened its own X connection beside GTK's when the chart font was
        // first read, and GDK printed "XSetErrorHandler() called with a GDK error trap pushed" on
        // every start. An explicit -Djava.awt.headless=false still wins.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        AppLogging.init();
        LOG.info(() -> AppInfo.NAME + " " + AppInfo.version() + " starting ("
                + (args.length == 0 || args[0].startsWith("-") ? "desktop or options" : "command " + args[0])
                + "), Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")
                + ", pid " + ProcessHandle.current().pid());
        // no failure is only in the log: each one also prints its line (problem and log file) on stderr
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            LOG.log(Level.SEVERE, "Uncaught in thread " + t.getName(), e);
            FailureReport.print(e);
        });
        Settings settings = null; // read once: the desktop and the command line take them from here
        try {
            settings = SettingsStore.inDataDirectory().load();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Settings not applied", e);
        }
        CdsArchive.ensureInBackground();
        // the driver would otherwise extract and compare its library on every start; done beside the
        // start (about 20 ms): a connection made before it is done lets the driver extract as usual
        Thread library = new Thread(() -> SqliteNativeLibrary.useCopyIn(DataDirectory.defaultDirectory().resolve("native")),
                "cluster-eval-sqlite-library");
        library.setDaemon(true);
        library.start();
        // part files a killed process or a full disk left in the data directory (backups, keys, ...)
        Thread leftovers = LeftoverParts.removeInDataDirectoryInBackground(DataDirectory.defaultDirectory());
        // the plain desktop start skips picocli (its model of every command costs start-up time)
        Optional<DesktopArgs> desktop = DesktopArgs.parse(args);
        int exit;
        try {
            if (desktop.isEmpty()) {
                jp.clustereval.ui.LaunchSplash.close(); // the installed launcher shows it for every start
            }
            exit = desktop.isPresent() ? desktop.get().launch(settings) : Cli.execute(args, System.out, System.err, settings);
        } catch (RuntimeException | Error e) { // the desktop could not start, memory ran out, or a defect
            LOG.log(Level.SEVERE, "Failed", e);
            FailureReport.print(e);
            exit = Cli.FAILURE;
        }
        try {
            leftovers.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int code = exit;
        LOG.info(() -> "Exit " + code);
        // exit explicitly: after the GUI closes, background executor threads must not keep the JVM alive
        System.exit(code);
    }
}
