package jp.clustereval.ui.common;

import java.lang.management.ManagementFactory;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * For the benchmark only (off unless {@code -Dclustereval.startupProbe=exit|stay}): when the cluster
 * list is first filled, prints {@code CLUSTEREVAL-STARTUP-MS <ms since JVM start> ROWS <n>} after
 * the next pulse; {@code exit} then ends the process, {@code stay} keeps it running and prints
 * {@code CLUSTEREVAL-STALL-MS <longest gap between pulses in the last second>} every second.
 */
public final class StartupProbe {

    private static final String MODE = System.getProperty("clustereval.startupProbe");
    private static boolean done;

    private StartupProbe() {
    }

    /** Called on the FX thread when the cluster list has been filled. */
    public static void clusterListShown(int rows) {
        if (MODE == null || done || rows == 0) {
            return;
        }
        done = true;
        Platform.runLater(() -> {
            System.out.println("CLUSTEREVAL-STARTUP-MS " + ManagementFactory.getRuntimeMXBean().getUptime() + " ROWS " + rows);
            System.out.flush();
            if ("exit".equals(MODE)) {
                System.exit(0);
            }
            watchStalls();
        });
    }

    private static void watchStalls() {
        new AnimationTimer() {
            private long last;
            private long worst;
            private long since;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    worst = Math.max(worst, now - last);
                }
                last = now;
                if (since == 0) {
                    since = now;
                } else if (now - since >= 1_000_000_000L) {
                    System.out.println("CLUSTEREVAL-STALL-MS " + worst / 1_000_000);
                    System.out.flush();
                    worst = 0;
                    since = now;
                }
            }
        }.start();
    }
}
