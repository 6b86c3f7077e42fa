package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Axis;
import jp.clustereval.domain.GradeLevel;
import jp.clustereval.domain.GradeScale;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemTree;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.RoundComparison;
import jp.clustereval.domain.RoundDefinition;
import jp.clustereval.domain.RoundKind;

/** The comparison of a unit's two rounds on a real database (the hand-worked figures of {@link ComparedRounds}). */
class ComparisonServiceTest {

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void setUp() {
        db = dir.resolve("two.db");
        ComparedRounds.create(db);
    }

    @Test
    void sapporoChangesAxisByAxisAsWorkedOutByHand() {
        try (Services s = Services.open(db, true)) {
            ComparisonService.UnitInRounds u = s.comparisons().unit(ComparedRounds.MID, ComparedRounds.FINAL, "SAP", false);
            assertEquals(ComparedRounds.MID, u.earlier().id());
            assertEquals(ComparedRounds.FINAL, u.later().id());
            Map<String, String> changes = new LinkedHashMap<>();
            for (RoundComparison.AxisChange c : u.comparison().axes()) {
                changes.put(c.axis().code(), c.earlier() + " -> " + c.later() + " " + RoundComparison.change(c.delta()));
            }
            assertEquals(Map.of("A", "2.5 -> 3.5 +1.00", "B", "2.5 -> 3.0 +0.50", "C", "2.5 -> 2.5 ±0.00",
                    "D", "2.5 -> 3.0 +0.50", "E", "2.5 -> 3.5 +1.00"), changes);
            assertEquals(List.of("A", "B", "C", "D", "E"), new ArrayList<>(changes.keySet()));
            assertEquals(2.5, u.comparison().earlierTotal(), 1e-9);
            assertEquals(3.1, u.comparison().laterTotal(), 1e-9);
            assertEquals("+0.60", RoundComparison.change(u.comparison().totalDelta()));
        }
    }

    @Test
    void aUnitWithoutAResultInEitherRoundIsRefused() {
        try (Services s = Services.open(db, true)) {
            UserFacingException sen = assertThrows(UserFacingException.class,
                    () -> s.comparisons().unit(ComparedRounds.MID, ComparedRounds.FINAL, "SEN", false));
            assertEquals("compare.notGraded", sen.key());
            assertTrue(sen.getMessage().contains("SEN") && sen.getMessage().contains(ComparedRounds.MID), sen::getMessage);
            UserFacingException kyo = assertThrows(UserFacingException.class,
                    () -> s.comparisons().unit(ComparedRounds.MID, ComparedRounds.FINAL, "KYO", false));
            assertTrue(kyo.getMessage().contains(ComparedRounds.FINAL), kyo::getMessage);
            assertEquals("compare.sameRound", assertThrows(UserFacingException.class,
                    () -> s.comparisons().unit(ComparedRounds.MID, ComparedRounds.MID, "SAP", false)).key());
        }
    }

    @Test
    void otherAxesCompareByTotalsOnlyAndAnotherScaleNotAtAll() {
        try (Services s = Services.open(db, false)) {
            RoundDefinition mid = s.roundSetup().definition(ComparedRounds.MID);
            s.roundSetup().create(new RoundSetupService.NewRound("axes-f", new LocalizedText("軸F", "Axis F"), RoundKind.FINAL,
                    null, withAxisEAs(mid, "F"), null, null), "test");
            s.roundSetup().create(new RoundSetupService.NewRound("five", new LocalizedText("五段階", "Five grades"), RoundKind.FINAL,
                    null, withScaleShifted(mid), null, null), "test");
            UserFacingException axes = assertThrows(UserFacingException.class,
                    () -> s.comparisons().unit(ComparedRounds.MID, "axes-f", "SAP", false));
            assertEquals("compare.axesDiffer", axes.key());
            assertTrue(axes.getMessage().contains("A, B, C, D, E") && axes.getMessage().contains("A, B, C, D, F"),
                    axes::getMessage);
            // totals still compare: same scale
            assertEquals(2, s.comparisons().requireComparable(ComparedRounds.MID, "axes-f", RoundComparison.Basis.TOTALS).size());
            assertEquals("compare.scaleDiffers", assertThrows(UserFacingException.class, () -> s.comparisons()
                    .requireComparable(ComparedRounds.MID, "five", RoundComparison.Basis.TOTALS)).key());
        }
    }

    @Test
    void theFinalRoundsEarlierRoundsAreTheMidTermAloneAndTheMidTermHasNone() {
        try (Services s = Services.open(db, true)) {
            assertEquals(List.of(ComparedRounds.MID), s.comparisons().earlierComparable(s.rounds().require(ComparedRounds.FINAL))
                    .stream().map(Round::id).toList());
            assertEquals(List.of(), s.comparisons().earlierComparable(s.rounds().require(ComparedRounds.MID)));
        }
    }

    @Test
    void aChangeIsPrintedSignedWithTwoDecimalsRoundedHalfUp() {
        assertEquals("+0.13", RoundComparison.change(0.125));
        assertEquals("-1.00", RoundComparison.change(-1.0));
        assertEquals("±0.00", RoundComparison.change(-0.001));
        assertEquals("—", RoundComparison.change(null));
        assertEquals("—", RoundComparison.change(Double.NaN));
        assertNull(new RoundComparison.AxisChange(new Axis("A", new LocalizedText("a", "a"), 1), null, 3.0).delta());
    }

    /** The definition with axis E renamed (and its item moved along): another set of axes. */
    static RoundDefinition withAxisEAs(RoundDefinition d, String code) {
        Round r = d.round();
        List<Axis> axes = r.axes().stream().map(a -> a.code().equals("E") ? new Axis(code, a.name(), a.weight()) : a).toList();
        List<Item> items = r.items().all().stream().map(i -> "E".equals(i.axisCode()) ? new Item(i.id(), i.parentId(), i.kind(),
                code, i.clusterCode(), i.name(), i.description(), i.weight(), i.order()) : i).toList();
        return new RoundDefinition(new Round(r.id(), r.name(), r.scale(), axes, new ItemTree(items), r.cohort()), d.kind(),
                d.fiscalYear(), d.units());
    }

    /** The definition with every grade worth one more: another scale. */
    static RoundDefinition withScaleShifted(RoundDefinition d) {
        Round r = d.round();
        GradeScale scale = new GradeScale(r.scale().levels().stream()
                .map(l -> new GradeLevel(l.code(), l.value() + 1, l.wording())).toList());
        return new RoundDefinition(new Round(r.id(), r.name(), scale, r.axes(), r.items(), r.cohort()), d.kind(),
                d.fiscalYear(), d.units());
    }
}
