package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Services;

/** The desktop on a final round: the title says so, and the Panel menu offers finalising, reopening and the record. */
class GuiFinaliseTest extends GuiTestBase {

    @Test
    void theTitleOfAFinalRoundSaysItIsFinalAndThePanelMenuHasTheActions() throws Exception {
        Path db = dir.resolve("final.db");
        try (Services s = Services.open(db, false, dir.resolve("keys"))) {
            Evaluator chair = s.evaluators().createLocal("Chair", "MEXT");
            String round = s.rounds().currentId();
            s.roster().add(round, chair.id(), "chair", null, "test");
            s.finalisation().finalise(round, chair.id(), "test");
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
        waitUntil(() -> present("#clusterTable") && fx(stage::getTitle).endsWith(" [final]"));
        List<String> ids = fx(() -> {
            List<String> out = new ArrayList<>();
            MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
            for (Menu m : bar.getMenus()) {
                collect(m, out);
            }
            return out;
        });
        assertTrue(ids.containsAll(List.of("menuFinaliseRound", "menuReopenRound", "menuReportDecisionPdf",
                "menuReportDecisionJson")), ids.toString());
    }

    private static void collect(Menu menu, List<String> out) {
        for (MenuItem item : menu.getItems()) {
            if (item.getId() != null) {
                out.add(item.getId());
            }
            if (item instanceof Menu sub) {
                collect(sub, out);
            }
        }
    }
}
