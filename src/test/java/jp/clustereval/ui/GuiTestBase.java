package jp.clustereval.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import jp.clustereval.domain.Language;

/** What every TestFX test of the whole application shares: the robot, waiting, and closing the app. */
abstract class GuiTestBase {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    ClusterEvalApp app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    /** Reads something on the FX thread. */
    static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(condition));
    }

    /**
     * The cluster list's row that shows this cluster (rows carry no id: a unique id per row would
     * make every row and its cells miss JavaFX's shared style cache).
     */
    javafx.scene.Node clusterRow(String code) throws Exception {
        // the table's rows are made at its next layout, a pulse after its items are set
        waitUntil(() -> clusterRowQuery(code).tryQuery().isPresent());
        return clusterRowQuery(code).query();
    }

    private org.testfx.service.query.NodeQuery clusterRowQuery(String code) {
        return robot.lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() instanceof jp.clustereval.ui.clusters.ClusterRow c && c.code().equals(code));
    }

    /**
     * The desktop of a chair whose database holds PanelFixture's graded panel, in English, with its
     * cluster list shown.
     */
    void startAsChairWithAGradedPanel() throws Exception {
        Path db = dir.resolve("chair.db");
        try (jp.clustereval.service.Services chair = jp.clustereval.service.Services.open(db, false,
                dir.resolve("chair-keys"))) {
            chair.evaluators().createLocal("Chair", "MEXT");
            PanelFixture.grade(chair, chair.rounds().current());
        }
        FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
    }

    /** Panel > Results by its shortcut (Ctrl+Shift+R), until the results window's tabs are there. */
    void openPanelResults() throws Exception {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.R)
                .release(javafx.scene.input.KeyCode.R, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> present("#resultsTabs"));
    }

    boolean present(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    /** Until the worker has written everything asked of it, and the FX thread has seen the results. */
    void waitForSaves() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !app.shell().tasks().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
