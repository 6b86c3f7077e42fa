package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.radar.RadarModel;
import jp.clustereval.ui.radar.RadarViewModel;

/** The radar view's data over every evaluator, and its PNG/SVG export on the worker thread. */
class RadarExportTest {

    @TempDir
    Path dir;
    private VmFixture fx;
    private RadarViewModel radar;

    @BeforeEach
    void setUp() {
        fx = new VmFixture(dir.resolve("radar.db"), Language.JA);
        Evaluator me = fx.createEvaluator("Me");
        Evaluator other = fx.session.services().evaluators().add("Other", "");
        var grading = fx.session.services().grading();
        String round = fx.session.round().id();
        // HIR graded completely (me every item S, other every item B): a total, so in the cohort average
        for (String item : java.util.List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4")) {
            grading.setGrade(new SheetKey(round, me.id(), "HIR"), item, "S", "test");
            grading.setGrade(new SheetKey(round, other.id(), "HIR"), item, "B", "test");
        }
        grading.setGrade(new SheetKey(round, other.id(), "FUK"), "4", "C", "test");
        radar = new RadarViewModel(fx.app, fx.tasks);
        radar.refresh();
        fx.awaitIdle();
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    @Test
    void averagesEveryEvaluatorAgainstTheCohort() {
        radar.clusterProperty().set(fx.session.services().clusters().require("HIR"));
        RadarModel hir = radar.selectedProperty().get();
        assertEquals(2, hir.evaluators());
        assertEquals(3.0, hir.cluster().get("A"), 1e-9, "mean of S=4 and B=2");
        assertEquals(3.0, hir.cohort().get("A"), 1e-9, "HIR is the only cohort cluster with a total");
        assertEquals(3.0, hir.cohort().get("E"), 1e-9, "HIR's E: FUK's one-item sheet is unfinished, not averaged");
        assertEquals(1, hir.cohortClusters());
        assertEquals(12, hir.cohortMembers());
        assertEquals(12, radar.grid().size());
        assertTrue(radar.grid().stream().anyMatch(m -> m.clusterCode().equals("FUK") && m.evaluators() == 1));
    }

    @Test
    void writesPngAndSvgInTheBackground() throws Exception {
        radar.clusterProperty().set(fx.session.services().clusters().require("HIR"));
        Path png = dir.resolve("hir.png");
        Path svg = dir.resolve("hir.svg");
        Path grid = dir.resolve("grid.png");
        radar.exportSelected(png);
        radar.exportSelected(svg);
        radar.exportGrid(grid);
        fx.awaitIdle();

        byte[] magic = {(byte) 0x89, 'P', 'N', 'G'};
        assertArrayEquals(magic, Arrays.copyOf(Files.readAllBytes(png), 4));
        assertArrayEquals(magic, Arrays.copyOf(Files.readAllBytes(grid), 4));
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg"), "an SVG document");
        assertTrue(text.contains("広島"), "Japanese title written as text");
        assertTrue(radar.exportMessageProperty().get().contains("grid.png"));
        assertTrue(fx.reported.isEmpty(), fx.reported::toString);
    }

    @Test
    void refusesAClusterNobodyGradedAndReportsWriteFailures() throws Exception {
        radar.clusterProperty().set(fx.session.services().clusters().require("SAP"));
        UserFacingException e = assertThrows(UserFacingException.class, () -> radar.exportSelected(dir.resolve("x.png")));
        assertEquals("chart.noData", e.key());
        assertFalse(Files.exists(dir.resolve("x.png")));

        radar.clusterProperty().set(fx.session.services().clusters().require("HIR"));
        radar.exportSelected(dir.resolve("no-such-folder").resolve("hir.png"));
        fx.awaitIdle();
        assertEquals(1, fx.reported.size());
        assertTrue(fx.reported.get(0) instanceof UserFacingException u && u.key().equals("file.writeFailed"),
                fx.reported.toString());
    }
}
