package jp.clustereval.ui.weights;

import java.util.List;
import java.util.ResourceBundle;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.DialogService.FileRequest;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.FieldProblems;
import jp.clustereval.ui.common.Subscriptions;

/**
 * The weights tab: typed weights with their normalised shares, AHP judgements, history, the signed
 * file (and the chair's decision on a signer it was refused for), the round's weighting group.
 */
public final class WeightsController implements Disposable {

    /** The AHP pairs' scales shown, each following its pair until the grid is built again. */
    private final java.util.List<AhpScale> scales = new java.util.ArrayList<>();

    private final WeightsViewModel vm;
    private final DialogService dialogs;
    private final Subscriptions subscriptions = new Subscriptions();
    /** The decorations of each grid's fields, made anew with the fields. */
    private final java.util.Map<GridPane, FieldProblems> problems = new java.util.HashMap<>();

    @FXML private GridPane axisGrid;
    @FXML private GridPane itemGrid;
    @FXML private GridPane pairGrid;
    @FXML private javafx.scene.control.Button applyWeightsButton;
    @FXML private javafx.scene.control.Button applyAhpButton;
    @FXML private Label ahpSummary;
    @FXML private Label weightsMessage;
    @FXML private TableView<HistoryLine> historyTable;
    @FXML private TableColumn<HistoryLine, String> historyWhen;
    @FXML private TableColumn<HistoryLine, String> historyWho;
    @FXML private TableColumn<HistoryLine, String> historySource;
    @FXML private TableColumn<HistoryLine, String> historyCr;
    @FXML private TableColumn<HistoryLine, String> historyAxes;
    @FXML private javafx.scene.layout.HBox signerDecisionBox;
    @FXML private Label signerDecisionLabel;
    @FXML private TextField signerReasonField;
    @FXML private Label weightingGroup;
    @FXML private ComboBox<jp.clustereval.domain.Evaluator> weightingCandidate;
    @FXML private javafx.scene.control.Button addWeightingMemberButton;
    @FXML private ResourceBundle resources;

    public WeightsController(WeightsViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        // a refused weight is marked on its field (FieldProblems); nothing to store until all are fine
        applyWeightsButton.disableProperty().bind(vm.validationProperty().isNotEmpty());
        ahpSummary.textProperty().bind(vm.ahpSummaryProperty());
        weightsMessage.textProperty().bind(vm.messageProperty());
        // the message line is at the window's foot, far from the buttons: each store is also notified
        subscriptions.onChange(vm.noticeProperty(), (obs, o, n) -> {
            if (n != null) {
                dialogs.notifyDone(resources.getString("weights.tab"), n);
            }
        });
        subscriptions.onChange(vm.ahpInconsistentProperty(), (obs, o, n) -> styleAhp(n));
        styleAhp(vm.ahpInconsistentProperty().get());
        subscriptions.onListChange(vm.axes(), c -> rows(axisGrid, vm.axes(), "axisWeight"));
        subscriptions.onListChange(vm.items(), c -> rows(itemGrid, vm.items(), "itemWeight"));
        subscriptions.onListChange(vm.pairs(), c -> pairs());
        rows(axisGrid, vm.axes(), "axisWeight");
        rows(itemGrid, vm.items(), "itemWeight");
        pairs();
        column(historyWhen, HistoryLine::when);
        column(historyWho, HistoryLine::who);
        column(historySource, HistoryLine::source);
        column(historyCr, HistoryLine::consistency);
        column(historyAxes, HistoryLine::axes);
        historyTable.setItems(vm.history());
        historyTable.setPlaceholder(new Label(resources.getString("weights.history.empty")));
        signerReasonField.textProperty().bindBidirectional(vm.signerReasonProperty());
        signerReasonField.setAccessibleText(resources.getString("weights.signer.reasonPrompt"));
        subscriptions.onChange(vm.pendingSignerProperty(), (obs, o, n) -> showPendingSigner(n));
        showPendingSigner(vm.pendingSignerProperty().get());
        weightingGroup.textProperty().bind(vm.groupProperty());
        weightingCandidate.setItems(vm.candidates());
        weightingCandidate.setAccessibleText(resources.getString("weights.group.pick"));
        weightingCandidate.setConverter(new StringConverter<>() {
            @Override
            public String toString(jp.clustereval.domain.Evaluator e) {
                return e == null ? "" : vm.labelsProperty().get().label(e);
            }

            @Override
            public jp.clustereval.domain.Evaluator fromString(String s) {
                return null;
            }
        });
        addWeightingMemberButton.disableProperty().bind(weightingCandidate.valueProperty().isNull());
    }

