package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import jp.clustereval.domain.Language;
import jp.clustereval.service.FileOutcome;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetChange;
import jp.clustereval.ui.conflicts.ConflictLine;
import jp.clustereval.ui.imports.ImportFileRow;
import jp.clustereval.ui.imports.ImportViewModel.Phase;
import jp.clustereval.ui.radar.RadarModel;

/**
 * The chair's loop in the real application, headless: import a folder through the preview and
 * commit, see the results change, import a conflicting pair, resolve the conflict with a reason,
 * and read the completeness matrix. File choosers are replaced through the dialog service's hook.
 */
class GuiScoreFilesTest extends GuiTestBase {

    private String text(String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private RadarModel radarOf(String code) {
        return app.shell().main().radar().grid().stream().filter(m -> m.clusterCode().equals(code)).findFirst()
                .orElseThrow();
    }

    private void shortcut(KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    @Test
    void importAFolderThenResolveAConflictThroughTheWindows() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path later = Files.createDirectories(dir.resolve("later"));
        Path[] pair;
        String xid;
        String yid;
        try (EvaluatorMachine x = new EvaluatorMachine(dir, "x").grade("SAP", "A", 9).grade("SEN", "B", 5);
             EvaluatorMachine y = new EvaluatorMachine(dir, "y").grade("KYO", "C", 9)) {
            x.export(inbox.resolve("a-x.cescore"));
            Files.writeString(inbox.resolve("b-broken.cescore"), "{\"format\": \"cluster-eval-score\",");
            y.export(inbox.resolve("c-y.cescore"));
            // later, two edits of the same SAP revision: the first replaces, the second conflicts with it
            pair = x.conflictingExports("SAP", later.resolve("x-1.cescore"), later.resolve("x-2.cescore"));
            xid = x.evaluator.id();
            yid = y.evaluator.id();
        }
        Path db = dir.resolve("chair.db");
        try (Services chair = Services.open(db, false, dir.resolve("chair-keys"))) {
            chair.evaluators().createLocal("Chair", "MEXT");
        }
        FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
        waitUntil(() -> !app.shell().main().radar().grid().isEmpty());
        assertEquals(0, radarOf("SAP").evaluators());
        List<Path> chosen = List.of(pair[0], pair[1]);
        Path mine = dir.resolve("out").resolve("chair.cescore");
        Files.createDirectories(mine.getParent());
        fx(() -> {
            app.shell().dialogs().setFileChooser(request -> switch (request.kind()) {
                case OPEN_FOLDER -> List.of(inbox);
                case OPEN_SCORE_FILES -> chosen;
                case SAVE_SCORE_FILE -> List.of(mine);
                default -> List.of();
            });
            return null;
        });

        // Panel > Import a folder (Ctrl+Shift+I): the preview, nothing stored yet
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        var imports = app.shell().main().imports();
        waitUntil(() -> present("#importFiles") && imports.phaseProperty().get() == Phase.PREVIEW);
        assertEquals(List.of("a-x.cescore", "b-broken.cescore", "c-y.cescore"),
                fx(() -> robot.lookup("#importFiles").queryTableView().getItems().stream()
                        .map(r -> ((ImportFileRow) r).fileName()).toList()));
        assertTrue(text("#importSummary").startsWith("Preview of 3 files: 2 to import, 0 unchanged, 1 refused"),
                text("#importSummary"));
        assertTrue(fx(() -> robot.lookup("#importRow-b-broken_cescore").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("rejected"))), "the refused file is marked");
        robot.clickOn("#importRow-b-broken_cescore");
        waitUntil(() -> text("#importReason").contains("truncated"));
        assertEquals(0, radarOf("SAP").evaluators(), "the preview stores nothing");

        robot.clickOn("#commitImportButton");
        waitUntil(() -> imports.phaseProperty().get() == Phase.DONE);
        assertTrue(text("#importSummary").startsWith("Imported. 3 files: 2 stored, 0 unchanged, 1 refused"));
        waitUntil(() -> radarOf("SAP").evaluators() == 1 && radarOf("KYO").evaluators() == 1);
        assertEquals(3.0, radarOf("SAP").cluster().get("A"), 1e-9);
        assertTrue(fx(() -> robot.lookup("#commitImportButton").queryAs(Button.class).isDisabled()));

        // back in the main window: Panel > Import score files (Ctrl+I), the later pair
        robot.clickOn("#closeImportButton");
        waitUntil(() -> !present("#importRoot"));
        robot.clickOn("#statusEvaluator");
        shortcut(KeyCode.CONTROL, KeyCode.I);
        waitUntil(() -> imports.phaseProperty().get() == Phase.PREVIEW && imports.files().size() == 2);
        assertEquals(List.of(SheetChange.NEWER), imports.files().get(0).sheets().stream()
                .filter(s -> s.cluster().equals("SAP")).map(s -> s.change()).toList());
        assertTrue(imports.files().get(1).hasConflicts());
        robot.clickOn("#commitImportButton");
        waitUntil(() -> imports.phaseProperty().get() == Phase.DONE);
        assertEquals(List.of(FileOutcome.ACCEPTED, FileOutcome.ACCEPTED),
                imports.files().stream().map(ImportFileRow::outcome).toList());
        robot.clickOn("#closeImportButton");

        // Panel > Conflicts: both sides, the differing line marked; a reason is required
        robot.clickOn("#statusEvaluator");
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K);
        var conflicts = app.shell().main().conflicts();
        waitUntil(() -> present("#conflictsTable") && conflicts.rows().size() == 1 && !conflicts.lines().isEmpty());
        assertEquals(List.of(new ConflictLine("4 grade", "S", "C", true)),
                conflicts.lines().stream().filter(ConflictLine::differs).toList());
        assertTrue(fx(() -> robot.lookup("#conflictLines .table-row-cell:differs").tryQuery().isPresent()));
        robot.clickOn("#takeIncomingButton");
        waitUntil(() -> text("#conflictMessage").equals("Give a reason for your choice (it is recorded)."));
        assertEquals(1, conflicts.rows().size());
        robot.clickOn("#conflictReasonField").write("confirmed by phone");
        robot.clickOn("#takeIncomingButton");
        waitUntil(() -> conflicts.rows().isEmpty()
                && robot.lookup("#conflictsTable").queryTableView().getItems().isEmpty());
        assertTrue(text("#conflictMessage").startsWith("Resolved: the incoming sheet of x"));
        // item 4 is C now: SAP's axis E follows (9 x A, then 4 = C)
        waitUntil(() -> radarOf("SAP").cluster().get("E") == 1.0);
        robot.clickOn("#closeConflictsButton");

