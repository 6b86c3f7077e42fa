package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import jp.clustereval.domain.Language;
import jp.clustereval.ui.assignments.AssignmentGrid;
import jp.clustereval.ui.roster.RosterRow;

/**
 * The first-start choice, the roster window and the assignment grid driven as a person does: mouse
 * on the welcome page and the roster form, arrows and Space in the grid; what they stored is read
 * from the SQLite file after the desktop closed it.
 */
class GuiRosterAssignmentsTest extends GuiTestBase {

    private ClusterEvalApp start(Path db) throws Exception {
        FxToolkit.registerPrimaryStage();
        return (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
    }

    @Test
    void aChairSetsUpRostersTwoEvaluatorsAndAssignsByKeyboard() throws Exception {
        Path db = dir.resolve("chair.db");
        try (jp.clustereval.service.Services s = jp.clustereval.service.Services.open(db, false, dir.resolve("keys"))) {
            var ichiro = s.evaluators().add("Ichiro Tanaka", "Kyoto University");
            // declared before he is assigned anything: his Sapporo cell cannot be ticked
            s.coi().add(s.rounds().current().id(), ichiro.id(), "SAP", "adviser", "test");
        }
        app = start(db);
        waitUntil(() -> present("#welcomeRoleChair"));
        robot.clickOn("#welcomeRoleChair");
        waitUntil(() -> robot.lookup("#welcomeChairNote").query().isVisible());
        robot.clickOn("#nameField").write("Hanako Iincho");
        robot.clickOn("#affiliationField").write("MEXT");
        robot.clickOn("#startButton");

        // the chair lands on the main window, with the roster over it, listing them as chair
        waitUntil(() -> present("#clusterTable") && present("#rosterTable")
                && robot.lookup("#rosterTable").queryTableView().getItems().size() == 1);
        assertEquals("Chair / secretariat", fx(() -> row(0).roleText()));

        // a picked person and a new one, both as evaluators (the role's default)
        robot.clickOn("#rosterPerson");
        robot.clickOn("Ichiro Tanaka (Kyoto University)");
        robot.clickOn("#rosterAdd");
        waitUntil(() -> rosterSize() == 2);
        robot.clickOn("#rosterNewName").write("Jiro Sato");
        robot.clickOn("#rosterNewAffiliation").write("Tohoku University");
        robot.clickOn("#rosterEmail").write("jiro@example.jp");
        robot.clickOn("#rosterAdd");
        waitUntil(() -> rosterSize() == 3);
        assertEquals("jiro@example.jp", fx(() -> row(2).email()));
        assertEquals("18", fx(() -> row(2).assigned()), "no assignments yet: every unit");

        // Round > Assignments from the main window's menu
        robot.clickOn("#rosterClose");
        robot.clickOn("Round").clickOn("Assignments…");
        waitUntil(() -> present("#assign-0-SAP") && present("#assign-1-SAP"));
        assertTrue(fx(() -> robot.lookup("#assignmentsEveryone").query().isVisible()),
                "says that everyone grades everything until the first assignment");
        AssignmentGrid grid = fx(() -> app.shell().wiring().viewModels().assignments().gridProperty().get());
        assertEquals(List.of("Ichiro Tanaka (Kyoto University)", "Jiro Sato (Tohoku University)"),
                grid.evaluators().stream().map(AssignmentGrid.Person::label).toList());
        assertTrue(fx(() -> robot.lookup("#assign-0-SAP").query() instanceof Label), "Ichiro's conflict is no check box");
        String first = grid.units().get(0).code();
        String second = grid.units().get(1).code();
        String third = grid.units().get(2).code();
        assertEquals("SAP", first);

        // the keyboard starts on Ichiro's first free cell (SAP is his conflict): Space, right, right, Space,
        // down (Jiro), Space, left, up (Ichiro's SAP is skipped upwards: stays), Space
        waitUntil(() -> check("#assign-0-" + second).isFocused());
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.RIGHT).type(KeyCode.SPACE);
        robot.type(KeyCode.DOWN).type(KeyCode.SPACE);
        robot.type(KeyCode.LEFT).type(KeyCode.LEFT).type(KeyCode.LEFT).type(KeyCode.SPACE);
        robot.type(KeyCode.UP);
        waitUntil(() -> check("#assign-1-SAP").isFocused());
        assertTrue(fx(() -> check("#assign-0-" + second).isSelected()));
        assertTrue(fx(() -> check("#assign-0-" + third).isSelected()));
        assertTrue(fx(() -> check("#assign-1-" + third).isSelected()));
        assertTrue(fx(() -> check("#assign-1-SAP").isSelected()));
        assertEquals("4 changes not applied yet", fx(() -> robot.lookup("#assignmentsPending").queryAs(Label.class).getText()));
        robot.clickOn("#assignmentsApply");
        waitUntil(() -> !robot.lookup("#assignmentsEveryone").query().isVisible());
        waitForSaves();
        assertEquals("4 assignments changed.", fx(() -> robot.lookup("#assignmentsMessage").queryAs(Label.class).getText()));

        FxToolkit.cleanupApplication(app);
        app = null;
        assertEquals(List.of("Hanako Iincho|chair", "Ichiro Tanaka|evaluator", "Jiro Sato|evaluator"),
                rows(db, "SELECT e.name || '|' || r.role FROM roster r JOIN evaluator e ON e.id = r.evaluator_id ORDER BY e.name"));
        assertEquals(List.of("Ichiro Tanaka|" + second, "Ichiro Tanaka|" + third, "Jiro Sato|SAP", "Jiro Sato|" + third),
                rows(db, "SELECT e.name || '|' || a.cluster_code FROM assignment a JOIN evaluator e ON e.id = a.evaluator_id"
                        + " ORDER BY e.name, a.cluster_code = '" + third + "'"));
        assertEquals(List.of("chair"), rows(db, "SELECT value FROM app_meta WHERE key = 'local_role'"));
        assertEquals(4, rows(db, "SELECT 1 FROM round_audit WHERE action = 'assign' AND actor = 'Hanako Iincho'").size());
    }

    @Test
    void aGraderKeepsTodaysFirstStartAndNoRosterOpens() throws Exception {
        Path db = dir.resolve("grader.db");
        app = start(db);
        waitUntil(() -> present("#nameField"));
        assertTrue(fx(() -> robot.lookup("#welcomeRoleGrader").queryAs(javafx.scene.control.RadioButton.class).isSelected()));
        assertFalse(fx(() -> robot.lookup("#welcomeChairNote").query().isVisible()));
        robot.clickOn("#nameField").write("Ichiro Hyoka");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
        waitForSaves();
        assertFalse(present("#rosterTable"), "a grader's first window is the cluster list alone");
        FxToolkit.cleanupApplication(app);
        app = null;
        assertEquals(List.of("grader"), rows(db, "SELECT value FROM app_meta WHERE key = 'local_role'"));
        assertEquals(List.of(), rows(db, "SELECT role FROM roster"));
    }

    private RosterRow row(int i) {
        return (RosterRow) robot.lookup("#rosterTable").queryTableView().getItems().get(i);
    }

    private int rosterSize() {
        return robot.lookup("#rosterTable").queryTableView().getItems().size();
    }

    private CheckBox check(String query) {
        return robot.lookup(query).queryAs(CheckBox.class);
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
}
