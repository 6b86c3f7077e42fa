package jp.clustereval.ui.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import jp.clustereval.persistence.BackupStore.Backup;
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
            tasks.run(() -> new BackupService(s.services().database()).backupNow(), done);
        }
    }

    /** The backups, newest first (read on the worker). */
    public void list(Consumer<List<BackupService.Entry>> result) {
        Session s = app.session();
        if (s != null) {
            tasks.run(() -> new BackupService(s.services().database()).list(), result);
        }
    }

    /** Restores the backup (the current state is backed up first), then reloads every view. */
    public void restore(Path backup, Consumer<Backup> done) {
        Session s = app.session();
        if (s == null) {
            return;
        }
        tasks.run(() -> new BackupService(s.services().database()).restore(backup), before -> {
            reload.run();
            done.accept(before);
        });
    }
}
