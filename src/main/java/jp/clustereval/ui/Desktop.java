package jp.clustereval.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.collections.ObservableList;
import javafx.stage.Stage;
import jp.clustereval.service.AppLogging;
import jp.clustereval.ui.backup.BackupViewModel;
import jp.clustereval.ui.backup.DailyBackups;
import jp.clustereval.ui.backup.RestoreDialog;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.DesktopActions;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.FxDialogService;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;
import jp.clustereval.ui.main.MainViewModel;
import jp.clustereval.ui.settings.SettingsDialog;
import jp.clustereval.ui.settings.SettingsViewModel;

/**
 * The desktop side of a session: opening a database with its lock (offering read-only viewing
 * when another program holds it), the daily backup, backup and restore, the settings that follow
 * the user (language, recent databases, window place) and the log folder.
 */
final class Desktop implements DesktopActions {

    private static final Logger LOG = Logger.getLogger(Desktop.class.getName());

    private final Stage stage;
    private final AppState state;
    private final FxDialogService dialogs;
    private final BackgroundTasks tasks;
    private final MainViewModel main;
    private final Consumer<String> showDocument;
    private final SettingsViewModel settings;
    private final BackupViewModel backups;
    private final DailyBackups daily;
    private final MainWindowBounds bounds;

    /** Made by {@link AppWiring}: the view models are {@link ViewModels}', the daily backup the wiring's. */
    Desktop(Stage stage, AppState state, FxDialogService dialogs, BackgroundTasks tasks, ViewModels vms,
            DailyBackups daily, Consumer<String> showDocument) {
        this.stage = stage;
        this.state = state;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.main = vms.main();
        this.showDocument = showDocument;
        this.settings = vms.settings();
        this.backups = vms.backups();
        this.daily = daily;
        this.bounds = new MainWindowBounds(stage);
        state.languageProperty().addListener((obs, o, now) -> settings.languageChosen(now));
        state.sessionProperty().addListener((obs, o, now) -> {
            daily.switchTo(now);
            if (now != null) {
                settings.opened(now.file());
            }
        });
    }

    /** Places the window where it was last, inside the screen, or over most of the screen (before it is shown). */
    void placeWindow() {
        bounds.restore(settings.window());
    }

    @Override
    public void openDatabase(Path file) {
        open(file, false, () -> { });
    }

    /**
     * Opens the file in the background and makes it current (the previous session is closed after
     * its waiting saves). When another program holds it, offers read-only viewing; onCancel runs
     * when the user declines or opening fails.
     */
    void open(Path file, boolean readOnly, Runnable onCancel) {
        Session current = state.session();
        if (current != null && sameFile(current.file(), file)) {
            return; // open already (its lock is ours), by this or another path of the same file
        }
        main.flush();
        int backupsKept = settings.backupsKept(); // the setting as it is now: a later change reaches the open store
        tasks.run(() -> (readOnly ? Optional.<EarlyOpen.OpenAttempt>empty() : EarlyOpen.take(file))
                .orElseGet(() -> EarlyOpen.OpenAttempt.of(file, readOnly, backupsKept)), attempt -> {
            if (attempt.opened() != null) {
                Session old = state.session();
                main.switchTo(attempt.opened().session(), attempt.opened().localEvaluator().orElse(null));
                if (old != null) {
                    tasks.run(() -> {
                        old.close();
                        return old;
                    }, closed -> { });
                }
            } else if (Session.isLockFailure(attempt.failure())) {
                LOG.log(Level.INFO, "Database held by another program: " + file, attempt.failure());
                Messages m = state.messages();
                dialogs.confirm(m.get("lock.title"), m.get("lock.header"), DialogService.describe(attempt.failure(), m),
                        m.get("lock.openReadOnly"), m.get("lock.cancel"), yes -> {
                            if (yes) {
                                open(file, true, onCancel);
                            } else {
                                onCancel.run();
                            }
                        });
            } else {
                dialogs.showError(attempt.failure(), onCancel);
            }
        });
    }

    private static boolean sameFile(Path open, Path chosen) {
        try {
            return open.equals(chosen.toAbsolutePath().normalize()) || java.nio.file.Files.isSameFile(open, chosen);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Override
    public ObservableList<Path> recentDatabases() {
        return settings.recentDatabases();
    }

    @Override
    public void backupNow() {
        backups.backupNow(b -> dialogs.notifyDone(state.messages().get("backup.madeTitle"),
                state.messages().format("backup.done", b.file())));
    }

    @Override
    public void restoreBackup() {
        backups.list(entries -> dialogs.show(RestoreDialog.create(state.messages(), entries), chosen ->
                chosen.ifPresent(file -> backups.restore(file, before -> dialogs.notifyDone(
                        state.messages().get("backup.title"),
                        state.messages().format("backup.restored", file.getFileName(), before.file().getFileName()))))));
    }

    @Override
    public void showSettings() {
        dialogs.show(SettingsDialog.create(state.messages(), dialogs, settings.settings()),
                chosen -> chosen.ifPresent(this::applySettings));
    }

    /** The settings confirmed: stored, the backups kept handed to the open database, the language switched. */
    void applySettings(SettingsDialog.Choice c) {
        settings.apply(c.language(), c.defaultDatabase(), c.backupsKept(), c.radarSeries());
        backups.keep(c.backupsKept());
        if (c.language() != null && c.language() != state.language()) {
            state.languageProperty().set(c.language());
        }
    }

    @Override
    public void openLogFolder() {
        Path folder = AppLogging.folder();
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot create the log folder " + folder, e);
        }
        showDocument.accept(folder.toUri().toString());
    }

    BackupViewModel backups() {
        return backups;
    }

    SettingsViewModel settings() {
        return settings;
    }

    /** Remembers the window's place and stops the daily backup (before the worker stops). */
    void close() {
        bounds.toSave().ifPresent(settings::windowChanged);
        daily.close();
    }
}
