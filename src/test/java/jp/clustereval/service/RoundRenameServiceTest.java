package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

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
import jp.clustereval.domain.RoundDefinition;
import jp.clustereval.persistence.RoundAuditDao;
import jp.clustereval.scorefile.RoundFingerprint;

/**
 * Issue 13: once a grade of a round is stored, its names still change (the round fingerprint does
 * not cover them), through a texts-only path that writes nothing else and refuses anything else.
 */
class RoundRenameServiceTest {

    private static final String MID = TwoRounds.MID;

    @TempDir
    Path dir;

    private static void graded(Services s) {
        var hanako = s.evaluators().createLocal("花子", "");
        TwoRounds.gradeAll(s, MID, hanako.id(), "SAP", "A");
    }

    @Test
    void aGradedRoundTakesNewNamesAndKeepsItsFingerprintAndGrades() {
        try (Services s = Services.open(dir.resolve("a.db"), false, dir.resolve("keys"))) {
            graded(s);
            RoundSetupService setup = s.roundSetup();
            String fingerprint = RoundFingerprint.of(s.rounds().require(MID));
            String gradesBefore = DbSnapshot.of(s.database()).replaceAll("(?s).*(== grade\n.*?)== .*", "$1");
            RoundDefinition stored = setup.definition(MID);
            RoundDefinition texts = withItem(withAxisName(withGradeWording(stored, "S", "Far beyond the plan"), "A", "Research"),
                    "1.1", i -> new Item(i.id(), i.parentId(), i.kind(), i.axisCode(), i.clusterCode(),
                            new LocalizedText("技術評価", "Technical progress"), new LocalizedText("説明", "How far the R&D got"),
                            i.weight(), i.order()));

            int changed = setup.rename(new RoundSetupService.Renaming(MID, new LocalizedText("中間評価 (改)", "Mid-term (revised)"),
                    texts), "chair");

            assertEquals(4, changed, "round name, item 1.1, axis A, grade S");
            s.rounds().invalidate(MID);
            Round after = s.rounds().require(MID);
            assertEquals(fingerprint, RoundFingerprint.of(after), "the grading structure is the same");
            assertEquals(new LocalizedText("中間評価 (改)", "Mid-term (revised)"), after.name());
            assertEquals("Technical progress", after.items().find("1.1").orElseThrow().name().en());
            assertEquals("How far the R&D got", after.items().find("1.1").orElseThrow().description().en());
            assertEquals("Research", after.axis("A").orElseThrow().name().en());
            assertEquals("Far beyond the plan", after.scale().find("S").orElseThrow().wording().en());
            assertEquals(gradesBefore, DbSnapshot.of(s.database()).replaceAll("(?s).*(== grade\n.*?)== .*", "$1"),
                    "the grades stay as they were");
            assertEquals(TwoRounds.ITEMS.size(), DbSnapshot.count(s.database(), "SELECT count(*) FROM grade"));
            RoundAuditDao.Entry last = lastAudit(s);
            assertEquals("rename", last.action());
            assertEquals("chair", last.actor());
            assertEquals("round name; items 1.1; axes A; grades S", last.detail());
        }
    }

