package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import jp.clustereval.service.Settings.WindowGeometry;

/**
 * What the main window remembers as its un-maximised bounds, on a real stage: GTK reports the move
 * into the screen's corner a moment before it reports the window maximised, and that move is not
 * where the user left the window (CI's RealWindowsTest saw the window come back at 1,20).
 */
class MainWindowBoundsStageTest {

    private static final WindowGeometry LEFT = new WindowGeometry(150, 90, 1000, 640, false);

    private Stage stage;
    private MainWindowBounds bounds;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        onFx(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new Pane(), 400, 300));
            bounds = new MainWindowBounds(stage);
            bounds.restore(Optional.of(LEFT));
            stage.show();
            return null;
        });
        settle();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aMoveReportedJustBeforeMaximisingIsNotWhereItUnmaximisesTo() throws Exception {
        onFx(() -> {
            stage.setX(1);
            stage.setY(20);
            stage.setMaximized(true);
            return null;
        });
        settle();
        assertEquals(Optional.of(new WindowGeometry(150, 90, 1000, 640, true)), onFx(bounds::toSave));
    }

    @Test
    void boundsTheUserGaveItAreRememberedOnceTheyHold() throws Exception {
        onFx(() -> {
            stage.setX(300);
            stage.setY(120);
            stage.setWidth(900);
            stage.setHeight(700);
            return null;
        });
        settle();
        onFx(() -> {
            stage.setMaximized(true);
            return null;
        });
        settle();
        assertEquals(Optional.of(new WindowGeometry(300, 120, 900, 700, true)), onFx(bounds::toSave));
    }

    @Test
    void closedAMomentAfterAMoveItRemembersWhereItIsNow() throws Exception {
        assertEquals(Optional.of(new WindowGeometry(640, 200, 1000, 640, false)), onFx(() -> {
            stage.setX(640);
            stage.setY(200);
            return bounds.toSave();
        }));
    }

    private static void settle() throws Exception {
        Thread.sleep((long) MainWindowBounds.SETTLED.toMillis() + 400);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