        // Panel > Completeness: symbols and counts per cell, not colour alone
        robot.clickOn("#statusEvaluator");
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        waitUntil(() -> present("#cell-SAP-" + xid) && present("#cell-KYO-" + yid));
        assertEquals("● 9/9", fx(() -> robot.lookup("#cell-SAP-" + xid).queryAs(TableCell.class).getText()));
        assertEquals("◐ 5/9", fx(() -> robot.lookup("#cell-SEN-" + xid).queryAs(TableCell.class).getText()));
        assertTrue(fx(() -> robot.lookup("#cell-SEN-" + xid).query().getStyleClass().contains("completeness-partial")));
        assertTrue(text("#completenessTotals").startsWith("3 evaluators × 18 clusters: 2 graded, 1 partial"),
                text("#completenessTotals"));

        // File > Export my scores (Ctrl+Shift+E): a signed file, and the fingerprint to read out
        robot.clickOn("#closeCompletenessButton");
        robot.clickOn("#statusEvaluator");
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        waitUntil(() -> present("#infoDialog"));
        String info = fx(() -> ((javafx.scene.control.DialogPane) robot.lookup("#infoDialog").query()).getContentText());
        assertTrue(Files.isRegularFile(mine));
        assertTrue(info.contains(mine.toString()) && info.matches("(?s).*Key fingerprint.*\\n([0-9a-f]{4} ){15}[0-9a-f]{4}$"),
                info);
        assertFalse(Files.exists(mine.resolveSibling("chair.cescore.part")));
    }
}
