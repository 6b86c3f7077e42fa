package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Services;
import jp.clustereval.ui.imports.ImportViewModel.Phase;

/**
 * The round's life on the desktop, end to end, as RoundLifecycleCliTest runs it on the command line:
 * the chair makes the final round from the current one, rosters an evaluator, assigns them units
 * and hands out the package; the evaluator opens it in their own database, grades a unit of
 * theirs and exports their score file; the chair imports it. Every step through the windows;
 * what each step stored is read back from the SQLite files after the desktop closed them.
 */
class GuiRoundLifecycleTest extends GuiTestBase {

    private ClusterEvalApp start(Path db) throws Exception {
        FxToolkit.registerPrimaryStage();
        return (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
    }

    private void stop() throws Exception {
        waitForSaves();
        FxToolkit.cleanupApplication(app);
        app = null;
    }

    private void hookFiles(java.util.function.Function<jp.clustereval.ui.common.DialogService.FileRequest, List<Path>> chooser)
            throws Exception {
        fx(() -> {
            app.shell().dialogs().setFileChooser(chooser::apply);
            return null;
        });
    }

    @Test
    void aRoundIsMadeHandedOutGradedAndMergedThroughTheWindows() throws Exception {
        Path chairDb = dir.resolve("chair.db");
        Path hanakoDb = dir.resolve("hanako.db");
        Path pkg = dir.resolve("final-fy2006.ceround");
        Path scores = dir.resolve("hanako.cescore");
        try (Services s = Services.open(chairDb, false, dir.resolve("chair-keys"))) {
            s.evaluators().createLocal("Sato Chair", "MEXT");
            s.evaluators().add("Yamada Hanako", "Hokkaido Univ.");
        }

        // the chair: File > New round…, a copy of the current round, switched to
        app = start(chairDb);
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
        robot.clickOn("File").clickOn("New round…");
        waitUntil(() -> present("#newRoundId") && robot.lookup("#newRoundId").query().isFocused()
                && robot.lookup("#newRoundCohort").queryListView().getItems().size() == 18);
        robot.clickOn("#newRoundId").write("final-fy2006");
        robot.clickOn("#newRoundNameJa").write("Shuryo hyoka");
        robot.clickOn("#newRoundNameEn").write("Final evaluation FY2006");
        robot.clickOn("#newRoundCreate");
        try {
            waitUntil(() -> present("#confirmDialog"));
        } catch (Exception e) {
            throw new AssertionError("no offer to switch; the form says: " + fx(() -> robot.lookup("#newRoundMessage")
                    .queryAs(javafx.scene.control.Label.class).getText() + " | id " + robot.lookup("#newRoundId")
                    .queryTextInputControl().getText()), e);
        }
        robot.type(KeyCode.ENTER); // switch to it
        waitUntil(() -> "final-fy2006".equals(app.shell().state().session().round().id()));

        // Round > Roster…: the chair as chair, Hanako as evaluator
        robot.clickOn("Round").clickOn("Roster…");
        waitUntil(() -> present("#rosterTable") && present("#rosterPerson"));
        pick("#rosterPerson", "Sato Chair (MEXT)");
        pick("#rosterRole", "Chair / secretariat");
        robot.clickOn("#rosterAdd");
        waitUntil(() -> robot.lookup("#rosterTable").queryTableView().getItems().size() == 1);
        pick("#rosterPerson", "Yamada Hanako (Hokkaido Univ.)");
        pick("#rosterRole", "Evaluator");
        robot.clickOn("#rosterAdd");
        waitUntil(() -> robot.lookup("#rosterTable").queryTableView().getItems().size() == 2);
        robot.clickOn("#rosterClose");

        // Round > Assignments…: SAP and SEN for Hanako, with the keyboard
        robot.clickOn("Round").clickOn("Assignments…");
        waitUntil(() -> present("#assign-0-SAP") && robot.lookup("#assign-0-SAP").query().isFocused());
        String second = fx(() -> app.shell().wiring().viewModels().assignments().gridProperty().get().units().get(1).code());
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.RIGHT).type(KeyCode.SPACE);
        waitUntil(() -> robot.lookup("#assign-0-" + second).queryAs(CheckBox.class).isSelected());
        robot.clickOn("#assignmentsApply");
        waitUntil(() -> !robot.lookup("#assignmentsEveryone").query().isVisible());
        waitForSaves();
        robot.clickOn("#assignmentsClose");

        // Round > Hand out as round package…
        hookFiles(request -> request.kind() == jp.clustereval.ui.common.DialogService.FileRequest.Kind.SAVE_ROUND_PACKAGE
                ? List.of(pkg) : List.of());
        robot.clickOn("Round").clickOn("Hand out as round package…");
        waitUntil(() -> Files.exists(pkg) && present(".dialog-pane"));
        robot.type(KeyCode.ENTER);
        stop();
        assertEquals(List.of("Sato Chair|chair", "Yamada Hanako|evaluator"), rows(chairDb,
                "SELECT e.name || '|' || r.role FROM roster r JOIN evaluator e ON e.id = r.evaluator_id"
                        + " WHERE r.round_id = 'final-fy2006' ORDER BY e.name"));
        assertEquals(List.of("SAP", second), rows(chairDb,
                "SELECT cluster_code FROM assignment WHERE round_id = 'final-fy2006' ORDER BY cluster_code <> 'SAP'"));

        // the evaluator, on a fresh database: the welcome page's Open round package, as Hanako
        app = start(hanakoDb);
        waitUntil(() -> present("#welcomeOpenPackage"));
        hookFiles(request -> switch (request.kind()) {
            case OPEN_ROUND_PACKAGE -> List.of(pkg);
            case SAVE_SCORE_FILE -> List.of(scores);
            default -> List.of();
        });
        robot.clickOn("#welcomeOpenPackage");
        waitUntil(() -> present("#packagePeople") && !robot.lookup("#packagePeople").queryListView().getItems().isEmpty());
        robot.clickOn("Yamada Hanako (Hokkaido Univ.)");
        waitUntil(() -> !robot.lookup("#packageOpen").queryButton().isDisabled());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> present("#clusterTable") && robot.lookup("#clusterTable").queryTableView().getItems().size() == 2);