    private void showPendingSigner(WeightsViewModel.PendingSigner p) {
        signerDecisionBox.setVisible(p != null);
        signerDecisionBox.setManaged(p != null);
        signerDecisionLabel.setText(p == null ? "" : p.why() + "\n" + resources.getString("weights.signer.override"));
    }

    @FXML
    private void acceptSigner() {
        if (!vm.acceptSigner()) {
            signerReasonField.requestFocus();
        }
    }

    @FXML
    private void addWeightingMember() {
        vm.addToWeightingGroup(weightingCandidate.getValue());
        weightingCandidate.setValue(null);
    }

    private static void column(TableColumn<HistoryLine, String> col,
                               java.util.function.Function<HistoryLine, String> f) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(f.apply(c.getValue())));
    }

    private void styleAhp(boolean warn) {
        ahpSummary.getStyleClass().removeAll("results-warning", "results-ok");
        ahpSummary.getStyleClass().add(warn ? "results-warning" : "results-ok");
    }

    private void rows(GridPane grid, List<WeightRow> rows, String idPrefix) {
        unbind(grid);
        grid.getChildren().clear();
        FieldProblems marks = new FieldProblems();
        java.util.Optional.ofNullable(problems.put(grid, marks)).ifPresent(FieldProblems::dispose);
        int i = 0;
        String axis = null;
        for (WeightRow r : rows) {
            if (!idPrefix.equals("axisWeight") && !r.axisCode().equals(axis)) {
                axis = r.axisCode();
                String code = axis;
                Label header = new Label(vm.axes().stream().filter(a -> a.code().equals(code)).findFirst()
                        .map(WeightRow::label).orElse(code));
                header.getStyleClass().add("results-section");
                grid.add(header, 0, i++, 3, 1);
            }
            Label name = new Label(r.label());
            TextField input = new TextField();
            input.setId(idPrefix + "_" + r.code());
            input.setPrefColumnCount(6);
            input.setAccessibleText(r.label());
            input.textProperty().bindBidirectional(r.inputProperty());
            name.setLabelFor(input);
            Label percent = new Label();
            percent.setId(idPrefix + "Percent_" + r.code());
            percent.textProperty().bind(r.percentProperty());
            percent.setMinWidth(70);
            grid.addRow(i++, name, input, percent);
            input.setUserData(r);
            marks.watch(input, r.problemProperty());
        }
    }

    private static void unbind(GridPane grid) {
        grid.getChildren().forEach(n -> {
            if (n instanceof TextField t && t.getUserData() instanceof WeightRow r) {
                t.textProperty().unbindBidirectional(r.inputProperty());
            } else if (n instanceof Label l) {
                l.textProperty().unbind();
            }
        });
    }

    private void pairs() {
        scales.forEach(AhpScale::dispose);
        scales.clear();
        pairGrid.getChildren().clear();
        int i = 0;
        for (PairRow p : vm.pairs()) {
            Label first = new Label(p.labelA());
            Label second = new Label(p.labelB());
            first.setWrapText(true);
            second.setWrapText(true);
            first.setMaxWidth(150);
            second.setMaxWidth(150);
            int index = i;
            AhpScale scale = new AhpScale(p, () -> {
                if (index + 1 < scales.size()) {
                    scales.get(index + 1).node().requestFocus();
                } else {
                    applyAhpButton.requestFocus();
                }
            });
            scales.add(scale);
            first.setLabelFor(scale.node());
            pairGrid.addRow(i++, first, scale.node(), second);
        }
    }

    @FXML
    private void apply() {
        vm.apply();
    }

    @FXML
    private void reset() {
        vm.refresh();
    }

    @FXML
    private void applyAhp() {
        vm.applyAhp();
    }

    @FXML
    private void exportFile() {
        dialogs.chooseSaveFile(FileRequest.Kind.SAVE_WEIGHTS, "panel-weights.ceweights").ifPresent(vm::exportTo);
    }

    @FXML
    private void importFile() {
        dialogs.chooseOpenFile(FileRequest.Kind.OPEN_WEIGHTS).ifPresent(vm::importFrom);
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
        unbind(axisGrid);
        unbind(itemGrid);
        applyWeightsButton.disableProperty().unbind();
        problems.values().forEach(FieldProblems::dispose);
        scales.forEach(AhpScale::dispose);
        ahpSummary.textProperty().unbind();
        weightsMessage.textProperty().unbind();
        weightingGroup.textProperty().unbind();
        signerReasonField.textProperty().unbindBidirectional(vm.signerReasonProperty());
        addWeightingMemberButton.disableProperty().unbind();
    }
}
