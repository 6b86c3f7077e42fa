package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Language;

// a try-with-resources here holds a lock or a running program for its block, unreferenced: javac's "try" lint
@SuppressWarnings("try")
class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void noFileGivesTheDefaults() {
        Settings s = new SettingsStore(dir.resolve("settings.properties")).load();
        assertEquals(Settings.defaults(), s);
        assertEquals(10, s.backupsKept());
        assertTrue(s.language().isEmpty());
        assertEquals(DataDirectory.defaultDatabase(), s.databaseToOpen());
    }

    @Test
    void everySettingSurvivesSavingAndLoading() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("conf").resolve("settings.properties"));
        Path panel = dir.resolve("パネル 2004.db");
        Settings s = Settings.defaults().withLanguage(Language.JA).withDefaultDatabase(panel).withBackupsKept(25)
                .withRadarSeries(Set.of("mine", "cohort")).withWindow(new Settings.WindowGeometry(10.5, -20, 1280, 800, true))
                .withRecentDatabase(dir.resolve("a.db")).withRecentDatabase(panel);
        store.save(s);

        Settings loaded = store.load();
        assertEquals(s, loaded);
        assertEquals(Optional.of(Language.JA), loaded.language());
        assertEquals(List.of(panel, dir.resolve("a.db")), loaded.recentDatabases());
        assertEquals(panel, loaded.databaseToOpen());
        assertFalse(Files.exists(dir.resolve("conf").resolve("settings.properties.tmp")), "no temporary file left");
        assertTrue(Files.readString(store.file(), StandardCharsets.UTF_8).contains("パネル"), "UTF-8, readable");
    }

    @Test
    void recentDatabasesMoveToTheTopAndAreLimited() {
        Settings s = Settings.defaults();
        for (int i = 0; i < 15; i++) {
            s = s.withRecentDatabase(dir.resolve(i + ".db"));
        }
        s = s.withRecentDatabase(dir.resolve("7.db"));
        assertEquals(Settings.MAX_RECENT, s.recentDatabases().size());
        assertEquals(dir.resolve("7.db"), s.recentDatabases().get(0));
        assertEquals(dir.resolve("14.db"), s.recentDatabases().get(1));
        assertEquals(1, s.recentDatabases().stream().filter(p -> p.endsWith("7.db")).count());
        assertFalse(s.withoutRecentDatabase(dir.resolve("7.db")).recentDatabases().contains(dir.resolve("7.db")));
    }

    @Test
    void aBadValueFallsBackToItsDefaultAndKeepsTheOthers() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "language=fr\nbackups.kept=0\nwindow=1,2,abc,4,true\nradar.series=panel\n"
                + "database.recent.1=" + dir.resolve("x.db").toString().replace("\\", "\\\\") + "\n");
        Settings s = new SettingsStore(file).load();
        assertTrue(s.language().isEmpty());
        assertEquals(10, s.backupsKept());
        assertTrue(s.window().isEmpty());
        assertEquals(Set.of("panel"), s.radarSeries());
        assertEquals(List.of(dir.resolve("x.db")), s.recentDatabases());
    }

    /**
     * The folder refuses new files, so the part file cannot be written. (The part file's name is
     * unique per write since the atomic writers became one helper, so the test can no longer block
     * it by creating a folder of that name first; root, who runs these tests, ignores permissions,
     * so the folder is made immutable, which stops root too.)
     */
    @Test
    void aFailedSaveKeepsTheOldFileAndSaysSo() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("settings"));
        Path file = folder.resolve("settings.properties");
        SettingsStore store = new SettingsStore(file);
        store.save(Settings.defaults().withBackupsKept(3));
        String before = Files.readString(file);
        try (ClosedFolder closed = ClosedFolder.of(folder)) {
            UserFacingException e = assertThrows(UserFacingException.class, () -> store.save(Settings.defaults().withBackupsKept(7)));
            assertEquals("settings.cannotWrite", e.key());
            assertFalse(e.getMessage().contains("Exception"), "no Java class name: " + e.getMessage());
        }
        assertEquals(before, Files.readString(file));
        assertEquals(3, store.load().backupsKept());
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "no part file left");
        }
    }

    @Test
    void eachKindOfFileChooserRemembersItsOwnFolderAcrossStarts() throws Exception {
        Path file = dir.resolve("settings.properties");
        SettingsStore store = new SettingsStore(file);
        Path scores = Files.createDirectories(dir.resolve("採点 files"));
        Path reports = Files.createDirectories(dir.resolve("reports"));
        store.save(Settings.defaults().withLastFolder("scoreFiles", scores).withLastFolder("reports", reports)
                .withLastFolder("scoreFiles", scores));
        Settings read = new SettingsStore(file).load();
        assertEquals(java.util.Map.of("scoreFiles", scores.toAbsolutePath(), "reports", reports.toAbsolutePath()), read.lastFolders());
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("folder.reports="), "stored as folder.KIND");
        assertEquals(read, read.withLanguage(Language.JA).withLanguage(null), "another change keeps the folders");
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withLastFolder("anything", scores));
    }

    @Test
    void aFolderThatIsNotAnAbsolutePathOrOfNoKnownKindIsIgnored() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "folder.scoreFiles=relative/folder\nfolder.keys=/tmp\nfolder.csv=" + dir.toAbsolutePath()
                .toString().replace("\\", "\\\\") + "\nlanguage=en\n", StandardCharsets.UTF_8);
        Settings s = new SettingsStore(file).load();
        assertEquals(java.util.Map.of("csv", dir.toAbsolutePath()), s.lastFolders());
        assertEquals(Optional.of(Language.EN), s.language(), "the other values are kept");
    }

    @Test
    void anOutOfRangeNumberOfBackupsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withBackupsKept(0));
    }
}
