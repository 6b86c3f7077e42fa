package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Language;
import jp.clustereval.service.DatabaseLock;
import jp.clustereval.service.Services;
import jp.clustereval.service.Settings;
import jp.clustereval.service.SettingsStore;
import jp.clustereval.service.SheetData;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.common.Session;

/**
 * The desktop polish in the real application, headless: Ctrl+Z / Ctrl+Y on a grade and a comment,
 * the lock held for the session, settings saved at exit, and the read-only prompt of a second
 * instance.
 */
// a try-with-resources here holds a lock or a running program for its block, unreferenced: javac's "try" lint
@SuppressWarnings("try")
class GuiDesktopTest extends GuiTestBase {

    private ClusterEvalApp start(Path db, Path settings) throws Exception {
        FxToolkit.registerPrimaryStage();
        return (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(
                new AppConfig(db, Language.EN, Duration.ofMillis(200), settings)));
    }

    private static Path databaseWithEvaluator(Path db) {
        try (Services s = Services.open(db, false)) {
            s.evaluators().createLocal("Desk Top", "University D");
        }
        return db;
    }

    private void openSendai() throws Exception {
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
        robot.clickOn(clusterRow("SEN"));
        waitUntil(() -> app.shell().main().sheet().clusterProperty().get() != null && present("#item-1_1"));
    }

    /** What is stored, read as another program reads it while the desktop has the file: from a copy. */
    private SheetData stored(Path db) {
        try (Services s = Services.openToRead(db, dir.resolve("keys"))) {
            String me = s.evaluators().local().orElseThrow().id();
            return s.grading().load(new SheetKey(s.rounds().current().id(), me, "SEN"));
        }
    }

    private void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    @Test
    void undoRedoByKeyboardLockHeldAndSettingsSaved() throws Exception {
        Path db = databaseWithEvaluator(dir.resolve("desk.db"));
        Path settingsFile = dir.resolve("settings.properties");
        app = start(db, settingsFile);
        openSendai();

        // the session holds the lock: a second writer is told who has it
        assertEquals(ProcessHandle.current().pid(), DatabaseLock.holder(db).orElseThrow().pid());
        UserFacingException held = assertThrows(UserFacingException.class, () -> Session.open(db));
        assertTrue(Session.isLockFailure(held));

        // every control the keyboard reaches has a name for screen readers
        assertEquals(List.of(), fx(() -> AccessibilityAudit.unlabelled((javafx.scene.Parent) robot.lookup("#mainRoot").query())));

        robot.clickOn("#item-1_1-name");
        robot.type(KeyCode.S);
        waitForSaves();
        assertEquals("S", stored(db).entry("1.1").grade());
        shortcut(KeyCode.Z);
        waitForSaves();
        assertNull(app.shell().main().sheet().item("1.1").orElseThrow().grade(), "Ctrl+Z takes the grade back");
        assertNull(stored(db).entry("1.1").grade());
        shortcut(KeyCode.Y);
        waitForSaves();
        assertEquals("S", stored(db).entry("1.1").grade(), "Ctrl+Y applies it again");

        robot.clickOn("#item-1_1-name");
        robot.type(KeyCode.TAB);
        waitUntil(() -> robot.lookup("#item-1_1-comment").query().isFocused());
        robot.write("Fine plan");
        robot.clickOn("#item-1_1-name"); // focus leaves the comment: saved
        waitForSaves();
        assertEquals("Fine plan", stored(db).entry("1.1").comment());
        shortcut(KeyCode.Z);
        waitForSaves();
        assertEquals("", fx(() -> robot.lookup("#item-1_1-comment").queryAs(TextArea.class).getText()));
        assertEquals("", stored(db).entry("1.1").comment());
        shortcut(KeyCode.Y);
        waitForSaves();
        assertEquals("Fine plan", stored(db).entry("1.1").comment());
        assertEquals("S", stored(db).entry("1.1").grade(), "the comment's undo left the grade alone");

        FxToolkit.cleanupApplication(app);
        app = null;
        Settings saved = new SettingsStore(settingsFile).load();
        assertEquals(db.toAbsolutePath().normalize(), saved.recentDatabases().get(0));
        assertTrue(saved.window().isPresent(), "the window's place is remembered");
        assertTrue(saved.window().get().width() > 100);
        assertTrue(DatabaseLock.holder(db).isEmpty(), "the lock is released at exit");

        // the next start puts the window where it was and lists the database as recent
        app = start(db, settingsFile);
        waitUntil(() -> present("#clusterTable"));
        Settings.WindowGeometry g = saved.window().get();
        javafx.stage.Window window = robot.lookup("#mainRoot").query().getScene().getWindow();
        assertEquals(g.width(), fx(window::getWidth), 1.0);
        assertEquals(g.height(), fx(window::getHeight), 1.0);
        assertTrue(fx(() -> ((javafx.scene.control.MenuBar) robot.lookup("#menuBar").query()).getMenus().get(0)
                .getItems().stream().filter(i -> "menuOpenRecent".equals(i.getId())).findFirst()
                .map(i -> ((javafx.scene.control.Menu) i).getItems().get(0).getText().contains("desk.db")).orElse(false)));
    }

