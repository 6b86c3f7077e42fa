package jp.clustereval.bench;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;
import jp.clustereval.Main;
import jp.clustereval.ui.common.StartupSteps;

/**
 * The application started as {@code jp.clustereval.Main} would be, with the start-up case's
 * listener installed first: when the cluster list is first filled, it prints
 * {@code CLUSTEREVAL-STARTUP-STEPS name=<ms since JVM start> ...} (each step the application
 * reached, and first-layout: the end of the first window's first layout pulse), with
 * {@code -Dclustereval.startupNodes=true} {@code CLUSTEREVAL-NODES <total> {class=count, ...}} (what
 * the first frame is made of), and then {@code CLUSTEREVAL-STARTUP-MS <ms since JVM start> ROWS <n>}
 * once the next pulse is over, and ends the process. The start-up case and
 * installer/measure-startup.sh read these lines.
 */
public final class StartupWatch implements StartupSteps.Listener {

    static final String MARKER = "CLUSTEREVAL-STARTUP-MS ";
    static final String STEPS = "CLUSTEREVAL-STARTUP-STEPS";

    private final StringBuilder timeline = new StringBuilder();
    private boolean listed;
    private boolean laidOut;

    public static void main(String[] args) {
        StartupSteps.listen(new StartupWatch());
        Main.main(args);
    }

    @Override
    public void reached(String step) {
        long ms = uptime();
        synchronized (timeline) {
            timeline.append(' ').append(step).append('=').append(ms);
        }
        if ("shown".equals(step)) {
            afterFirstLayout();
        }
    }

    /** Notes the end of the shown window's first layout pulse as the step first-layout (FX thread). */
    private void afterFirstLayout() {
        for (Window w : Window.getWindows()) {
            Scene scene = w.getScene();
            if (w.isShowing() && scene != null && !laidOut) {
                laidOut = true;
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    reached("first-layout");
                    scene.removePostLayoutPulseListener(listener[0]);
                };
                scene.addPostLayoutPulseListener(listener[0]);
            }
        }
    }

    @Override
    public void listFilled(int rows) {
        if (listed || rows == 0) {
            return;
        }
        listed = true;
        reached("list-filled");
        FxPulses.afterNextPulse(() -> {
            synchronized (timeline) {
                print(STEPS + timeline);
            }
            if (Boolean.getBoolean("clustereval.startupNodes")) {
                printNodeCounts();
            }
            print(MARKER + uptime() + " ROWS " + rows);
            System.exit(0);
        });
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    private static void printNodeCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null) {
                count(w.getScene().getRoot(), counts);
            }
        }
        print("CLUSTEREVAL-NODES " + counts.values().stream().mapToInt(i -> i).sum() + " " + counts);
    }

    private static void count(Node n, Map<String, Integer> counts) {
        counts.merge(n.getClass().getSimpleName(), 1, Integer::sum);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                count(c, counts);
            }
        }
    }

    static void print(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
