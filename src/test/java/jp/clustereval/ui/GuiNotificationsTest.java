package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Services;
import jp.clustereval.ui.common.FxDialogService;

/**
 * Work the user started in the background says that it is done in a notification at the corner
 * of the window (ControlsFX), not in a dialog that has to be closed before going on: a backup made
 * from the File menu, a report written from the Panel menu. The notification closes by its button.
 */
class GuiNotificationsTest extends GuiTestBase {

    private static final String NOTIFICATION = "." + FxDialogService.DONE_STYLE;

    private List<String> notificationTexts() throws Exception {
        return fx(() -> robot.lookup(NOTIFICATION + " .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).filter(t -> t != null && !t.isBlank()).toList());
    }

    @Test
    void aBackupAndAReportSayTheyAreDoneInANotificationThatClosesByItsButton() throws Exception {
        startAsChairWithAGradedPanel();

        // File > Back up now, by mouse
        robot.clickOn("File");
        robot.clickOn("Back up now");
        waitUntil(() -> present(NOTIFICATION));
        List<String> texts = notificationTexts();
        assertTrue(texts.contains("Backup made"), texts.toString());
        Path backups = dir.resolve("backups"); // beside chair.db
        String backupLine = texts.stream().filter(t -> t.startsWith("Backup saved: ")).findFirst().orElseThrow();
        Path made = Path.of(backupLine.substring("Backup saved: ".length()));
        assertTrue(Files.isRegularFile(made) && made.startsWith(backups), backupLine);
        assertFalse(present("#infoDialog"), "no dialog to close");
        assertFalse(present("#errorDialog"));
        // the notification's text is in the application's font (Japanese glyphs), like every window
        String family = fx(() -> ((Label) robot.lookup(NOTIFICATION + " .title").query()).getFont().getFamily());
        assertEquals("IPAexGothic", family);

        robot.clickOn(robot.lookup(NOTIFICATION + " .close-button").<Node>query());
        waitUntil(() -> !present(NOTIFICATION) || !robot.lookup(NOTIFICATION).query().getScene().getWindow().isShowing());

        // Panel > Reports > Panel results (Excel), the chooser replaced; then Ctrl+Shift+R opens results meanwhile
        Path xlsx = dir.resolve("panel.xlsx");
        fx(() -> {
            app.shell().dialogs().setFileChooser(request -> List.of(xlsx));
            return null;
        });
        robot.clickOn("Panel");
        robot.moveTo("Reports");
        robot.clickOn("Panel results (Excel)…");
        waitUntil(() -> Files.exists(xlsx) && present(NOTIFICATION)
                && notificationTexts().stream().anyMatch(t -> t.contains(xlsx.toString())));
        assertTrue(notificationTexts().contains("Reports"), notificationTexts().toString());
        // the window stays usable while the notification shows: a shortcut reaches the main window
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> present("#resultsTable"));
    }
}
