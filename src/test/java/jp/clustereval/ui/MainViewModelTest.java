package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Language;
import jp.clustereval.ui.main.MainViewModel;
import jp.clustereval.ui.radar.RadarModel;
import jp.clustereval.ui.sheet.ItemViewModel;
import jp.clustereval.ui.welcome.WelcomeViewModel;

/** The main window's wiring: first start, selection, progress, radars, language, database switch. */
class MainViewModelTest {

    @TempDir
    Path dir;
    private VmFixture fx;
    private MainViewModel main;

    @BeforeEach
    void setUp() {
        fx = new VmFixture(dir.resolve("main.db"), Language.EN);
        main = fx.viewModels(Duration.ofMillis(100)).main();
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    private void whoAmI() {
        WelcomeViewModel welcome = new WelcomeViewModel(fx.app, fx.tasks);
        assertTrue(!welcome.submit(), "a blank name is refused");
        assertEquals("Please enter your name.", welcome.errorProperty().get());
        welcome.nameProperty().set("  Ichiro Hyoka ");
        welcome.affiliationProperty().set("University A");
        assertTrue(welcome.submit());
        fx.awaitIdle();
        assertEquals("Ichiro Hyoka", fx.app.evaluator().name());
        assertEquals(fx.app.evaluator(), fx.session.services().evaluators().local().orElseThrow());
    }

    @Test
    void gradingShowsInProgressStatusBarAndLiveRadar() {
        whoAmI();
        fx.awaitIdle();
        main.clusters().select("SEN");
        fx.awaitIdle();
        assertEquals("SEN", main.sheet().clusterProperty().get().code());
        RadarModel empty = main.liveRadar().modelProperty().get();
        assertTrue(empty.cluster().isEmpty() && empty.mine());

        String[] grades = {"S", "A", "B", "C", "S", "A", "B", "C", "A"};
        int i = 0;
        for (ItemViewModel item : main.sheet().items()) {
            main.sheet().grade(item, grades[i++]);
        }
        fx.awaitIdle();

        assertEquals("9/9", main.clusters().row("SEN").orElseThrow().progressTextProperty().get());
        RadarModel live = main.liveRadar().modelProperty().get();
        assertEquals(Map.of("A", 4.0, "B", 2.5, "C", 1.0, "D", 2.5, "E", 3.0), live.cluster());
        assertEquals(live.cluster(), live.cohort(), "SEN is the only graded cohort cluster");
        assertEquals(1, live.cohortClusters());
        assertEquals(12, live.cohortMembers());
        assertEquals("Cohort average (1 of 12 clusters graded)", jp.clustereval.ui.radar.RadarCharts
                .data(live, fx.session.round(), fx.app.messages()).series().get(1).label());
        RadarModel all = main.radar().selectedProperty().get();
        assertEquals(1, all.evaluators());
        assertEquals(4.0, all.cluster().get("A"), 1e-9);
        assertEquals(12, main.radar().grid().size(), "one cell per FY2002 cluster");
        assertTrue(main.status().savedProperty().get().startsWith("Saved "));
        assertEquals("Ichiro Hyoka (University A)", main.status().evaluatorProperty().get());
        assertTrue(fx.reported.isEmpty(), fx.reported::toString);
    }

    @Test
    void theRadarReadsAClusterOutsideTheCohortWhenItIsSelected() {
        whoAmI();
        fx.awaitIdle();
        // another evaluator graded NGY (not in the FY2002 cohort) and SAP (in it)
        var other = fx.createEvaluator("Jiro Hyoka");
        String round = fx.session.round().id();
        fx.session.services().grading().setGrade(new jp.clustereval.service.SheetKey(round, other.id(), "NGY"), "1.1", "S", "test");
        fx.session.services().grading().setGrade(new jp.clustereval.service.SheetKey(round, other.id(), "SAP"), "4", "B", "test");
        main.radar().refresh();
        fx.awaitIdle();
        main.clusters().select("NGY");
        fx.awaitIdle();
        RadarModel ngy = main.radar().selectedProperty().get();
        assertEquals("NGY", ngy.clusterCode());
        assertEquals(1, ngy.evaluators());
        assertEquals(Map.of("A", 4.0), ngy.cluster());
        // SAP's only sheet is unfinished (1 of 9 items): no total, so the cohort average covers no cluster
        assertEquals(Map.of(), ngy.cohort(), "the cohort average: 0 of 12 clusters graded");
        assertEquals(0, ngy.cohortClusters());
        main.clusters().select("SAP");
        fx.awaitIdle();
        assertEquals(Map.of("E", 2.0), main.radar().selectedProperty().get().cluster());
        assertEquals(12, main.radar().grid().size());
    }

    @Test
    void anImportOfOtherEvaluatorsLeavesMyListAndSheetAsTheyAre() {
        whoAmI();
        fx.awaitIdle();
        main.clusters().select("SEN");
        fx.awaitIdle();
        main.sheet().grade(main.sheet().items().get(0), "A");
        fx.awaitIdle();
        var row = main.clusters().row("SEN").orElseThrow();
        ItemViewModel item = main.sheet().items().get(0);

        // other evaluators' files: my list and my sheet cannot have changed, they are not rebuilt
        main.storedByImport(java.util.Set.of("someone-else"));
        fx.awaitIdle();
        assertTrue(row == main.clusters().row("SEN").orElseThrow(), "the same list row");
        assertTrue(item == main.sheet().items().get(0), "the same sheet");
        assertEquals(1, main.completeness().rows().size(), "the chair's views are read again");

        // a file of mine among them: both are read again
        main.storedByImport(java.util.Set.of("someone-else", fx.app.evaluator().id()));
        fx.awaitIdle();
        assertTrue(row != main.clusters().row("SEN").orElseThrow(), "the list was read again");
        assertTrue(item != main.sheet().items().get(0), "the sheet was read again");
        assertEquals("SEN", main.sheet().clusterProperty().get().code());
        assertEquals("A", main.sheet().items().get(0).grade());
        assertEquals("1/9", main.clusters().row("SEN").orElseThrow().progressTextProperty().get());
        assertTrue(fx.reported.isEmpty(), fx.reported::toString);
    }

    @Test
    void languageSwitchKeepsSelectionGradesAndTexts() {
        whoAmI();
        fx.awaitIdle();
        main.clusters().select("KOB");
        fx.awaitIdle();
        ItemViewModel first = main.sheet().items().get(0);
        main.sheet().grade(first, "A");
        first.commentProperty().set("typed before the switch");
        fx.awaitIdle();

        main.setLanguage(Language.JA);

        assertEquals("KOB", main.clusters().selectedProperty().get().code());
        assertEquals("KOB", main.sheet().clusterProperty().get().code());
        assertEquals("A", main.sheet().items().get(0).grade());
        assertEquals("typed before the switch", main.sheet().items().get(0).commentProperty().get());
        assertEquals("神戸トランスレーショナルリサーチクラスター", main.clusters().selectedProperty().get().nameProperty().get());
        assertTrue(main.status().savedProperty().get().endsWith("に保存済み"));
    }

    @Test
    void openingAnotherDatabaseSwitchesAndABadFileKeepsTheCurrentOne() throws Exception {
        whoAmI();
        fx.awaitIdle();
        Path bad = dir.resolve("not-a-db.db");
        java.nio.file.Files.writeString(bad, "this is not SQLite, it is plain text\n".repeat(10));
        var before = fx.app.session();

        main.openDatabase(bad);
        fx.awaitIdle();

        assertEquals(before, fx.app.session(), "the current database stays open");
        assertEquals(1, fx.reported.size());
        assertTrue(fx.reported.get(0) instanceof UserFacingException u && u.key().equals("store.notSqlite"),
                fx.reported.toString());

        Path other = dir.resolve("other.db");
        main.openDatabase(other);
        fx.awaitIdle();
        assertEquals(other.toAbsolutePath(), fx.app.session().file());
        assertEquals(null, fx.app.evaluator(), "a new database asks who you are");
        assertTrue(main.clusters().rows().isEmpty());
        fx.app.session().close();
    }
}
