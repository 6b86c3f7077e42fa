package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Backup;
import jp.clustereval.service.BackupService;
import jp.clustereval.service.DatabaseLock;
import jp.clustereval.service.Settings;
import jp.clustereval.service.SettingsStore;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.backup.BackupViewModel;
import jp.clustereval.ui.common.Session;
import jp.clustereval.ui.main.MainViewModel;
import jp.clustereval.ui.settings.SettingsViewModel;

/** The lock prompt's path, restore reloading the views, and the settings applied and saved. */
class DesktopSessionTest {

    @TempDir
    Path dir;

    @Test
    void aSecondWriterSeesTheHolderAndReadOnlyViewingWorks() {
        Path db = dir.resolve("locked.db");
        Session writer = Session.open(db).session();
        try {
            assertTrue(DatabaseLock.holder(db).isPresent(), "the GUI's session holds the lock");
            assertEquals(ProcessHandle.current().pid(), DatabaseLock.holder(db).orElseThrow().pid());
            UserFacingException e = assertThrows(UserFacingException.class, () -> Session.open(db));
            assertTrue(Session.isLockFailure(e), e.key());
            assertTrue(e.message(java.util.Locale.ENGLISH).contains("read-only"), e.getMessage());

            Session viewer = Session.open(db, true).session();
            try {
                assertTrue(viewer.readOnly());
                assertNull(viewer.lock());
                SheetKey key = new SheetKey(viewer.round().id(), "nobody", "KYO");
                UserFacingException refused = assertThrows(UserFacingException.class,
                        () -> viewer.services().evaluators().createLocal("X", "Y"));
                assertEquals("store.readOnly", refused.key(), "writes are refused: " + key);
            } finally {
                viewer.close();
            }
        } finally {
            writer.close();
        }
        assertFalse(DatabaseLock.holder(db).isPresent(), "released on close");
        Session.open(db).session().close(); // free again
    }

    @Test
    void readOnlySessionGradesNothing() throws Exception {
        Path db = dir.resolve("ro.db");
        try (VmFixture w = new VmFixture(db, Language.EN)) {
            w.createEvaluator("Writer");
        }
        Session ro = Session.open(db, true).session();
        VmFixture fx = new VmFixture(dir.resolve("scratch.db"), Language.EN);
        try {
            fx.app.sessionProperty().set(ro);
            fx.app.evaluatorProperty().set(ro.services().evaluators().local().orElseThrow());
            var sheet = new jp.clustereval.ui.sheet.SheetViewModel(fx.app, fx.tasks, Duration.ofMillis(50));
            sheet.show(ro.services().clusters().require("KYO"));
            fx.awaitIdle();
            assertTrue(sheet.isReadOnly());
            sheet.grade(sheet.item("1.1").orElseThrow(), "S");
            fx.awaitIdle();
            assertNull(sheet.item("1.1").orElseThrow().grade(), "grading is disabled");
        } finally {
            fx.close();
            ro.close();
        }
    }

    @Test
    void restoreReloadsEveryView() throws Exception {
        try (VmFixture fx = new VmFixture(dir.resolve("restore.db"), Language.EN)) {
            Evaluator me = fx.createEvaluator("Restorer");
            ViewModels vms = fx.viewModels(Duration.ofMillis(50));
            MainViewModel main = vms.main();
            main.start();
            fx.awaitIdle();
            main.clusters().select("KYO");
            fx.awaitIdle();
            main.sheet().grade(main.sheet().item("1.1").orElseThrow(), "S");
            fx.awaitIdle();
            BackupViewModel backups = vms.backups();
            AtomicReference<Backup> made = new AtomicReference<>();
            backups.backupNow(made::set);
            fx.awaitIdle();
            main.sheet().grade(main.sheet().item("1.1").orElseThrow(), "C");
            main.sheet().grade(main.sheet().item("1.2.1").orElseThrow(), "A");
            fx.awaitIdle();
            AtomicReference<List<BackupService.Entry>> listed = new AtomicReference<>();
            backups.list(listed::set);
            fx.awaitIdle();
            assertEquals(made.get().file(), listed.get().get(0).backup().file());
            assertEquals(1, listed.get().get(0).summary().grades());

            assertTrue(main.sheet().edits().history().canUndoProperty().get());
            backups.restore(made.get().file(), before -> { });
            fx.awaitIdle();
            assertFalse(main.sheet().edits().history().canUndoProperty().get(),
                    "the undo history was of the replaced content: cleared");
            assertEquals("S", main.sheet().item("1.1").orElseThrow().grade(), "the sheet shows the restored grade");
            assertNull(main.sheet().item("1.2.1").orElseThrow().grade());
            assertEquals(1, main.clusters().rows().stream().filter(r -> r.cluster().code().equals("KYO"))
                    .findFirst().orElseThrow().gradedProperty().get(), "the list's progress is read again");
            assertEquals("S", fx.session.services().grading()
                    .load(new SheetKey(fx.session.round().id(), me.id(), "KYO")).entry("1.1").grade());
        }
    }

