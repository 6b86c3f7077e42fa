package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.stage.Window;
import jp.clustereval.domain.Language;

/**
 * The user is never left without a sign of life: the main window's spinner and the wait cursor
 * while the worker keeps them waiting (the timing itself: {@code BusyIndicatorTest}), and after
 * "Start grading" a drawn frame that says the main window is being prepared before it is built.
 */
class GuiBusyIndicatorTest extends GuiTestBase {

    @Test
    void slowWorkShowsTheSpinnerAndTheWaitCursorUntilItIsDone() throws Exception {
        startAsChairWithAGradedPanel();
        assertFalse(fx(() -> robot.lookup("#statusBusy").query().isVisible()), "idle: no spinner");

        CountDownLatch release = new CountDownLatch(1);
        fx(() -> {
            app.shell().tasks().run(() -> release.await(30, TimeUnit.SECONDS), done -> { });
            return null;
        });
        waitUntil(() -> robot.lookup("#statusBusy").query().isVisible());
        assertEquals(Cursor.WAIT, fx(() -> robot.lookup("#statusBusy").query().getScene().getCursor()));

        release.countDown();
        waitUntil(() -> !robot.lookup("#statusBusy").query().isVisible());
        assertEquals(null, fx(() -> robot.lookup("#statusBusy").query().getScene().getCursor()));
    }

    @Test
    void startGradingDrawsThePreparingLineBeforeTheMainWindowIsBuilt() throws Exception {
        Path db = dir.resolve("evaluator.db");
        FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
        waitUntil(() -> present("#nameField"));
        // every frame laid out while the welcome page is the window's content: is its busy line showing?
        List<Boolean> framesWithBusyLine = new CopyOnWriteArrayList<>();
        fx(() -> {
            Window window = robot.lookup("#nameField").query().getScene().getWindow();
            window.getScene().addPostLayoutPulseListener(() -> {
                Node busy = window.getScene().lookup("#welcomeBusy");
                if (busy != null) {
                    framesWithBusyLine.add(busy.isVisible());
                }
            });
            return null;
        });
        robot.clickOn("#nameField").write("Ichiro Hyoka");
        robot.clickOn("#affiliationField").write("University A");
        robot.clickOn("#startButton");
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());

        assertTrue(framesWithBusyLine.contains(true),
                "a frame said the main window was being prepared before it replaced the page: " + framesWithBusyLine);
    }
}