    @Test
    void theListFitsItsClustersAndAHoveredNameShowsWhole() throws Exception {
        Path db = databaseWithEvaluator(dir.resolve("list.db"));
        // what the window holds at the moment it is first shown: the list, read before the first frame
        // (the database opened during toolkit start-up, as GuiLauncher does, so no loading page comes first)
        EarlyOpen.start(db, jp.clustereval.service.Settings.defaults().backupsKept());
        javafx.stage.Stage stage = FxToolkit.registerPrimaryStage();
        List<Integer> rowsWhenShown = new java.util.concurrent.CopyOnWriteArrayList<>();
        javafx.beans.value.ChangeListener<Boolean> onShow = (obs, was, now) -> {
            if (now && stage.getScene() != null
                    && stage.getScene().lookup("#clusterTable") instanceof javafx.scene.control.TableView<?> t) {
                rowsWhenShown.add(t.getItems().size());
            }
        };
        FxToolkit.setupFixture(() -> stage.showingProperty().addListener(onShow));
        try {
            app = start(db, null);
            waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
        } finally {
            FxToolkit.setupFixture(() -> stage.showingProperty().removeListener(onShow));
            EarlyOpen.reset(); // closes the early session if the shell never took it
        }
        assertEquals(List.of(18), rowsWhenShown, "the main window's first frame is the filled list");
        javafx.scene.control.TableView<?> table = robot.lookup("#clusterTable").queryTableView();
        assertEquals(18, fx(() -> table.lookupAll(".table-row-cell").stream()
                .filter(r -> ((javafx.scene.control.TableRow<?>) r).getItem() != null).count()).intValue());
        assertEquals(0, fx(() -> table.lookupAll(".table-row-cell").stream()
                .filter(r -> r.isVisible() && ((javafx.scene.control.TableRow<?>) r).isEmpty()).count()).intValue(),
                "no empty rows below the 18 clusters");

        javafx.scene.control.TableCell<?, ?> name = fx(() -> clusterRow("SEN").lookupAll(".table-cell")
                .stream().map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> "nameColumn".equals(c.getTableColumn().getId())).findFirst().orElseThrow());
        String full = fx(() -> app.shell().main().clusters().rows().stream()
                .filter(r -> r.code().equals("SEN")).findFirst().orElseThrow().nameProperty().get());
        assertNull(fx(name::getTooltip), "no tooltip is made before the pointer comes");
        robot.moveTo(name);
        waitUntil(() -> name.getTooltip() != null);
        assertEquals(full, fx(() -> name.getTooltip().getText()), "the tooltip names the whole cluster");