    @Test
    void theSettingsReadAtStartAreTheShellsWithoutReadingTheFileAgain() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.properties"));
        store.save(Settings.defaults().withRecentDatabase(dir.resolve("recent.db")).withLanguage(Language.JA));
        AppConfig config = GuiLauncher.configure(null, null, store);
        assertEquals(store.load(), config.settings(), "the configuration carries what was read");
        java.nio.file.Files.delete(store.file()); // a second read would now give the defaults
        try (VmFixture fx = new VmFixture(dir.resolve("s.db"), Language.EN)) {
            SettingsViewModel vm = new SettingsViewModel(store, config.settings(), fx.tasks);
            assertEquals(List.of(dir.resolve("recent.db")), vm.recentDatabases());
            assertEquals(Optional.of(Language.JA), vm.settings().language());
        }
    }

    @Test
    void settingsGiveLanguageAndDatabaseAndAreSaved() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.properties"));
        Path mine = dir.resolve("mine.db");
        store.save(Settings.defaults().withLanguage(Language.JA).withDefaultDatabase(mine));
        AppConfig config = GuiLauncher.configure(null, null, store);
        assertEquals(mine, config.database());
        assertEquals(Language.JA, config.language());
        assertEquals(store.file(), config.settingsFile());
        AppConfig given = GuiLauncher.configure(dir.resolve("given.db"), Language.EN, store);
        assertEquals(dir.resolve("given.db"), given.database(), "--db wins");
        assertEquals(Language.EN, given.language(), "--lang wins");

        try (VmFixture fx = new VmFixture(dir.resolve("s.db"), Language.EN)) {
            SettingsViewModel vm = new SettingsViewModel(store, fx.tasks);
            vm.languageChosen(Language.EN);
            vm.opened(dir.resolve("a.db"));
            vm.opened(dir.resolve("b.db"));
            vm.opened(dir.resolve("a.db"));
            fx.awaitIdle();
            Settings saved = store.load();
            assertEquals(Optional.of(Language.EN), saved.language());
            assertEquals(List.of(dir.resolve("a.db"), dir.resolve("b.db")), saved.recentDatabases());
            assertEquals(saved.recentDatabases(), vm.recentDatabases());

            // the settings dialog's choice: stored, radar series applied live (backups kept: the caller hands them on)
            jp.clustereval.ui.radar.LiveRadarViewModel radar = new jp.clustereval.ui.radar.LiveRadarViewModel(fx.app, fx.tasks);
            radar.seriesProperty().bind(vm.radarSeriesProperty());
            radar.clusterProperty().set(fx.session.services().clusters().require("KYO"));
            radar.mineProperty().set(java.util.Map.of("A", 3.0));
            assertEquals(java.util.Map.of("A", 3.0), radar.modelProperty().get().cluster());
            // a complete sheet, so that KYO has a total and the cohort average covers it
            SheetKey graded = new SheetKey(fx.session.round().id(), fx.createEvaluator("Grader").id(), "KYO");
            for (String item : List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4")) {
                fx.session.services().grading().setGrade(graded, item, "S", "test");
            }
            jp.clustereval.ui.radar.RadarViewModel window = new jp.clustereval.ui.radar.RadarViewModel(fx.app, fx.tasks);
            window.seriesProperty().bind(vm.radarSeriesProperty());
            window.refresh();
            fx.awaitIdle();
            window.clusterProperty().set(fx.session.services().clusters().require("KYO"));
            assertFalse(window.selectedProperty().get().cluster().isEmpty(), "the panel average shown");
            vm.apply(null, dir.resolve("default.db"), 4, java.util.Set.of("cohort"));
            fx.awaitIdle();
            assertEquals(java.util.Map.of(), radar.modelProperty().get().cluster(), "my scores hidden");
            assertTrue(window.selectedProperty().get().cluster().isEmpty(), "the panel average hidden");
            assertFalse(window.selectedProperty().get().cohort().isEmpty(), "the cohort average shown");
            assertEquals(4, vm.backupsKept(), "what a database opened from now on keeps");
            Settings after = store.load();
            assertEquals(4, after.backupsKept());
            assertEquals(java.util.Set.of("cohort"), after.radarSeries());
            assertEquals(Optional.empty(), after.language());
            assertEquals(dir.resolve("default.db"), GuiLauncher.configure(null, null, store).database());
        }
    }

    /**
     * The "backups kept" setting reaches the open database's one store (the one its manual, daily,
     * import and restore backups go through), and nothing global: another database open in the
     * same process keeps its own number.
     */
    @Test
    void backupsKeptReachTheOpenDatabasesStoreOnly() throws Exception {
        try (VmFixture fx = new VmFixture(dir.resolve("kept.db"), Language.EN);
             VmFixture other = new VmFixture(dir.resolve("other.db"), Language.EN)) {
            BackupViewModel backups = fx.viewModels(Duration.ofMillis(50)).backups();
            backups.keep(2);
            for (int i = 0; i < 3; i++) {
                backups.backupNow(b -> { });
            }
            fx.awaitIdle();
            AtomicReference<List<BackupService.Entry>> listed = new AtomicReference<>();
            backups.list(listed::set);
            fx.awaitIdle();
            assertEquals(2, listed.get().size());
            assertEquals(2, fx.session.services().backups().kept());
            assertEquals(jp.clustereval.service.Settings.defaults().backupsKept(), other.session.services().backups().kept(),
                    "the other database's backups are not changed by this one's setting");
        }
    }
}
