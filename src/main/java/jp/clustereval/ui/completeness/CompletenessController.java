package jp.clustereval.ui.completeness;

import java.util.List;
import java.util.ResourceBundle;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import jp.clustereval.service.Completeness;
import jp.clustereval.service.Completeness.State;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.DialogService.FileRequest;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Navigator;
import jp.clustereval.ui.common.Subscriptions;

/** The completeness window: the matrix (symbol, count and colour per cell), legend, totals, CSV, conflicts of interest. */
public final class CompletenessController implements Disposable {

    private static final List<String> STATE_CLASSES = java.util.Arrays.stream(State.values())
            .map(CompletenessController::styleClass).toList();

    private final CompletenessViewModel vm;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private BorderPane completenessRoot;
    @FXML private HBox completenessLegend;
    @FXML private TableView<CompletenessRow> completenessTable;
    @FXML private Label completenessTotals;
    @FXML private Label completenessDetail;
    @FXML private TextField coiReasonField;
    @FXML private Button markCoiButton;
    @FXML private Button includeCoiButton;
    @FXML private Button excludeCoiButton;
    @FXML private Label completenessMessage;
    @FXML private ResourceBundle resources;

    /** @param navigator opens Who is missing (the button beside the export) */
    public CompletenessController(CompletenessViewModel vm, DialogService dialogs, Navigator navigator) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.navigator = navigator;
    }

    static String styleClass(State s) {
        return "completeness-" + s.name().toLowerCase(java.util.Locale.ROOT);
    }

    @FXML
    private void initialize() {
        for (State s : State.values()) {
            Label l = new Label(CompletenessRow.symbol(s) + " " + resources.getString("completeness.state." + s.name()));
            l.getStyleClass().addAll("completeness-cell", styleClass(s));
            l.setId("legend-" + s.name().toLowerCase(java.util.Locale.ROOT));
            completenessLegend.getChildren().add(l);
        }
        completenessTable.setItems(vm.rows());
        completenessTable.getSelectionModel().setCellSelectionEnabled(true);
        completenessTable.setPlaceholder(new Label(resources.getString("completeness.empty")));
        completenessTable.setAccessibleText(resources.getString("completeness.title"));
        subscriptions.onListChange(vm.clusters(), c -> buildColumns());
        buildColumns();
        subscriptions.onInvalidate(completenessTable.getSelectionModel().getSelectedCells(), o -> selectionChanged());
        completenessTable.setContextMenu(contextMenu());
        completenessTotals.textProperty().bind(vm.totalsProperty());
        completenessDetail.textProperty().bind(vm.detailProperty());
        completenessMessage.textProperty().bind(vm.messageProperty());
        coiReasonField.textProperty().bindBidirectional(vm.reasonProperty());
        coiReasonField.setAccessibleText(resources.getString("completeness.coi.reason"));
        markCoiButton.disableProperty().bind(vm.canMarkProperty().not());
        includeCoiButton.disableProperty().bind(vm.canIncludeProperty().not());
        excludeCoiButton.disableProperty().bind(vm.canExcludeProperty().not());
    }

    private ContextMenu contextMenu() {
        MenuItem mark = new MenuItem(resources.getString("completeness.coi.mark"));
        mark.setId("menuCoiMark");
        mark.disableProperty().bind(vm.canMarkProperty().not());
        mark.setOnAction(e -> markAffiliated());
        MenuItem include = new MenuItem(resources.getString("completeness.coi.include"));
        include.setId("menuCoiInclude");
        include.disableProperty().bind(vm.canIncludeProperty().not());
        include.setOnAction(e -> include());
        MenuItem exclude = new MenuItem(resources.getString("completeness.coi.exclude"));
        exclude.setId("menuCoiExclude");
        exclude.disableProperty().bind(vm.canExcludeProperty().not());
        exclude.setOnAction(e -> exclude());
        return new ContextMenu(mark, include, exclude);
    }

    private void buildColumns() {
        Messages m = vm.app().messages();
        completenessTable.getColumns().clear();
        TableColumn<CompletenessRow, String> name = new TableColumn<>(resources.getString("completeness.evaluator"));
        name.setId("completenessEvaluatorColumn");
        name.setPrefWidth(170);
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().evaluatorName()));
        completenessTable.getColumns().add(name);
        for (String code : vm.clusters()) {
            TableColumn<CompletenessRow, Completeness.Cell> col = new TableColumn<>(code);
            col.setId("completenessColumn-" + code);
            col.setUserData(code);
            col.setSortable(false);
            col.setPrefWidth(54);
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cell(code)));
            col.setCellFactory(c -> new StateCell(code, m));
            completenessTable.getColumns().add(col);
        }
        for (State s : State.values()) {
            TableColumn<CompletenessRow, Number> count = new TableColumn<>(CompletenessRow.symbol(s));
            count.setId("completenessCount-" + s.name().toLowerCase(java.util.Locale.ROOT));
            count.setPrefWidth(36);
            Label header = new Label(CompletenessRow.symbol(s));
            header.setTooltip(new Tooltip(resources.getString("completeness.state." + s.name())));
            count.setGraphic(header);
            count.setText("");
            count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().counts().get(s)));
            completenessTable.getColumns().add(count);
        }
    }

    /** A cell: symbol and count as text, the state's colour as a style class, a tooltip and accessible text. */
    private static final class StateCell extends TableCell<CompletenessRow, Completeness.Cell> {
        private final String code;
        private final Messages messages;

        StateCell(String code, Messages messages) {
            this.code = code;
            this.messages = messages;
            getStyleClass().add("completeness-cell");
        }

        @Override
        protected void updateItem(Completeness.Cell cell, boolean empty) {
            super.updateItem(cell, empty);
            getStyleClass().removeAll(STATE_CLASSES);
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setText(null);
                setTooltip(null);
                setAccessibleText(null);
                setId(null);
                return;
            }
            CompletenessRow row = getTableRow().getItem();
            setId("cell-" + code + "-" + row.evaluatorId());
            if (cell == null) {
                // a unit the round does not assign to this evaluator: blank, said in words when asked
                String spoken = messages.format("completeness.notAssigned.accessible", row.evaluatorName(), code);
                setText(null);
                setAccessibleText(spoken);
                setTooltip(new Tooltip(spoken));
                return;
            }
            setText(CompletenessRow.cellText(cell));
            getStyleClass().add(styleClass(cell.state()));
            String spoken = row.accessibleText(code, messages);
            setAccessibleText(spoken);
            setTooltip(new Tooltip(spoken));
        }
    }

    private void selectionChanged() {
        // JavaFX declares the selected cells with a raw TablePosition: read the first through a wildcard
        if (completenessTable.getSelectionModel().getSelectedCells().isEmpty()) {
            return;
        }
        TablePosition<?, ?> p = completenessTable.getSelectionModel().getSelectedCells().get(0);
        CompletenessRow row = p.getRow() < 0 || p.getRow() >= completenessTable.getItems().size() ? null
                : completenessTable.getItems().get(p.getRow());
        Object code = p.getTableColumn() == null ? null : p.getTableColumn().getUserData();
        vm.select(row == null ? null : row.evaluatorId(), code instanceof String s ? s : null);
    }

    @FXML
    private void markAffiliated() {
        vm.markAffiliated();
    }

    @FXML
    private void include() {
        if (!vm.include()) {
            coiReasonField.requestFocus();
        }
    }

    @FXML
    private void exclude() {
        vm.exclude();
    }

    @FXML
    private void exportCsv() {
        dialogs.chooseSaveFile(FileRequest.Kind.SAVE_CSV, vm.suggestedCsvName()).ifPresent(vm::exportCsv);
    }

    @FXML
    private void refresh() {
        vm.refresh();
    }

    /** Who is missing: the same matrix, as the list of people to remind. */
    @FXML
    private void showMissing() {
        navigator.showMissing();
    }

    @FXML
    private void close() {
        Window w = completenessRoot.getScene() == null ? null : completenessRoot.getScene().getWindow();
        if (w != null) {
            w.hide();
        }
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
    }
}
