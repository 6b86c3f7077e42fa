package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import jp.clustereval.domain.Language;
import jp.clustereval.service.FileOutcome;
import jp.clustereval.service.RosterService;
import jp.clustereval.service.Services;
import jp.clustereval.ui.imports.ImportViewModel.Phase;

/**
 * A score file held because its evaluator is not on the round's roster: the import window's detail
 * offers to roster them; after that the file is checked again and Import stores it.
 */
class GuiHeldFileTest extends GuiTestBase {

    @Test
    void aHeldFilesEvaluatorIsRosteredFromTheImportWindowAndTheFileImported() throws Exception {
        Path first;
        Path second;
        String yid;
        Path db = dir.resolve("chair.db");
        try (EvaluatorMachine x = new EvaluatorMachine(dir, "x").grade("SAP", "A", 9);
             EvaluatorMachine y = new EvaluatorMachine(dir, "y").grade("KYO", "C", 9);
             Services chair = Services.open(db, false, dir.resolve("chair-keys"))) {
            chair.evaluators().createLocal("Chair", "MEXT");
            // both known here from an import before the round had a roster; then only X is rostered
            chair.imports().commit(chair.imports().preview(List.of(x.export(dir.resolve("x.cescore")),
                    y.export(dir.resolve("y-1.cescore"))), jp.clustereval.service.ImportOptions.defaults()),
                    jp.clustereval.service.ImportProgress.none(), () -> false);
            chair.roster().add("mid-fy2004", x.evaluator.id(), RosterService.EVALUATOR, null, "test");
            y.grade("KYO", "1.1", "S");
            second = y.export(dir.resolve("y-2.cescore"));
            yid = y.evaluator.id();
        }
        FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
        fx(() -> {
            app.shell().dialogs().setFileChooser(request -> request.kind()
                    == jp.clustereval.ui.common.DialogService.FileRequest.Kind.OPEN_SCORE_FILES ? List.of(second) : List.of());
            return null;
        });
        robot.clickOn("Panel").clickOn("Import score files…");
        var imports = app.shell().main().imports();
        waitUntil(() -> present("#importFiles") && imports.phaseProperty().get() == Phase.PREVIEW);
        assertEquals(FileOutcome.HELD, imports.files().get(0).outcome());
        robot.clickOn("#importRow-y-2_cescore");
        waitUntil(() -> robot.lookup("#heldScopeBox").query().isVisible());
        assertTrue(fx(() -> robot.lookup("#heldScopeLabel").queryAs(Label.class).getText()).startsWith("If this person grades the round"));
        assertTrue(fx(() -> robot.lookup("#commitImportButton").queryAs(Button.class).isDisabled()), "nothing to import yet");
        robot.clickOn("#acceptHeldScopeButton"); // "Add to roster and check again"
        waitUntil(() -> imports.phaseProperty().get() == Phase.PREVIEW && imports.files().size() == 1
                && imports.files().get(0).outcome() == FileOutcome.ACCEPTED);
        robot.clickOn("#commitImportButton");
        waitUntil(() -> imports.phaseProperty().get() == Phase.DONE);
        waitForSaves();
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Services s = Services.openToRead(db, dir.resolve("chair-keys"))) {
            assertTrue(s.roster().list("mid-fy2004").stream().anyMatch(m -> m.person().id().equals(yid)
                    && m.role().equals(RosterService.EVALUATOR)), "rostered");
            assertEquals("S", s.grading().load(new jp.clustereval.service.SheetKey("mid-fy2004", yid, "KYO"))
                    .entry("1.1").grade(), "the file's newer grade stored");
        }
    }

    @Test
    void aHeldFilesSignerNotInTheDatabaseIsRosteredFromTheFileInTheImportWindowAndTheFileImported() throws Exception {
        Path file;
        String yid;
        String yname;
        Path db = dir.resolve("chair.db");
        try (EvaluatorMachine x = new EvaluatorMachine(dir, "x").grade("SAP", "A", 9);
             EvaluatorMachine y = new EvaluatorMachine(dir, "y").grade("KYO", "C", 9);
             Services chair = Services.open(db, false, dir.resolve("chair-keys"))) {
            chair.evaluators().createLocal("Chair", "MEXT");
            // X known and rostered; Y never seen here
            chair.imports().commit(chair.imports().preview(List.of(x.export(dir.resolve("x.cescore"))),
                    jp.clustereval.service.ImportOptions.defaults()), jp.clustereval.service.ImportProgress.none(), () -> false);
            chair.roster().add("mid-fy2004", x.evaluator.id(), RosterService.EVALUATOR, null, "test");
            file = y.export(dir.resolve("y-1.cescore"));
            yid = y.evaluator.id();
            yname = y.evaluator.name();
        }
        FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
        fx(() -> {
            app.shell().dialogs().setFileChooser(request -> request.kind()
                    == jp.clustereval.ui.common.DialogService.FileRequest.Kind.OPEN_SCORE_FILES ? List.of(file) : List.of());
            return null;
        });
        robot.clickOn("Panel").clickOn("Import score files…");
        var imports = app.shell().main().imports();
        waitUntil(() -> present("#importFiles") && imports.phaseProperty().get() == Phase.PREVIEW);
        assertEquals(FileOutcome.HELD, imports.files().get(0).outcome());
        robot.clickOn("#importRow-y-1_cescore");
        waitUntil(() -> robot.lookup("#heldScopeBox").query().isVisible());
        assertTrue(fx(() -> robot.lookup("#heldScopeLabel").queryAs(Label.class).getText())
                .contains("as an evaluator from this file"));
        assertEquals("Add to roster and check again", fx(() -> robot.lookup("#acceptHeldScopeButton").queryAs(Button.class).getText()));
        robot.clickOn("#acceptHeldScopeButton");
        waitUntil(() -> imports.phaseProperty().get() == Phase.PREVIEW && imports.files().size() == 1
                && imports.files().get(0).outcome() == FileOutcome.ACCEPTED);
        robot.clickOn("#commitImportButton");
        waitUntil(() -> imports.phaseProperty().get() == Phase.DONE);
        waitForSaves();
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Services s = Services.openToRead(db, dir.resolve("chair-keys"))) {
            assertTrue(s.roster().list("mid-fy2004").stream().anyMatch(m -> m.person().id().equals(yid)
                    && m.person().name().equals(yname) && m.role().equals(RosterService.EVALUATOR)), "rostered by the file's id");
            assertEquals("C", s.grading().load(new jp.clustereval.service.SheetKey("mid-fy2004", yid, "KYO"))
                    .entry("1.1").grade(), "the file's grades stored by the import");
        }
    }
}
