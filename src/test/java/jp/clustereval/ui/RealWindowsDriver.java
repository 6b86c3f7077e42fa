package jp.clustereval.ui;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.testfx.util.WaitForAsyncUtils;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.clustereval.domain.Language;

/**
 * Run in a child JVM on a real display (GTK, under a window manager) by {@code RealWindowsTest}:
 * the desktop application on a database and a settings file, as a user starts it, driven by lines
 * on stdin and answering on stdout. What the window manager did is measured by the test with
 * xdotool and xwininfo; this side tells what the application wanted (its content's preferred sizes).
 * <ul>
 * <li>{@code windows}: one line, {@code windows}, then for every window shown {@code |title TAB
 * prefWidth TAB prefHeight TAB wholeText} (the preferred size of the scene's content; wholeText: whether
 * every label of a dialog shows its whole text, not cut with an ellipsis or below the window's edge);</li>
 * <li>{@code fire ID}: fires the main window's menu item with that fx:id, as a click on it;</li>
 * <li>{@code maximize} / {@code restore}: as the window manager's button;</li>
 * <li>{@code main}: {@code main TAB maximized TAB sceneWidth TAB sceneHeight TAB rootWidth TAB
 * rootHeight TAB menu text}, after the next pulse;</li>
 * <li>{@code scene TITLE}: {@code scene TAB width TAB height TAB rootWidth TAB rootHeight} of that window;</li>
 * <li>{@code choose PATH}: every file chooser answers PATH from now on ({@code choose real}: GTK's again);</li>
 * <li>{@code quit}: stops the application as its window's closing does, and the JVM.</li>
 * </ul>
 * It prints {@code ready} once the welcome page (no evaluator yet) or the cluster list is shown.
 */
public final class RealWindowsDriver {

    private RealWindowsDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path settings = Path.of(args[1]);
        Language language = Language.parse(args[2]);
        // started as GuiLauncher starts it (a decorated primary stage of its own), not in TestFX's
        // undecorated one: the window manager treats the two differently
        ClusterEvalApp app = new ClusterEvalApp(new AppConfig(db, language, AppConfig.DEFAULT_TEXT_SAVE_DELAY, settings));
        app.init();
        Stage[] stage = new Stage[1];
        Platform.startup(() -> {
            stage[0] = new Stage();
            app.start(stage[0]);
        });
        // ready on the welcome page (no evaluator yet) or with the cluster list shown
        await(() -> stage[0] != null && app.shell().state().session() != null && stage[0].isShowing()
                && (app.shell().state().evaluator() == null || !app.shell().main().clusters().loadingProperty().get()));
        Stage primary = stage[0];
        say("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] w = line.split(" ", 2);
            switch (w[0]) {
                case "windows" -> onFx(() -> {
                    StringBuilder out = new StringBuilder("windows");
                    for (Window window : List.copyOf(Window.getWindows())) {
                        if (window instanceof Stage s && s.isShowing() && s.getScene() != null) {
                            Parent root = s.getScene().getRoot();
                            double pw = Math.ceil(root.prefWidth(-1));
                            double ph = Math.ceil(root.prefHeight(pw));
                            out.append('|').append(s.getTitle()).append('\t').append(pw).append('\t').append(ph)
                                    .append('\t').append(wholeText(s.getScene()));
                        }
                    }
                    return out.toString();
                });
                case "fire" -> onFx(() -> {
                    MenuBar bar = (MenuBar) primary.getScene().getRoot().lookup(".menu-bar");
                    MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                            .filter(i -> w[1].equals(i.getId())).findFirst().orElseThrow();
                    Platform.runLater(item::fire);
                    return "fired " + w[1];
                });
                case "maximize" -> onFx(() -> {
                    primary.setMaximized(true);
                    return "maximize asked";
                });
                case "restore" -> onFx(() -> {
                    primary.setMaximized(false);
                    return "restore asked";
                });
                case "main" -> {
                    WaitForAsyncUtils.waitForFxEvents();
                    onFx(() -> {
                        Scene scene = primary.getScene();
                        Parent root = scene.getRoot();
                        MenuBar bar = (MenuBar) root.lookup(".menu-bar");
                        return "main\t" + primary.isMaximized() + "\t" + scene.getWidth() + "\t" + scene.getHeight()
                                + "\t" + root.getLayoutBounds().getWidth() + "\t" + root.getLayoutBounds().getHeight()
                                + "\t" + (bar == null ? "" : bar.getMenus().get(0).getText());
                    });
                }
                case "scene" -> {
                    WaitForAsyncUtils.waitForFxEvents();
                    onFx(() -> {
                        Stage s = Window.getWindows().stream().filter(x -> x instanceof Stage st && w[1].equals(st.getTitle()))
                                .map(Stage.class::cast).findFirst().orElseThrow();
                        Parent root = s.getScene().getRoot();
                        return "scene\t" + s.getScene().getWidth() + "\t" + s.getScene().getHeight() + "\t"
                                + root.getLayoutBounds().getWidth() + "\t" + root.getLayoutBounds().getHeight();
                    });
                }
                case "choose" -> onFx(() -> {
                    app.shell().dialogs().setFileChooser("real".equals(w[1]) ? null : request -> List.of(Path.of(w[1])));
                    return "choosing " + w[1];
                });
                case "quit" -> {
                    WaitForAsyncUtils.asyncFx(() -> {
                        app.stop(); // what closing the main window runs
                        return null;
                    }).get(60, TimeUnit.SECONDS);
                    say("stopped");
                    System.exit(0);
                }
                default -> say("unknown " + line);
            }
        }
        Thread.sleep(600_000);
    }

    /**
     * Whether every label shows its whole text: the text drawn is the label's (no ellipsis), and the
     * label lies inside the scene (not cut off at the window's bottom edge).
     */
    private static boolean wholeText(Scene scene) {
        if (!(scene.getRoot() instanceof DialogPane)) {
            return true;
        }
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        for (Node n : scene.getRoot().lookupAll(".label")) {
            if (n instanceof Label label && label.isVisible() && label.getText() != null && !label.getText().isEmpty()) {
                Node drawn = label.lookup(".text");
                if (drawn instanceof Text t && !label.getText().equals(t.getText())) {
                    return false;
                }
                var inScene = label.localToScene(label.getLayoutBounds());
                if (inScene.getMaxY() > scene.getHeight() + 0.5 || inScene.getMaxX() > scene.getWidth() + 0.5
                        || label.getHeight() + 0.5 < label.prefHeight(label.getWidth())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void onFx(Callable<String> answer) throws Exception {
        say(WaitForAsyncUtils.asyncFx(answer).get(90, TimeUnit.SECONDS));
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** Waits for the condition, asked on the FX thread; a busy FX thread (a loaded machine) only delays it. */
    private static void await(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS))) {
                    return;
                }
            } catch (java.util.concurrent.TimeoutException busy) {
                // asked again
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The application was not ready within 150 s");
    }
}
