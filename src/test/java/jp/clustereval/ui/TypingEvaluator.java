package jp.clustereval.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javafx.application.Platform;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyEvent;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.clusters.ClusterRow;

/**
 * Run in a child JVM by {@link TextAutosaveKillTest}: the real application (headless, TestFX's
 * robot typing real key events into the comment box of item 1.1 of Sapporo), with the default
 * text-save delay. Modes (args[1]):
 * <ul>
 * <li>{@code type TEXT}: types TEXT, prints {@code typed <t>} once the last key event was handled,
 * then waits to be killed;</li>
 * <li>{@code keep-typing TEXT}: types TEXT a character at a time without ever pausing as long as
 * the save delay, printing {@code key <count> <t>} after each, then {@code typed <t>};</li>
 * <li>{@code measure N}: N times types a word and reports, as {@code saved-after-ms <ms>}, how
 * long after its last key event the comment was on disk (read back through a second connection).</li>
 * </ul>
 * {@code <t>} is the {@link System#nanoTime()} at which the window handled the last key event (the
 * moment the save delay starts from; the same clock as the parent's on Linux).
 */
public final class TypingEvaluator {

    private static volatile long lastKey;

    private TypingEvaluator() {
    }

    private static boolean onFx(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        return WaitForAsyncUtils.asyncFx(condition).get();
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        javafx.stage.Stage stage = FxToolkit.registerPrimaryStage();
        // when the last key event was handled: the moment the save delay starts from
        stage.addEventFilter(KeyEvent.ANY, e -> lastKey = System.nanoTime());
        ClusterEvalApp app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
        FxRobot robot = new FxRobot();
        // lookups walk the scene graph: on the FX thread, which builds the panes meanwhile
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(".table-row-cell")
                .match(TypingEvaluator::isSapporo).tryQuery().isPresent()));
        robot.clickOn(robot.lookup(".table-row-cell").match(TypingEvaluator::isSapporo).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#item-1_1-comment").tryQuery().isPresent()));
        robot.clickOn("#item-1_1-comment");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#item-1_1-comment").query().isFocused()));
        System.out.println("ready");
        switch (args[1]) {
            case "type" -> {
                robot.write(args[2]);
                WaitForAsyncUtils.waitForFxEvents();
                System.out.println("typed " + lastKey);
            }
            case "keep-typing" -> {
                String text = args[2];
                for (int i = 0; i < text.length(); i++) {
                    robot.write(text.charAt(i));
                    WaitForAsyncUtils.waitForFxEvents();
                    System.out.println("key " + (i + 1) + " " + lastKey);
                    Thread.sleep(60); // a steady typist: never the pause the save waits for
                }
                System.out.println("typed " + lastKey);
            }
            case "measure" -> measure(app, robot, db, Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException(args[1]);
        }
        System.out.flush();
        Thread.sleep(120_000);
    }

    private static boolean isSapporo(javafx.scene.Node n) {
        return n instanceof TableRow<?> r && r.getItem() instanceof ClusterRow c && c.code().equals("SAP");
    }

    private static void measure(ClusterEvalApp app, FxRobot robot, Path db, int rounds) throws Exception {
        // read through the application's own connection: it keeps the file to itself while open, and
        // with synchronous=FULL a committed change is a change on disk
        {
            Services reader = app.shell().state().session().services();
            String me = reader.evaluators().local().orElseThrow().id();
            SheetKey key = new SheetKey(reader.rounds().current().id(), me, "SAP");
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < rounds; i++) {
                String word = (i == 0 ? "" : " ") + "word" + i;
                robot.write(word);
                WaitForAsyncUtils.waitForFxEvents();
                long typed = lastKey;
                expected.append(word);
                String want = expected.toString();
                while (!want.equals(reader.grading().load(key).entry("1.1").comment())) {
                    Thread.sleep(2);
                }
                System.out.println("saved-after-ms " + (System.nanoTime() - typed) / 1_000_000);
                Thread.sleep(300);
            }
        }
        Platform.runLater(() -> { });
    }
}
