package jp.clustereval.ui.conflicts;

import java.util.ResourceBundle;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import jp.clustereval.common.SafeText;
import jp.clustereval.service.ConflictService.Choice;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Subscriptions;

/** The conflicts window: open conflicts, both sides line by line (differences marked), the chair's choice. */
public final class ConflictsController implements Disposable {

    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");

    private final ConflictsViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private BorderPane conflictsRoot;
    @FXML private TableView<ConflictRow> conflictsTable;
    @FXML private TableColumn<ConflictRow, String> conflictEvaluatorColumn;
    @FXML private TableColumn<ConflictRow, String> conflictClusterColumn;
    @FXML private TableColumn<ConflictRow, String> conflictRevisionColumn;
    @FXML private TableColumn<ConflictRow, String> conflictFileColumn;
    @FXML private TableColumn<ConflictRow, String> conflictDetectedColumn;
    @FXML private Label conflictTitle;
    @FXML private TableView<ConflictLine> conflictLines;
    @FXML private TableColumn<ConflictLine, String> lineMarkColumn;
    @FXML private TableColumn<ConflictLine, String> lineFieldColumn;
    @FXML private TableColumn<ConflictLine, String> lineStoredColumn;
    @FXML private TableColumn<ConflictLine, String> lineIncomingColumn;
    @FXML private TextField conflictReasonField;
    @FXML private Button keepStoredButton;
    @FXML private Button takeIncomingButton;
    @FXML private Label conflictMessage;
    @FXML private ResourceBundle resources;

    public ConflictsController(ConflictsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        conflictsTable.setItems(vm.rows());
        text(conflictEvaluatorColumn, ConflictRow::evaluatorName);
        text(conflictClusterColumn, ConflictRow::cluster);
        text(conflictRevisionColumn, r -> String.valueOf(r.revision()));
        text(conflictFileColumn, ConflictRow::fileName);
        text(conflictDetectedColumn, ConflictRow::detected);
        conflictsTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ConflictRow row, boolean empty) {
                super.updateItem(row, empty);
                setId(empty || row == null ? null : "conflictRow-" + row.id());
            }
        });
        conflictsTable.setPlaceholder(new Label(resources.getString("conflicts.none")));
        conflictsTable.setAccessibleText(resources.getString("conflicts.list"));
        subscriptions.onChange(conflictsTable.getSelectionModel().selectedItemProperty(), (obs, o, n) -> {
            if (n != null) {
                vm.selectedProperty().set(n);
            }
        });
        subscriptions.onChange(vm.selectedProperty(), (obs, o, n) -> showSelected(n));

        conflictLines.setItems(vm.lines());
        // the first difference in view
        subscriptions.onListChange(vm.lines(), c -> vm.lines().stream().filter(ConflictLine::differs).findFirst()
                .ifPresent(l -> conflictLines.scrollTo(Math.max(0, vm.lines().indexOf(l) - 2))));
        line(lineMarkColumn, l -> l.differs() ? "≠" : "");
        line(lineFieldColumn, ConflictLine::label);
        line(lineStoredColumn, ConflictLine::stored);
        line(lineIncomingColumn, ConflictLine::incoming);
        lineStoredColumn.setCellFactory(c -> wrapping());
        lineIncomingColumn.setCellFactory(c -> wrapping());
        conflictLines.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ConflictLine line, boolean empty) {
                super.updateItem(line, empty);
                pseudoClassStateChanged(DIFFERS, !empty && line != null && line.differs());
            }
        });
        conflictLines.setAccessibleText(resources.getString("conflicts.sides"));
        conflictLines.setPlaceholder(new Label(""));
        conflictReasonField.textProperty().bindBidirectional(vm.reasonProperty());
        conflictReasonField.setAccessibleText(resources.getString("conflicts.reason"));
        conflictMessage.textProperty().bind(vm.messageProperty());
        var none = vm.selectedProperty().isNull().or(vm.busyProperty());
        keepStoredButton.disableProperty().bind(none);
        takeIncomingButton.disableProperty().bind(none);
        conflictReasonField.disableProperty().bind(vm.selectedProperty().isNull());
        showSelected(vm.selectedProperty().get());
    }

    private static TableCell<ConflictLine, String> wrapping() {
        TableCell<ConflictLine, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                // a comment from the incoming file: its line breaks stay, its control characters do not
                setText(empty ? null : SafeText.lines(text));
            }
        };
        cell.setWrapText(true);
        return cell;
    }

    private static void text(TableColumn<ConflictRow, String> column, Function<ConflictRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private static void line(TableColumn<ConflictLine, String> column, Function<ConflictLine, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private void showSelected(ConflictRow row) {
        if (row != null && conflictsTable.getSelectionModel().getSelectedItem() != row) {
            conflictsTable.getSelectionModel().select(row);
        }
        conflictTitle.setText(row == null ? resources.getString("conflicts.noneSelected")
                : jp.clustereval.ui.common.Messages.format(resources, "conflicts.title", row.evaluatorName(),
                row.cluster(), row.revision(), row.fileName()));
    }

    @FXML
    private void keepStored() {
        if (!vm.resolve(Choice.STORED)) {
            conflictReasonField.requestFocus();
        }
    }

    @FXML
    private void takeIncoming() {
        if (!vm.resolve(Choice.INCOMING)) {
            conflictReasonField.requestFocus();
        }
    }

    @FXML
    private void refresh() {
        vm.refresh();
    }

    @FXML
    private void close() {
        Window w = conflictsRoot.getScene() == null ? null : conflictsRoot.getScene().getWindow();
        if (w != null) {
            w.hide();
        }
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
    }
}
