package jp.clustereval.ui.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import jp.clustereval.service.Backup;
import jp.clustereval.service.BackupService;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Session;

/**
 * Backups of the open database from the GUI: back up now, list them with what they hold, and
 * restore one in the background, after which every view is read again.
 */
public final class BackupViewModel {

    private final AppState app;
    private final BackgroundTasks tasks;
    private final Runnable reload;

    /** @param reload reads every view again (after a restore changed what is stored) */
    public BackupViewModel(AppState app, BackgroundTasks tasks, Runnable reload) {
        this.app = app;
        this.tasks = tasks;
        this.reload = reload;
    }

    public void backupNow(Consumer<Backup> done) {
        Session s = app.session();
        if (s != null) {
            tasks.run(() -> s.services().backups().backupNow(), done);
        }
    }

    /** The backups, newest first (read on the worker). */
    public void list(Consumer<List<BackupService.Entry>> result) {
        Session s = app.session();
        if (s != null) {
            tasks.run(() -> s.services().backups().list(), result);
        }
    }

    /**
     * The "backups kept" setting changed: the open database's backups keep the newest {@code n}
     * from its next backup on (a database opened later is opened with the setting).
     */
    public void keep(int n) {
        Session s = app.session();
        if (s != null && !s.readOnly()) {
            s.services().backups().keep(n);
        }
    }

    /** Restores the backup (the current state is backed up first), then reloads every view. */
    public void restore(Path backup, Consumer<Backup> done) {
        Session s = app.session();
        if (s == null) {
            return;
        }
        tasks.run(() -> s.services().backups().restore(backup), before -> {
            reload.run();
            done.accept(before);
        });
    }
}
