package jp.clustereval.ui.common;

import java.nio.file.Path;

import javafx.collections.ObservableList;

/** What the main window's File and Help menus ask of the desktop shell beyond windows. */
public interface DesktopActions {

    /** The recent databases, most recent first (File &gt; Open recent). */
    ObservableList<Path> recentDatabases();

    /** Opens a database (asking about read-only viewing if another program holds it). */
    void openDatabase(Path file);

    void backupNow();

    /** File &gt; Restore backup...: lists the backups, restores the chosen one and reloads every view. */
    void restoreBackup();

    /** File &gt; Settings...: shows the settings and applies what is confirmed. */
    void showSettings();

    /** Help &gt; Open log folder. */
    void openLogFolder();
}
