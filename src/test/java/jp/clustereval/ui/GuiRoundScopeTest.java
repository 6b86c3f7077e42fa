package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.service.RosterService;
import jp.clustereval.service.Services;
import jp.clustereval.service.TwoRounds;
import jp.clustereval.ui.clusters.ClusterRow;

/**
 * The desktop on a City Area round with a roster and assignments, in a database that also holds the
 * seeded round: the list shows only the units assigned to this machine's evaluator, and the
 * completeness matrix has the round's units as columns, its rostered evaluators as rows and blank
 * cells, read aloud as "not assigned", where a unit is someone else's.
 */
class GuiRoundScopeTest extends GuiTestBase {

    @Test
    void theListHasMyAssignedUnitsAndTheMatrixLeavesOthersUnitsBlank() throws Exception {
        Path db = dir.resolve("city.db");
        String hanakoId;
        try (Services s = Services.open(db, false)) {
            TwoRounds.addCityRound(s, dir);
            Evaluator hanako = s.evaluators().createLocal("Hanako", "Tohoku");
            Evaluator ichiro = s.evaluators().add("Ichiro", "Kyoto");
            hanakoId = hanako.id();
            s.roster().add(TwoRounds.CITY, hanako.id(), RosterService.EVALUATOR, null, "test");
            s.roster().add(TwoRounds.CITY, ichiro.id(), RosterService.EVALUATOR, null, "test");
            s.assignments().assign(TwoRounds.CITY, hanako.id(), List.of("CA01", "CA03"), false, "test");
            s.assignments().assign(TwoRounds.CITY, ichiro.id(), List.of("CA02"), false, "test");
            TwoRounds.gradeAll(s, TwoRounds.CITY, hanako.id(), "CA01", "A");
            s.roundSetup().use(TwoRounds.CITY, "test");
        }
        FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
        assertEquals(List.of("CA01", "CA03"), fx(() -> robot.lookup("#clusterTable").queryTableView().getItems().stream()
                .map(r -> ((ClusterRow) r).code()).toList()));

        robot.clickOn("#statusEvaluator");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        String other = "#cell-CA02-" + hanakoId;
        waitUntil(() -> present("#cell-CA01-" + hanakoId) && present(other));
        assertEquals("● 9/9", fx(() -> robot.lookup("#cell-CA01-" + hanakoId).queryAs(TableCell.class).getText()));
        assertEquals(null, fx(() -> robot.lookup(other).queryAs(TableCell.class).getText()));
        assertEquals("Hanako (Tohoku), CA02: not assigned", fx(() -> robot.lookup(other).queryAs(TableCell.class).getAccessibleText()));
        String totals = fx(() -> robot.lookup("#completenessTotals").queryAs(Label.class).getText());
        assertTrue(totals.startsWith("2 evaluators × 3 clusters: 1 graded, 0 partial, 2 missing"), totals);
    }
}
