package jp.clustereval.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import jp.clustereval.domain.Language;
import jp.clustereval.ui.overview.OverviewViewModel;

/**
 * Run in a child JVM by {@link OverviewKillTest}: the real application (headless), View &gt;
 * Overview by its shortcut, S typed on Sapporo's item 1.1; prints {@code saved} once the window
 * shows the grade as saved (nothing on its way to the disk), then waits to be killed.
 */
public final class OverviewGrader {

    private OverviewGrader() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        FxToolkit.registerPrimaryStage();
        ClusterEvalApp app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#clusterTable").tryQuery().isPresent()
                && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#overviewTable").tryQuery().isPresent()
                && robot.lookup("#overviewTable").queryAs(TableView.class).getItems().size() == 18
                && robot.lookup("#overviewTable").query().isFocused());
        System.out.println("ready");
        robot.type(KeyCode.S);
        OverviewViewModel vm = app.shell().wiring().viewModels().overview();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                "S".equals(vm.line("SAP").orElseThrow().row().grade("1.1")) && vm.savingProperty().get() == 0
                        && "Every grade shown is saved.".equals(robot.lookup("#overviewSaveState").queryAs(Label.class).getText()))
                .get());
        System.out.println("saved");
        Thread.sleep(Long.MAX_VALUE);
    }
}