    @Test
    void aStructuralChangeAfterTheFirstGradeIsRefusedWithTheFreezeRuleAndChangesNothing() {
        try (Services s = Services.open(dir.resolve("a.db"), false, dir.resolve("keys"))) {
            graded(s);
            RoundSetupService setup = s.roundSetup();
            RoundDefinition stored = setup.definition(MID);
            String before = DbSnapshot.of(s.database());
            // a new name together with item 1.2.1 moved from axis B to A: the new name must not be stored either
            RoundDefinition moved = withItem(withAxisName(stored, "A", "Research"), "1.2.1", i -> new Item(i.id(), i.parentId(),
                    i.kind(), "A", i.clusterCode(), i.name(), i.description(), i.weight(), i.order()));
            UserFacingException e = assertThrows(UserFacingException.class, () -> setup.rename(
                    new RoundSetupService.Renaming(MID, new LocalizedText("新", "New"), moved), "chair"));
            assertEquals("round.frozen", e.key());
            assertEquals(before, DbSnapshot.of(s.database()));

            RoundDefinition fewerUnits = new RoundDefinition(stored.round(), stored.kind(), stored.fiscalYear(),
                    stored.units().subList(0, 17));
            assertEquals("round.frozen", assertThrows(UserFacingException.class, () -> setup.rename(
                    new RoundSetupService.Renaming(MID, null, fewerUnits), "chair")).key());
            RoundDefinition otherYear = new RoundDefinition(stored.round(), stored.kind(), 2005, stored.units());
            assertEquals("round.frozen", assertThrows(UserFacingException.class, () -> setup.rename(
                    new RoundSetupService.Renaming(MID, null, otherYear), "chair")).key());
            RoundDefinition heavier = withItem(stored, "1.1", i -> new Item(i.id(), i.parentId(), i.kind(), i.axisCode(),
                    i.clusterCode(), new LocalizedText("新", "New"), i.description(), 2.0, i.order()));
            assertEquals("round.renameWeights", assertThrows(UserFacingException.class, () -> setup.rename(
                    new RoundSetupService.Renaming(MID, null, heavier), "chair")).key());
            assertEquals("round.nameMissing", assertThrows(UserFacingException.class, () -> setup.rename(
                    new RoundSetupService.Renaming(MID, new LocalizedText(" ", "New"), null), "chair")).key());
            assertEquals(before, DbSnapshot.of(s.database()), "no refusal stored anything");
        }
    }

    @Test
    void beforeTheFirstGradeAStructuralChangeIsSentToRedefinitionAndSameTextsChangeNothing() {
        try (Services s = Services.open(dir.resolve("a.db"), false, dir.resolve("keys"))) {
            RoundSetupService setup = s.roundSetup();
            RoundDefinition stored = setup.definition(MID);
            String before = DbSnapshot.of(s.database());
            RoundDefinition moved = withItem(stored, "1.2.1", i -> new Item(i.id(), i.parentId(), i.kind(), "A",
                    i.clusterCode(), i.name(), i.description(), i.weight(), i.order()));
            assertEquals("round.renameStructure", assertThrows(UserFacingException.class, () -> setup.rename(
                    new RoundSetupService.Renaming(MID, null, moved), "chair")).key());

            assertEquals(0, setup.rename(new RoundSetupService.Renaming(MID, stored.round().name(), stored), "chair"));
            assertEquals(before, DbSnapshot.of(s.database()), "nothing to change: nothing stored, nothing recorded");

            assertEquals(1, setup.rename(new RoundSetupService.Renaming(MID, new LocalizedText("新しい名前", "A new name"), null),
                    "chair"));
            assertEquals("A new name", setup.definition(MID).round().name().en());
            assertEquals("round name", lastAudit(s).detail());
        }
    }

    private static RoundAuditDao.Entry lastAudit(Services s) {
        List<RoundAuditDao.Entry> entries = s.database().query(c -> new RoundAuditDao(c).ofRound(MID));
        return entries.get(entries.size() - 1);
    }

    private static RoundDefinition withItem(RoundDefinition d, String id, UnaryOperator<Item> change) {
        List<Item> items = new ArrayList<>();
        for (Item i : d.round().items().all()) {
            items.add(i.id().equals(id) ? change.apply(i) : i);
        }
        Round r = d.round();
        return new RoundDefinition(new Round(r.id(), r.name(), r.scale(), r.axes(), new ItemTree(items), r.cohort()),
                d.kind(), d.fiscalYear(), d.units());
    }

    private static RoundDefinition withAxisName(RoundDefinition d, String code, String en) {
        Round r = d.round();
        List<Axis> axes = r.axes().stream().map(a -> a.code().equals(code)
                ? new Axis(a.code(), new LocalizedText(a.name().ja(), en), a.weight()) : a).toList();
        return new RoundDefinition(new Round(r.id(), r.name(), r.scale(), axes, r.items(), r.cohort()),
                d.kind(), d.fiscalYear(), d.units());
    }

    private static RoundDefinition withGradeWording(RoundDefinition d, String code, String en) {
        Round r = d.round();
        List<GradeLevel> levels = r.scale().levels().stream().map(l -> l.code().equals(code)
                ? new GradeLevel(l.code(), l.value(), new LocalizedText(l.wording().ja(), en)) : l).toList();
        return new RoundDefinition(new Round(r.id(), r.name(), new GradeScale(levels), r.axes(), r.items(), r.cohort()),
                d.kind(), d.fiscalYear(), d.units());
    }
}
