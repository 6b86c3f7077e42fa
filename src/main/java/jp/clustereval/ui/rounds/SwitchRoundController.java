package jp.clustereval.ui.rounds;

import java.util.ResourceBundle;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Subscriptions;

/** File &gt; Switch round: the round list; Enter, a double click or the button switches to the selected round. */
public final class SwitchRoundController implements Disposable {

    private final SwitchRoundViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private BorderPane switchRoundRoot;
    @FXML private TableView<RoundRow> roundsTable;
    @FXML private TableColumn<RoundRow, Object> roundIdColumn;
    @FXML private TableColumn<RoundRow, Object> roundNameColumn;
    @FXML private TableColumn<RoundRow, Object> roundKindColumn;
    @FXML private TableColumn<RoundRow, Object> roundStateColumn;
    @FXML private TableColumn<RoundRow, Object> roundUnitsColumn;
    @FXML private TableColumn<RoundRow, Object> roundCohortColumn;
    @FXML private TableColumn<RoundRow, Object> roundCurrentColumn;
    @FXML private Button switchRoundButton;
    @FXML private ResourceBundle resources;

    public SwitchRoundController(SwitchRoundViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        roundsTable.setItems(vm.rows());
        cell(roundIdColumn, RoundRow::id);
        cell(roundNameColumn, RoundRow::name);
        cell(roundKindColumn, RoundRow::kind);
        cell(roundStateColumn, RoundRow::state);
        cell(roundUnitsColumn, RoundRow::units);
        cell(roundCohortColumn, RoundRow::cohort);
        cell(roundCurrentColumn, RoundRow::currentText);
        roundsTable.setPlaceholder(new Label(resources.getString("rounds.none")));
        roundsTable.setAccessibleText(resources.getString("rounds.switch.title"));
        roundsTable.setRowFactory(t -> {
            TableRow<RoundRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    switchRound();
                }
            });
            return row;
        });
        roundsTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                switchRound();
            }
        });
        subscriptions.onChange(roundsTable.getSelectionModel().selectedItemProperty(), (obs, o, n) -> {
            if (n != null) {
                vm.selectedProperty().set(n);
            }
        });
        subscriptions.onChange(vm.selectedProperty(), (obs, o, n) -> select(n));
        select(vm.selectedProperty().get());
        switchRoundButton.disableProperty().bind(vm.selectedProperty().isNull());
        subscriptions.onChange(vm.switchedProperty(), (obs, o, done) -> {
            if (done) {
                close();
            }
        });
    }

    private void select(RoundRow row) {
        if (row != null && roundsTable.getSelectionModel().getSelectedItem() != row) {
            roundsTable.getSelectionModel().select(row);
            roundsTable.scrollTo(row);
        }
    }

    private static void cell(TableColumn<RoundRow, Object> column, Function<RoundRow, Object> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    /** Called when the window is shown: the keyboard starts in the list. */
    public void focusList() {
        roundsTable.requestFocus();
    }

    @FXML
    private void switchRound() {
        vm.useSelected();
    }

    @FXML
    private void close() {
        if (switchRoundRoot.getScene() != null && switchRoundRoot.getScene().getWindow() != null) {
            switchRoundRoot.getScene().getWindow().hide();
        }
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
    }
}