        // grade SAP's first item with the keyboard, then File > Export my scores…
        robot.clickOn(clusterRow("SAP"));
        waitUntil(() -> app.shell().main().sheet().clusterProperty().get() != null
                && app.shell().main().sheet().clusterProperty().get().code().equals("SAP") && present("#item-1_1"));
        robot.clickOn("#item-1_1-name");
        waitUntil(() -> robot.lookup("#item-1_1").query().isFocused());
        robot.type(KeyCode.A);
        waitForSaves();
        robot.clickOn("File").clickOn("Export my scores…");
        waitUntil(() -> Files.exists(scores) && present(".dialog-pane"));
        robot.type(KeyCode.ENTER);
        stop();
        assertEquals(List.of("final-fy2006|SAP|1.1|A"), rows(hanakoDb, "SELECT s.round_id || '|' || s.cluster_code || '|'"
                + " || g.item_id || '|' || g.grade FROM grade g JOIN sheet s ON s.id = g.sheet_id WHERE g.grade IS NOT NULL"));

        // the chair again: Panel > Import score files…, the preview, Import
        app = start(chairDb);
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
        hookFiles(request -> request.kind() == jp.clustereval.ui.common.DialogService.FileRequest.Kind.OPEN_SCORE_FILES
                ? List.of(scores) : List.of());
        robot.clickOn("Panel").clickOn("Import score files…");
        var imports = app.shell().main().imports();
        waitUntil(() -> present("#importFiles") && imports.phaseProperty().get() == Phase.PREVIEW);
        robot.clickOn("#commitImportButton");
        waitUntil(() -> imports.phaseProperty().get() == Phase.DONE);
        stop();
        assertEquals(List.of("final-fy2006|SAP|1.1|A"), rows(chairDb, "SELECT s.round_id || '|' || s.cluster_code || '|'"
                + " || g.item_id || '|' || g.grade FROM grade g JOIN sheet s ON s.id = g.sheet_id"
                + " JOIN evaluator e ON e.id = s.evaluator_id WHERE e.name = 'Yamada Hanako' AND g.grade IS NOT NULL"));
        assertTrue(rows(chairDb, "SELECT action FROM round_audit WHERE round_id = 'final-fy2006'").containsAll(
                List.of("create", "roster-add", "assign")));
    }

    private static List<String> rows(Path db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /**
     * Picks a combo box's item as a user does: a click opens its list, a click on the item once the
     * list shows (its popup opens a pulse later; clicking the text at once found no such node now and then).
     */
    private void pick(String combo, String item) throws Exception {
        robot.clickOn(combo);
        waitUntil(() -> popupCell(item) != null);
        robot.clickOn(fx(() -> popupCell(item)));
    }

    private javafx.scene.Node popupCell(String item) {
        return robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() instanceof javafx.stage.PopupWindow
                        && n.getScene().getWindow().isShowing() && n.isVisible()
                        && item.equals(((javafx.scene.control.ListCell<?>) n).getText()))
                .findFirst().orElse(null);
    }
}