        // the cohort filter, by mouse: three clusters started in FY2003
        robot.clickOn("#cohortFilter");
        javafx.scene.Scene mainScene = fx(table::getScene);
        robot.clickOn(robot.lookup((Node n) -> n instanceof javafx.scene.control.Label l && "FY2003".equals(l.getText())
                && n.getScene() != mainScene).queryLabeled()); // in the filter's popup, not the table's cohort cells
        waitUntil(() -> table.getItems().size() == 3);
        assertEquals("3 of 18 clusters", fx(() -> robot.lookup("#clusterCount").queryLabeled().getText()));
        assertTrue(fx(() -> table.getItems().stream().allMatch(r -> ((jp.clustereval.ui.clusters.ClusterRow) r)
                .cohortProperty().get().contains("2003"))));
        // and back to every cohort
        robot.clickOn("#cohortFilter");
        robot.clickOn(robot.lookup((Node n) -> n instanceof javafx.scene.control.Label l && "All cohorts".equals(l.getText())
                && n.getScene() != mainScene).queryLabeled());
        waitUntil(() -> table.getItems().size() == 18);
        assertEquals("18 of 18 clusters", fx(() -> robot.lookup("#clusterCount").queryLabeled().getText()));
    }

    @Test
    void aSecondStartWithAScoreFileHandsItToTheRunningWindow() throws Exception {
        Path db = databaseWithEvaluator(dir.resolve("running.db"));
        Path file = Files.copy(Path.of("src/test/resources/cescore-corpus/03-not-json.cescore"), dir.resolve("handed.cescore"));
        app = start(db, null);
        waitUntil(() -> present("#clusterTable"));

        // what a double click on the file does: the application started again, with the file
        jp.clustereval.service.ChildJvm.Ended second = jp.clustereval.service.ChildJvm.start(jp.clustereval.Main.class,
                "--db", db.toString(), file.toString()).awaitEnd();

        assertEquals(0, second.exit(), second.output());
        assertTrue(second.output().contains("1 score file was handed to it"), second.output());
        var imports = app.shell().main().imports();
        waitUntil(() -> present("#importFiles") && imports.phaseProperty().get() == jp.clustereval.ui.imports.ImportViewModel.Phase.PREVIEW);
        assertEquals(List.of("handed.cescore"), fx(() -> robot.lookup("#importFiles").queryTableView().getItems().stream()
                .map(r -> ((jp.clustereval.ui.imports.ImportFileRow) r).fileName()).toList()));
        assertEquals(ProcessHandle.current().pid(), DatabaseLock.holder(db).orElseThrow().pid(), "still the one writer");
        assertTrue(menuItems().keySet().stream().noneMatch(id -> id.endsWith("ReadOnlyNote")), "a writer's menus have no note");
        assertFalse(menuItems().get("menuNewRound").isDisable());
    }

    @Test
    void aSecondInstanceIsOfferedReadOnlyViewing() throws Exception {
        Path db = databaseWithEvaluator(dir.resolve("held.db"));
        try (Services other = Services.openAsWriter(db, dir.resolve("other-keys"))) { // another process's writer
            app = start(db, null);
            waitUntil(() -> present("#confirmDialog"));
            String text = fx(() -> robot.lookup("#confirmDialog").queryAs(javafx.scene.control.DialogPane.class)
                    .getContentText());
            assertTrue(text.contains("process " + ProcessHandle.current().pid()), text);
            robot.clickOn("Open read-only");
            openSendai();
            assertTrue(fx(() -> robot.lookup("#statusReadOnly").query().isVisible()), "the read-only badge shows");
            assertEquals("READ-ONLY", fx(() -> robot.lookup("#statusReadOnly").queryAs(javafx.scene.control.Label.class).getText()));
            assertEquals(db.toAbsolutePath().normalize() + " (read-only)",
                    fx(() -> robot.lookup("#statusDatabase").queryAs(javafx.scene.control.Label.class).getText()),
                    "the status bar names the file, marked read-only");
            assertTrue(fx(() -> robot.lookup("#itemsBox").query().isDisabled()), "grading is disabled");
            // the menu items that would change the database are disabled, and their menus say why
            java.util.Map<String, javafx.scene.control.MenuItem> items = menuItems();
            for (String writer : List.of("menuOpenRoundPackage", "menuSwitchRound", "menuNewRound", "menuFileImport",
                    "menuBackupNow", "menuRestoreBackup", "menuMarkComplete", "menuImport", "menuImportFolder",
                    "menuImportEvidence")) {
                assertTrue(items.get(writer).isDisable(), writer + " disabled read-only");
            }
            assertFalse(items.get("menuResults").isDisable(), "reading still works");
            for (String menu : List.of("menuFile", "menuSheet", "menuPanel")) {
                javafx.scene.control.MenuItem note = items.get(menu + "ReadOnlyNote");
                assertEquals("Read-only: another ClusterEval has this database open, so what would change it is unavailable here.",
                        note.getText(), menu);
                assertEquals(note, fx(() -> ((javafx.scene.control.Menu) items.get(menu)).getItems().get(0)), "first in " + menu);
            }
            assertFalse(items.containsKey("menuViewReadOnlyNote"), "a menu without such items has no note");
            assertTrue(fx(() -> robot.lookup("#menuBackupNow").tryQuery().isEmpty()
                    || robot.lookup("#menuBackupNow").query() instanceof Node));
            app.shell().main().sheet().grade(app.shell().main().sheet().item("1.1").orElseThrow(), "S");
            waitForSaves();
            assertNull(stored(db).entry("1.1").grade(), "nothing was written");
        }
    }

    /** Every item of the main window's menus (menus too), by id. */
    private java.util.Map<String, javafx.scene.control.MenuItem> menuItems() throws Exception {
        return fx(() -> {
            java.util.Map<String, javafx.scene.control.MenuItem> out = new java.util.HashMap<>();
            for (javafx.scene.control.Menu m : robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class).getMenus()) {
                collect(m, out);
            }
            return out;
        });
    }

    private static void collect(javafx.scene.control.MenuItem item, java.util.Map<String, javafx.scene.control.MenuItem> into) {
        if (item.getId() != null) {
            into.put(item.getId(), item);
        }
        if (item instanceof javafx.scene.control.Menu menu) {
            menu.getItems().forEach(i -> collect(i, into));
        }
    }
}
