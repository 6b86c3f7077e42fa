package jp.clustereval.ui.allocation;

import java.util.Locale;
import java.util.ResourceBundle;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import jp.clustereval.domain.allocation.AllocationRule;
import jp.clustereval.domain.allocation.ClusterAllocation;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.FieldProblems;
import jp.clustereval.ui.common.Subscriptions;
import jp.clustereval.ui.common.Cells;

/** The subsidy tab: pool, rule, floor and cap; the allocations against the baseline and the sum check. */
public final class AllocationController implements Disposable {

    private final AllocationViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();
    private final FieldProblems problems = new FieldProblems();

    @FXML private TextField poolField;
    @FXML private ComboBox<AllocationRule> ruleChoice;
    @FXML private TextField floorField;
    @FXML private TextField capField;
    @FXML private javafx.scene.control.Button allocateButton;
    @FXML private Label allocationSum;
    @FXML private Label allocationNotes;
    @FXML private Label allocationExported;
    @FXML private javafx.scene.control.Button exportAllocationButton;
    @FXML private TableView<ClusterAllocation> allocationTable;
    @FXML private TableColumn<ClusterAllocation, String> allocRank;
    @FXML private TableColumn<ClusterAllocation, String> allocCode;
    @FXML private TableColumn<ClusterAllocation, String> allocTotal;
    @FXML private TableColumn<ClusterAllocation, String> allocTier;
    @FXML private TableColumn<ClusterAllocation, String> allocBaseline;
    @FXML private TableColumn<ClusterAllocation, String> allocAmount;
    @FXML private TableColumn<ClusterAllocation, String> allocChange;
    @FXML private ResourceBundle resources;

    private final jp.clustereval.ui.common.DialogService dialogs;

    public AllocationController(AllocationViewModel vm, jp.clustereval.ui.common.DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        poolField.textProperty().bindBidirectional(vm.poolProperty());
        floorField.textProperty().bindBidirectional(vm.floorProperty());
        capField.textProperty().bindBidirectional(vm.capProperty());
        ruleChoice.getItems().setAll(AllocationRule.values());
        ruleChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(AllocationRule r) {
                return r == null ? "" : resources.getString("allocation.rule." + r.tag());
            }

            @Override
            public AllocationRule fromString(String s) {
                return null;
            }
        });
        ruleChoice.valueProperty().bindBidirectional(vm.ruleProperty());
        ruleChoice.setAccessibleText(resources.getString("allocation.rule"));
        // an amount that is not one is marked on its field as it is typed; nothing to allocate until all are
        problems.watch(poolField, vm.poolProblemProperty());
        problems.watch(floorField, vm.floorProblemProperty());
        problems.watch(capField, vm.capProblemProperty());
        allocateButton.disableProperty().bind(vm.validationProperty().isNotEmpty());
        allocationSum.textProperty().bind(vm.sumLineProperty());
        allocationNotes.textProperty().bind(vm.notesProperty());
        allocationNotes.visibleProperty().bind(vm.notesProperty().isNotEmpty());
        allocationNotes.managedProperty().bind(allocationNotes.visibleProperty());
        allocationExported.textProperty().bind(vm.exportedProperty());
        exportAllocationButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.rows()));
        subscriptions.onChange(vm.addsUpProperty(), (obs, o, n) -> styleSum(n));
        styleSum(vm.addsUpProperty().get());
        java.util.function.Supplier<Locale> locale = () -> vm.app().messages().locale();
        Cells.text(allocRank, a -> Integer.toString(a.rank()));
        Cells.text(allocCode, ClusterAllocation::clusterCode);
        Cells.number(allocTotal, ClusterAllocation::total, 2, locale);
        Cells.text(allocTier, a -> resources.getString("allocation.tier." + a.tier().name().toLowerCase(Locale.ROOT)));
        Cells.text(allocBaseline, a -> vm.money(a.baselineYen()));
        Cells.text(allocAmount, a -> vm.money(a.allocationYen()));
        Cells.text(allocChange, a -> jp.clustereval.common.Decimals.format(locale.get(), "%+.1f %%", a.changePct()));
        allocBaseline.getStyleClass().add("numeric");
        allocAmount.getStyleClass().add("numeric");
        allocChange.getStyleClass().add("numeric");
        allocationTable.setItems(vm.rows());
        allocationTable.setPlaceholder(new Label(resources.getString("allocation.empty")));
    }

    private void styleSum(boolean ok) {
        allocationSum.getStyleClass().removeAll("results-warning", "results-ok");
        allocationSum.getStyleClass().add(ok ? "results-ok" : "results-warning");
    }

    @FXML
    private void allocate() {
        vm.allocate();
    }

    @FXML
    private void exportCsv() {
        dialogs.chooseSaveFile(jp.clustereval.ui.common.DialogService.FileRequest.Kind.SAVE_CSV, "subsidy-allocation.csv")
                .ifPresent(vm::exportCsv);
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
        poolField.textProperty().unbindBidirectional(vm.poolProperty());
        floorField.textProperty().unbindBidirectional(vm.floorProperty());
        capField.textProperty().unbindBidirectional(vm.capProperty());
        ruleChoice.valueProperty().unbindBidirectional(vm.ruleProperty());
        problems.dispose();
        allocateButton.disableProperty().unbind();
        allocationSum.textProperty().unbind();
        allocationNotes.textProperty().unbind();
        allocationNotes.visibleProperty().unbind();
        allocationNotes.managedProperty().unbind();
        allocationExported.textProperty().unbind();
        exportAllocationButton.disableProperty().unbind();
    }
}
