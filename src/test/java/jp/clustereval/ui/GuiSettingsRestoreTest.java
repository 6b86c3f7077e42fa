package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Services;
import jp.clustereval.service.Settings;
import jp.clustereval.service.SettingsStore;
import jp.clustereval.service.SheetData;
import jp.clustereval.service.SheetKey;

/**
 * File &gt; Settings... and File &gt; Restore backup... in the real application, headless, driven by
 * mouse and keyboard. Both go through the one dialog service and do not block: the menu action
 * returns while its dialog is open (before, each waited in {@code showAndWait}, so the menu action
 * and, for the restore, the worker's delivery of the list stayed unfinished until the dialog closed).
 */
class GuiSettingsRestoreTest extends GuiTestBase {

    private ClusterEvalApp start(Path db, Path settings) throws Exception {
        FxToolkit.registerPrimaryStage();
        return (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(
                new AppConfig(db, Language.EN, Duration.ofMillis(200), settings)));
    }

    private static Path databaseWithEvaluator(Path db) {
        try (Services s = Services.open(db, false)) {
            s.evaluators().createLocal("Back Up", "University B");
        }
        return db;
    }

    /** Runs the File menu's item on the FX thread and answers once its action has returned. */
    private boolean fileMenu(String id) throws Exception {
        return fx(() -> {
            MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
            Menu file = bar.getMenus().get(0);
            MenuItem item = file.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
            item.fire();
            return true;
        });
    }

    private List<Path> backupsOf(Path db) throws Exception {
        String stem = db.getFileName().toString().replace(".db", "-");
        Path folder = db.resolveSibling("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(stem)).sorted().toList();
        }
    }

    /** File &gt; Back up now, until its backup is there (it says so in a notification that closes by itself). */
    private void backUpNow(Path db) throws Exception {
        Set<Path> before = Set.copyOf(backupsOf(db));
        assertTrue(fileMenu("menuBackupNow"));
        waitUntil(() -> !before.containsAll(backupsOf(db)) && !app.shell().tasks().isBusy());
    }

    private List<String> notificationTexts() throws Exception {
        return fx(() -> robot.lookup("." + jp.clustereval.ui.common.FxDialogService.DONE_STYLE + " .label").queryAll()
                .stream().map(n -> ((javafx.scene.control.Label) n).getText()).filter(t -> t != null && !t.isBlank()).toList());
    }

    @Test
    void settingsAreChosenWithoutBlockingAndTheBackupsKeptReachTheOpenDatabase() throws Exception {
        Path db = databaseWithEvaluator(dir.resolve("settings.db"));
        Path settingsFile = dir.resolve("settings.properties");
        app = start(db, settingsFile);
        waitUntil(() -> present("#clusterTable"));

        assertTrue(fileMenu("menuSettings"), "the menu action returns while the dialog is open");
        waitUntil(() -> present("#settingsDialog"));
        assertTrue(fx(() -> ((javafx.stage.Stage) robot.lookup("#settingsDialog").query().getScene().getWindow()).getOwner()
                == robot.lookup("#mainRoot").query().getScene().getWindow()), "owned by the main window");
        robot.clickOn("#settingsRadar-panel"); // the panel average off
        assertFalse(fx(() -> robot.lookup("#settingsRadar-panel").queryAs(CheckBox.class).isSelected()));
        robot.clickOn("#settingsBackupsKept");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("2");
        robot.type(KeyCode.ENTER); // the value, and the dialog's default button: Save
        waitUntil(() -> !present("#settingsDialog"));
        waitForSaves();

        Settings saved = new SettingsStore(settingsFile).load();
        assertEquals(2, saved.backupsKept());
        assertEquals(Set.of("mine", "cohort"), saved.radarSeries());
        assertEquals(Set.of("mine", "cohort"), fx(() -> app.shell().main().liveRadar().seriesProperty().get()));
        assertEquals(2, app.shell().state().session().services().backups().kept(), "the open database's one store");
        for (int i = 0; i < 3; i++) {
            backUpNow(db);
        }
        assertEquals(2, backupsOf(db).size(), "the third backup removed the oldest: " + backupsOf(db));

        // cancelled: nothing changes
        assertTrue(fileMenu("menuSettings"));
        waitUntil(() -> present("#settingsDialog"));
        robot.clickOn("#settingsBackupsKept");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("7");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !present("#settingsDialog"));
        waitForSaves();
        assertEquals(2, new SettingsStore(settingsFile).load().backupsKept());
        assertEquals(2, app.shell().state().session().services().backups().kept());
    }

    @Test
    void aBackupIsRestoredFromTheListWithoutBlocking() throws Exception {
        Path db = databaseWithEvaluator(dir.resolve("restore.db"));
        app = start(db, null);
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
        robot.clickOn(clusterRow("SEN"));
        waitUntil(() -> present("#item-1_1-name"));
        robot.clickOn("#item-1_1-name");
        robot.type(KeyCode.S);
        waitForSaves();
        backUpNow(db);
        robot.clickOn("#item-1_1-name");
        robot.type(KeyCode.C);
        waitForSaves();
        assertEquals("C", stored(db).entry("1.1").grade());

        assertTrue(fileMenu("menuRestoreBackup"), "the menu action returns while the list is shown");
        waitUntil(() -> present("#restoreDialog") && robot.lookup("#backupTable").queryAs(TableView.class).getItems().size() == 1);
        waitUntil(() -> !app.shell().tasks().isBusy()); // the list's delivery has finished: the worker is free
        Button restore = fx(() -> robot.lookup("#restoreDialog .button").match(b -> "Restore".equals(((Button) b).getText()))
                .queryButton());
        assertTrue(fx(restore::isDisabled), "nothing chosen yet");
        Node row = robot.lookup("#backupTable .table-row-cell").nth(0).query();
        robot.clickOn(row);
        assertFalse(fx(restore::isDisabled));
        robot.clickOn(restore);
        waitUntil(() -> !present("#restoreDialog")
                && notificationTexts().stream().anyMatch(t -> t.startsWith("Restored the backup of ")));
        assertEquals("S", stored(db).entry("1.1").grade(), "the backed-up grade is back");
        waitUntil(() -> "S".equals(app.shell().main().sheet().item("1.1").orElseThrow().grade()));

        // cancelled: nothing is restored
        robot.clickOn("#item-1_1-name");
        robot.type(KeyCode.B);
        waitForSaves();
        long restores = backupsOf(db).stream().filter(f -> f.toString().endsWith("-restore.db")).count();
        assertTrue(fileMenu("menuRestoreBackup"));
        waitUntil(() -> present("#restoreDialog"));
        robot.clickOn(robot.lookup("#backupTable .table-row-cell").nth(0).<javafx.scene.Node>query());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !present("#restoreDialog"));
        waitForSaves();
        assertEquals("B", stored(db).entry("1.1").grade());
        assertEquals(restores, backupsOf(db).stream().filter(f -> f.toString().endsWith("-restore.db")).count(),
                "no restore, so no backup before one");
    }

    /** What is stored, read as another program reads it while the desktop has the file: from a copy. */
    private SheetData stored(Path db) {
        try (Services s = Services.openToRead(db, dir.resolve("keys"))) {
            String me = s.evaluators().local().orElseThrow().id();
            return s.grading().load(new SheetKey(s.rounds().current().id(), me, "SEN"));
        }
    }
}
