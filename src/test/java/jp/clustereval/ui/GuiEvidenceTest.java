package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import jp.clustereval.domain.Language;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.RoundKind;
import jp.clustereval.service.RoundSetupService;
import jp.clustereval.service.Services;
import jp.clustereval.ui.common.FxDialogService;
import jp.clustereval.ui.evidence.EvidenceLine;

/**
 * The evidence pane shows the figures of the desktop's round (the current one), not another
 * round's; Panel > Import evidence reads a CSV chosen in the file chooser into that round for the
 * period typed, shows the new figures and says so in a notification; a refused file is said in the
 * error dialog and changes nothing.
 */
class GuiEvidenceTest extends GuiTestBase {

    @Test
    void thePaneShowsTheRoundsFiguresAndTheChairImportsMore() throws Exception {
        Path db = dir.resolve("chair.db");
        Path fy2006 = dir.resolve("fy2006.csv");
        Files.writeString(fy2006, "code,papers_domestic,awards\nKYO,130,21\n", StandardCharsets.UTF_8);
        try (Services s = Services.open(db, false, dir.resolve("keys"))) {
            s.evaluators().createLocal("Chair", "MEXT");
            s.roundSetup().create(new RoundSetupService.NewRound("fin", new LocalizedText("終了評価", "Final"), RoundKind.FINAL,
                    "mid-fy2004", null, null, null), "test");
            s.evidence().importCsv("fin", fy2006, "FY2002-2006", "test");
            // the mid-term round gets other figures for the same period: the desktop must not show them
            Files.writeString(dir.resolve("mid.csv"), "code,papers_domestic\nKYO,999\n");
            s.evidence().importCsv("mid-fy2004", dir.resolve("mid.csv"), "FY2002-2006", "test");
            s.roundSetup().use("fin", "test");
        }
        FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
        robot.clickOn(clusterRow("KYO"));
        var evidence = app.shell().main().evidence();
        waitUntil(() -> shown(evidence.lines()).contains("Achievements FY2002-2006"));
        List<String> lines = shown(evidence.lines());
        List<String> later = lines.subList(lines.indexOf("Achievements FY2002-2006"), lines.size());
        assertEquals(List.of("Achievements FY2002-2006", "Papers (domestic) 130", "Awards 21"), later,
                "the final round's figures, not the mid-term round's 999");

        // Panel > Import evidence: the chooser gives a file, the period is typed, the pane shows the figures
        Path fy2007 = dir.resolve("fy2007.csv");
        Files.writeString(fy2007, "code,press_tv\nKYO,4\nSAP,5\n", StandardCharsets.UTF_8);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "code,press_tv,budget\nKYO,4,1\n", StandardCharsets.UTF_8);
        List<Path> next = new ArrayList<>(List.of(fy2007, bad));
        List<String> kinds = new ArrayList<>();
        fx(() -> {
            app.shell().dialogs().setFileChooser(request -> {
                kinds.add(request.kind().name());
                return List.of(next.remove(0));
            });
            return null;
        });
        fireMenuItem("menuImportEvidence");
        waitUntil(() -> present("#evidencePeriodField"));
        robot.clickOn("#evidencePeriodField").write("FY2007");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> shown(evidence.lines()).contains("Achievements FY2007"));
        List<String> now = shown(evidence.lines());
        assertEquals(List.of("Achievements FY2007", "Press: television 4"), now.subList(now.indexOf("Achievements FY2007"), now.size()));
        waitUntil(() -> notificationTexts().stream().anyMatch(t -> t.startsWith("2 units with 2 values for FY2007 imported"
                + " into the round fin")));
        assertEquals(List.of("OPEN_EVIDENCE"), kinds);

        // a refused file: the error dialog names the column; the round's figures stay
        fireMenuItem("menuImportEvidence");
        waitUntil(() -> present("#evidencePeriodField"));
        robot.clickOn("#evidencePeriodField").write("FY2008");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> present("#errorDialog"));
        String error = fx(() -> robot.lookup("#errorDialog").queryAs(DialogPane.class).getContentText());
        assertTrue(error.contains("unknown column 'budget'"), error);
        try (Services s = Services.openToRead(db, dir.resolve("keys"))) {
            assertEquals(List.of("FY2002-2004", "FY2002-2006", "FY2007"), s.evidence().periods("fin"));
            assertEquals(List.of("FY2002-2004", "FY2002-2006"), s.evidence().periods("mid-fy2004"), "the other round is untouched");
        }
    }

    private static List<String> shown(List<EvidenceLine> lines) {
        return lines.stream().map(l -> l.heading() ? l.label() : l.label() + " " + l.value()).toList();
    }

    private List<String> notificationTexts() throws Exception {
        return fx(() -> robot.lookup("." + FxDialogService.DONE_STYLE + " .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).filter(t -> t != null && !t.isBlank()).toList());
    }

    private void fireMenuItem(String id) throws Exception {
        fx(() -> {
            List<MenuItem> all = new ArrayList<>();
            for (Menu m : robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus()) {
                collect(m, all);
            }
            all.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow().fire();
            return null;
        });
    }

    private static void collect(Menu menu, List<MenuItem> into) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                collect(sub, into);
            } else {
                into.add(i);
            }
        }
    }
}
