package jp.clustereval.chart;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.LocalizedText;

/** Shared test data (the default round's five axes) and pixel helpers. */
final class TestCharts {

    static final List<Axis> AXES = List.of(
            new Axis("A", new LocalizedText("研究開発", "R&D"), 1),
            new Axis("B", new LocalizedText("自立性", "Autonomy"), 1),
            new Axis("C", new LocalizedText("事業推進体制", "Management"), 1),
            new Axis("D", new LocalizedText("自己評価", "Self-Evaluation"), 1),
            new Axis("E", new LocalizedText("クラスター形成", "Cluster formation"), 1));

    private TestCharts() {
    }

    static Map<String, Double> all(double value) {
        Map<String, Double> values = new LinkedHashMap<>();
        AXES.forEach(a -> values.put(a.code(), value));
        return values;
    }

    static RadarData clusterAndCohort(String title, Map<String, Double> cluster, Map<String, Double> cohort) {
        return new RadarData(title, "評価者 3 名", AXES, Language.JA, List.of(
                new RadarSeries("クラスターの平均", cluster), new RadarSeries("12クラスターの平均", cohort)));
    }

    static RadarData sample() {
        return clusterAndCohort("札幌", Map.of("A", 3.4, "B", 3.8, "C", 3.6, "D", 2.2, "E", 1.6), all(2.8));
    }

    /** The cluster's outline colour (#D55E00), with room for anti-aliasing. */
    static boolean vermillionish(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getGreen() > 60 && c.getGreen() < 140 && c.getBlue() < 70;
    }

    /** The cohort's line colour (#0072B2). */
    static boolean blueish(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 140 && c.getRed() < 70 && c.getGreen() > 80 && c.getGreen() < 150;
    }

    /** Light grey, as the rings are drawn: neutral and neither white nor dark. */
    static boolean ringGrey(int rgb) {
        Color c = new Color(rgb);
        int max = Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue()));
        int min = Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue()));
        return max - min < 12 && max < 240 && min > 120;
    }

    /** Tinted by the cluster's translucent vermillion fill. */
    static boolean vermillionTinted(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() - c.getBlue() > 30;
    }

    static int count(BufferedImage image, int x0, int y0, int w, int h, java.util.function.IntPredicate test) {
        int n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if (test.test(image.getRGB(x, y))) {
                    n++;
                }
            }
        }
        return n;
    }

    static int count(BufferedImage image, java.util.function.IntPredicate test) {
        return count(image, 0, 0, image.getWidth(), image.getHeight(), test);
    }

    /** Whether any pixel within radius px of (x, y) passes the test. */
    static boolean near(BufferedImage image, double x, double y, int radius, java.util.function.IntPredicate test) {
        return count(image, (int) Math.round(x) - radius, (int) Math.round(y) - radius, 2 * radius + 1,
                2 * radius + 1, test) > 0;
    }
}
