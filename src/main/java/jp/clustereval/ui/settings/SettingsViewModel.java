package jp.clustereval.ui.settings;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Settings;
import jp.clustereval.service.Settings.WindowGeometry;
import jp.clustereval.service.SettingsStore;
import jp.clustereval.ui.common.BackgroundTasks;

/**
 * The user's settings as the GUI applies them: the language chosen last, the recent databases,
 * the main window's place, the folder each kind of file chooser was last left in. Read once at start; every change is written at once (atomically, on
 * the worker). Without a store (tests) the settings live in memory only.
 */
public final class SettingsViewModel implements jp.clustereval.ui.common.FolderMemory {

    private final SettingsStore store;
    private final BackgroundTasks tasks;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObjectProperty<Set<String>> radarSeries = new SimpleObjectProperty<>(this, "radarSeries");
    private Settings settings;

    /** @param storeOrNull where the settings are kept (read now); null: in memory only */
    public SettingsViewModel(SettingsStore storeOrNull, BackgroundTasks tasks) {
        this(storeOrNull, null, tasks);
    }

    /**
     * @param storeOrNull where the settings are kept; null: in memory only
     * @param readOrNull the store's settings as read at start; null: read them now
     */
    public SettingsViewModel(SettingsStore storeOrNull, Settings readOrNull, BackgroundTasks tasks) {
        this.store = storeOrNull;
        this.tasks = tasks;
        this.settings = readOrNull != null ? readOrNull : store == null ? Settings.defaults() : store.load();
        recent.setAll(settings.recentDatabases());
        radarSeries.set(settings.radarSeries());
    }

    public Settings settings() {
        return settings;
    }

    /** The language was switched: used at the next start when --lang is not given. */
    public void languageChosen(Language language) {
        change(s -> s.withLanguage(language));
    }

    /** A database was opened: first in File &gt; Open recent. */
    public void opened(Path database) {
        change(s -> s.withRecentDatabase(database));
    }

    /** A recent database could not be opened any more: dropped from the list. */
    public void forget(Path database) {
        change(s -> s.withoutRecentDatabase(database));
    }

    public Optional<WindowGeometry> window() {
        return settings.window();
    }

    public void windowChanged(WindowGeometry geometry) {
        change(s -> s.withWindow(geometry));
    }

    @Override
    public Optional<Path> lastFolder(String kind) {
        return Optional.ofNullable(settings.lastFolders().get(kind));
    }

    @Override
    public void chosenIn(String kind, Path folder) {
        change(s -> s.withLastFolder(kind, folder));
    }

    /**
     * The settings dialog was confirmed: stored, and the radar series shown applied at once.
     * Language, default database and backups kept take effect through the caller (which hands the
     * backups kept to the open database's backups) and at start.
     */
    public void apply(Language languageOrNull, Path defaultDatabaseOrNull, int backupsKept, Set<String> series) {
        change(s -> s.withLanguage(languageOrNull).withDefaultDatabase(defaultDatabaseOrNull)
                .withBackupsKept(backupsKept).withRadarSeries(series));
    }

    /** How many backups each database keeps (a database is opened with it). */
    public int backupsKept() {
        return settings.backupsKept();
    }

    /** The radar series to show ("mine", "panel", "cohort"). */
    public ObjectProperty<Set<String>> radarSeriesProperty() {
        return radarSeries;
    }

    /** Most recently opened first. */
    public ObservableList<Path> recentDatabases() {
        return recent;
    }

    private void change(UnaryOperator<Settings> edit) {
        Settings next = edit.apply(settings);
        if (next.equals(settings)) {
            return;
        }
        settings = next;
        recent.setAll(next.recentDatabases());
        radarSeries.set(next.radarSeries());
        if (store != null) {
            tasks.run(() -> {
                store.save(next);
                return next;
            }, saved -> { });
        }
    }
}
