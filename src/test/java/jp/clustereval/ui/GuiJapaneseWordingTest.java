package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Services;

/**
 * The Japanese grade wording under the S/A/B/C buttons breaks its lines between phrases, never
 * inside a word (it broke as 「…進捗してい／る」), and none of it is cut off.
 */
class GuiJapaneseWordingTest extends GuiTestBase {

    /** 計画を｜大きく｜上回って｜進捗している: where a line may end. */
    private static final String S_WORDING = "計画を大きく上回って進捗している";
    private static final Set<Integer> PHRASE_ENDS = Set.of(3, 6, 10, 16);

    @Test
    void theGradeWordingWrapsBetweenPhrases() throws Exception {
        java.nio.file.Path db = dir.resolve("evaluator.db");
        try (Services services = Services.open(db, false, dir.resolve("keys"))) {
            services.evaluators().createLocal("評価 一郎", "A 大学");
        }
        FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.JA)));
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
        robot.clickOn(clusterRow("SEN"));
        waitUntil(() -> present("#item-1_1-name") && app.shell().main().sheet().clusterProperty().get() != null
                && app.shell().main().sheet().clusterProperty().get().code().equals("SEN"));
        robot.clickOn("#item-1_1-name");
        robot.type(KeyCode.S);
        waitForSaves();
        List<String> lines = fx(() -> lines(robot.lookup("#item-1_1-wording").query()));
        assertEquals(S_WORDING, String.join("", lines), "the whole wording is shown, nothing cut off");
        assertTrue(lines.size() > 1, "the wording is wider than the grade column, so it wraps: " + lines);
        int end = 0;
        for (String line : lines) {
            end += line.length();
            assertTrue(PHRASE_ENDS.contains(end), "a line ends inside a phrase: " + lines);
        }
    }

    /** The text as drawn, one string per line (in reading order), over every Text node below the node. */
    private static List<String> lines(Node wording) {
        List<Text> texts = new ArrayList<>();
        collect(wording, texts);
        List<double[]> chars = new ArrayList<>(); // y, x, code point, for each character drawn
        for (Text t : texts) {
            String s = t.getText();
            for (int i = 0; i < s.length(); i++) {
                Path range = new Path(t.rangeShape(i, i + 1));
                Bounds b = t.localToScene(range.getBoundsInLocal());
                chars.add(new double[] {Math.round(b.getMinY() / 4.0), b.getMinX(), s.charAt(i)});
            }
        }
        chars.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double y = Double.NaN;
        for (double[] c : chars) {
            if (line.length() > 0 && c[0] != y) {
                lines.add(line.toString());
                line.setLength(0);
            }
            y = c[0];
            line.append((char) c[2]);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void collect(Node node, List<Text> into) {
        if (node instanceof Text t && t.isVisible() && !t.getText().isEmpty()) {
            into.add(t);
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, into));
        }
    }
}
