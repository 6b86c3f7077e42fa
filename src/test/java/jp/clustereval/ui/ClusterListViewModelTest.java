package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.service.GradingService;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.clusters.ClusterListViewModel;
import jp.clustereval.ui.clusters.ClusterRow;

/** The cluster list over a real database: progress per cluster, filters, search, language. */
class ClusterListViewModelTest {

    @TempDir
    Path dir;
    private VmFixture fx;
    private Evaluator me;

    @BeforeEach
    void setUp() {
        fx = new VmFixture(dir.resolve("list.db"), Language.EN);
        me = fx.createEvaluator("Hanako Test");
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    @Test
    void showsMyProgressAndStatusPerCluster() {
        GradingService grading = fx.session.services().grading();
        SheetKey sap = new SheetKey(fx.session.round().id(), me.id(), "SAP");
        grading.setGrade(sap, "1.1", "S", "test");
        grading.setGrade(sap, "1.2.1", "A", "test");
        grading.setGrade(sap, "4", "C", "test");

        ClusterListViewModel vm = new ClusterListViewModel(fx.app, fx.tasks);
        vm.load();
        fx.awaitIdle();

        assertEquals(18, vm.rows().size());
        ClusterRow row = vm.row("SAP").orElseThrow();
        assertEquals(3, row.gradedProperty().get());
        assertEquals(9, row.totalProperty().get());
        assertEquals("3/9", row.progressTextProperty().get());
        assertEquals(3 / 9.0, row.progressProperty().get(), 1e-9);
        assertEquals(SheetStatus.DRAFT, row.statusProperty().get());
        assertEquals("Draft", row.statusTextProperty().get());
        ClusterRow untouched = vm.row("SEN").orElseThrow();
        assertEquals("0/9", untouched.progressTextProperty().get());
        assertNull(untouched.statusProperty().get());
        assertEquals("Not started", untouched.statusTextProperty().get());
        assertEquals("SAP", vm.selectedProperty().get().code(), "the first cluster is selected");
        assertTrue(fx.reported.isEmpty(), fx.reported::toString);
    }

    @Test
    void filtersByCohortFieldAndText() {
        ClusterListViewModel vm = new ClusterListViewModel(fx.app, fx.tasks);
        vm.load();
        fx.awaitIdle();
        assertEquals(List.of(0, 2002, 2003, 2004), List.copyOf(vm.cohortOptions()));
        assertTrue(vm.fieldOptions().contains("Life Sciences"));

        vm.cohortFilterProperty().set(2003);
        assertEquals(List.of("TOY", "NGY", "TKS").size(), vm.visibleRows().size());
        assertTrue(vm.visibleRows().stream().allMatch(r -> r.cluster().startFiscalYear() == 2003));

        vm.cohortFilterProperty().set(ClusterListViewModel.ALL_COHORTS);
        vm.fieldFilterProperty().set("Life Sciences");
        assertTrue(vm.visibleRows().stream().allMatch(r -> r.cluster().fields().contains("Life Sciences")));
        assertTrue(vm.visibleRows().size() > 2 && vm.visibleRows().size() < 18);

        vm.fieldFilterProperty().set(ClusterListViewModel.ALL_FIELDS);
        vm.searchProperty().set("sapporo");
        assertEquals(List.of("SAP"), vm.visibleRows().stream().map(ClusterRow::code).toList());
        vm.searchProperty().set("札幌");
        assertEquals(List.of("SAP"), vm.visibleRows().stream().map(ClusterRow::code).toList());
    }

    @Test
    void switchingLanguageRelabelsRowsAndKeepsTheSelection() {
        ClusterListViewModel vm = new ClusterListViewModel(fx.app, fx.tasks);
        vm.load();
        fx.awaitIdle();
        vm.select("HAM");
        ClusterRow ham = vm.row("HAM").orElseThrow();
        assertEquals("Hamamatsu Optronics Cluster", ham.nameProperty().get());
        assertEquals("IT, Life Sciences", ham.fieldsProperty().get());

        fx.app.languageProperty().set(Language.JA);

        assertEquals("浜松オプトロニクスクラスター", ham.nameProperty().get());
        assertEquals("IT, ライフサイエンス", ham.fieldsProperty().get());
        assertEquals("未着手", ham.statusTextProperty().get());
        assertEquals("すべての年度", vm.cohortOptionText(ClusterListViewModel.ALL_COHORTS));
        assertEquals("HAM", vm.selectedProperty().get().code());
    }
}
