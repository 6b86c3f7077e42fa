package jp.clustereval.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.fx.ChartViewer;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import jp.clustereval.chart.RadarChartFactory;
import jp.clustereval.chart.RadarData;
import jp.clustereval.chart.RadarSeries;
import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.Score;

/**
 * The start-up floor: a bare JavaFX window with one JFreeChart radar, started from the same jar
 * (same class path) as the application; prints the same marker line as {@link StartupWatch} does
 * for the application, taken the same way (after the first pulse that shows the chart), then exits.
 */
public final class StartupFloor {

    private StartupFloor() {
    }

    private static long launched;
    private static long toolkit;

    public static void main(String[] args) {
        launched = uptime();
        Application.launch(App.class, args);
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** The window. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            toolkit = uptime();
            List<Axis> axes = new java.util.ArrayList<>();
            Map<String, Score> scores = new LinkedHashMap<>();
            String[] codes = {"A", "B", "C", "D", "E"};
            for (int i = 0; i < codes.length; i++) {
                axes.add(new Axis(codes[i], new LocalizedText("軸" + codes[i], "Axis " + codes[i]), 1));
                scores.put(codes[i], new Score(2 + i * 0.4, 5));
            }
            RadarData data = new RadarData("Floor", "", axes, Language.JA, List.of(RadarSeries.fromScores("cluster", scores)));
            stage.setScene(new Scene(new ChartViewer(RadarChartFactory.create(data)), 900, 700));
            stage.setTitle("ClusterEval start-up floor");
            stage.show();
            long shown = uptime();
            FxPulses.afterNextPulse(() -> {
                // the same steps as the application's timeline, where the floor has them
                System.out.println("CLUSTEREVAL-STARTUP-STEPS launch=" + launched + " toolkit=" + toolkit + " shown=" + shown);
                System.out.println("CLUSTEREVAL-STARTUP-MS " + uptime() + " ROWS 1");
                System.out.flush();
                System.exit(0);
            });
        }
    }
}
