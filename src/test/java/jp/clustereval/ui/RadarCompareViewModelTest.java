package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.chart.RadarData;
import jp.clustereval.chart.RadarSeries;
import jp.clustereval.domain.Language;
import jp.clustereval.service.ComparedRounds;
import jp.clustereval.service.Services;
import jp.clustereval.ui.radar.RadarCompareViewModel;
import jp.clustereval.ui.radar.RadarViewModel;

/**
 * The radar window's "Compare with round" without the toolkit, on the final round of
 * {@link ComparedRounds} (hand-worked changes): the other rounds offered, both polygons and each
 * axis's change for Sapporo, the refusal's reason for a unit not graded in the mid-term.
 */
class RadarCompareViewModelTest {

    @TempDir
    Path dir;
    private VmFixture f;

    @AfterEach
    void tearDown() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void sapporoInTheFinalRoundComparedWithTheMidTerm() {
        Path db = dir.resolve("two.db");
        ComparedRounds.create(db);
        try (Services s = Services.open(db, false)) {
            s.roundSetup().use(ComparedRounds.FINAL, "test");
        }
        f = new VmFixture(db, Language.EN);
        RadarViewModel radar = new RadarViewModel(f.app, f.tasks);
        RadarCompareViewModel compare = radar.compare();
        compare.loadRounds();
        f.awaitIdle();
        assertEquals(List.of("(no comparison)", "Mid-term evaluation FY2004 (mid-fy2004)"),
                compare.rounds().stream().map(RadarCompareViewModel.RoundChoice::label).toList());
        assertNull(compare.otherProperty().get().id(), "no comparison until one is chosen");

        radar.clusterProperty().set(f.session.services().clusters().require("SAP"));
        compare.otherProperty().set(compare.rounds().get(1));
        f.awaitIdle();
        RadarData chart = compare.chartProperty().get();
        assertEquals(List.of("Final evaluation (final-fy2006)", "Mid-term evaluation FY2004 (mid-fy2004)"),
                chart.series().stream().map(RadarSeries::label).toList());
        assertEquals(3.5, chart.series().get(0).value("A"), 1e-9);
        assertEquals(2.5, chart.series().get(1).value("A"), 1e-9);
        assertEquals("A R&D (+1.00)", chart.axes().get(0).label(Language.EN));
        assertEquals("A +1.00   B +0.50   C ±0.00   D +0.50   E +1.00   Total +0.60", compare.changesProperty().get());

        radar.clusterProperty().set(f.session.services().clusters().require("SEN"));
        f.awaitIdle();
        assertNull(compare.chartProperty().get());
        assertTrue(compare.changesProperty().get().contains("The unit SEN has no result in the round 'mid-fy2004'"),
                compare.changesProperty().get());

        compare.otherProperty().set(compare.rounds().get(0));
        f.awaitIdle();
        assertNull(compare.chartProperty().get());
        assertEquals("", compare.changesProperty().get());
        assertEquals(List.of(), f.reported);
    }
}
