package jp.clustereval.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Session;
import jp.clustereval.ui.common.UiFonts;

/**
 * The overview's printed pages as nodes, made on the toolkit (headless) without a printer: who and
 * which round, "page n of m", the grid's header row on every page, every cluster once, the
 * bundled Japanese font.
 */
class OverviewPrintPagesTest {

    /** A4 landscape less 54-point margins (see PrintPaginationTest). */
    private static final double WIDTH = 734;
    private static final double HEIGHT = 487;

    @TempDir
    Path dir;
    private Session session;
    private BackgroundTasks tasks;
    private OverviewViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        session = Session.open(dir.resolve("print.db")).session();
        Evaluator me = session.services().evaluators().createLocal("評価 一郎", "大学A");
        SheetKey sap = new SheetKey(session.round().id(), me.id(), "SAP");
        for (String item : List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4")) {
            session.services().grading().setGrade(sap, item, "A", "test");
        }
        List<Throwable> reported = new CopyOnWriteArrayList<>();
        tasks = new BackgroundTasks(Runnable::run, reported::add);
        AppState app = new AppState(Language.JA);
        app.sessionProperty().set(session);
        app.evaluatorProperty().set(me);
        vm = new OverviewViewModel(app, tasks, stored -> { });
        vm.refresh();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.lines().size() == 18);
    }

    @AfterEach
    void tearDown() throws Exception {
        tasks.shutdown(Duration.ofSeconds(10));
        session.close();
    }

    private static List<Label> labels(Node n) {
        List<Label> out = new ArrayList<>();
        if (n instanceof Label l) {
            out.add(l);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(labels(c)));
        }
        return out;
    }

    private static GridPane grid(Node page) {
        return (GridPane) ((Parent) ((Parent) page).getChildrenUnmodifiable().get(0)).getChildrenUnmodifiable().get(1);
    }

    @Test
    void oneA4PageHoldsEighteenClustersUnderItsHeader() throws Exception {
        List<Node> pages = WaitForAsyncUtils.asyncFx(() -> OverviewPrinter.pages(vm, WIDTH, HEIGHT)).get(10, TimeUnit.SECONDS);
        assertEquals(1, pages.size());
        List<String> texts = labels(pages.get(0)).stream().map(Label::getText).toList();
        assertTrue(texts.contains("評価 一郎 — " + session.round().name().ja()), texts.toString());
        assertTrue(texts.contains("1 / 1 ページ"), texts.toString());
        assertEquals(19, grid(pages.get(0)).getRowCount(), "a header row and 18 clusters");
        assertTrue(texts.contains("✓ 完了") && texts.contains("3.00"), texts.toString());
        for (Label l : labels(pages.get(0))) {
            assertEquals(UiFonts.FAMILY, l.getFont().getFamily(), l.getText());
        }
        // the grid is wider than the page: scaled to its width
        double width = WaitForAsyncUtils.asyncFx(() -> pages.get(0).getBoundsInParent().getWidth()).get(10, TimeUnit.SECONDS);
        assertTrue(width <= WIDTH + 0.5, "scaled to the printable width: " + width);
    }

    @Test
    void aShortPageRepeatsTheHeaderRowAndNumbersThePages() throws Exception {
        List<Node> pages = WaitForAsyncUtils.asyncFx(() -> OverviewPrinter.pages(vm, WIDTH, 150)).get(10, TimeUnit.SECONDS);
        assertTrue(pages.size() > 1, "pages: " + pages.size());
        int rows = 0;
        for (int i = 0; i < pages.size(); i++) {
            List<String> texts = labels(pages.get(i)).stream().map(Label::getText).toList();
            assertTrue(texts.contains((i + 1) + " / " + pages.size() + " ページ"), texts.toString());
            assertTrue(texts.contains("クラスター") && texts.contains("1.1") && texts.contains("総合"), texts.toString());
            rows += grid(pages.get(i)).getRowCount() - 1;
        }
        assertEquals(18, rows, "every cluster printed once");
    }
}
