package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Services;

/**
 * A failure in an event handler of the running application (an exception no view model caught)
 * reaches the person: the error dialog, and the line on stderr. Before, the FX thread's
 * exceptions went to the default handler, which only wrote the log.
 */
class GuiFailureDialogTest extends GuiTestBase {

    @Test
    void anExceptionInAnEventHandlerShowsTheErrorDialogAndPrintsItsLine() throws Exception {
        Path db = dir.resolve("desk.db");
        try (Services s = Services.open(db, false)) {
            s.evaluators().createLocal("Desk Top", "University D");
        }
        FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
        waitUntil(() -> present("#clusterTable"));

        PrintStream realErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Platform.runLater(() -> {
                throw new IllegalStateException("a handler that failed");
            });
            waitUntil(() -> present("#errorDialog"));
        } finally {
            System.setErr(realErr);
        }
        String text = fx(() -> robot.lookup("#errorDialog").queryAs(DialogPane.class).getContentText());
        assertTrue(text.startsWith("An unexpected error occurred."), text);
        String line = err.toString(StandardCharsets.UTF_8);
        assertTrue(line.startsWith("error: An unexpected error occurred: IllegalStateException: a handler that"
                + " failed"), line);
    }
}
