package jp.clustereval.ui.keys;

import java.util.ResourceBundle;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Subscriptions;

/** The keys window: pinned keys, fingerprints, trust; "mark verified" after comparing the fingerprint. */
public final class KeysController implements Disposable {

    private final KeysViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private BorderPane keysRoot;
    @FXML private TableView<KeyRow> keysTable;
    @FXML private TableColumn<KeyRow, String> keyEvaluatorColumn;
    @FXML private TableColumn<KeyRow, String> keyFingerprintColumn;
    @FXML private TableColumn<KeyRow, String> keyTrustColumn;
    @FXML private TableColumn<KeyRow, String> keyActiveColumn;
    @FXML private TableColumn<KeyRow, String> keyAtColumn;
    @FXML private TableColumn<KeyRow, String> keyReasonColumn;
    @FXML private TextField fingerprintField;
    @FXML private Button verifyKeyButton;
    @FXML private Label keysMessage;
    @FXML private ResourceBundle resources;

    public KeysController(KeysViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        keysTable.setItems(vm.rows());
        text(keyEvaluatorColumn, KeyRow::evaluatorName);
        text(keyFingerprintColumn, KeyRow::fingerprint);
        text(keyTrustColumn, KeyRow::trustText);
        text(keyActiveColumn, KeyRow::activeText);
        text(keyAtColumn, r -> r.at() + (r.by().isEmpty() ? "" : " · " + r.by()));
        text(keyReasonColumn, KeyRow::reason);
        keysTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(KeyRow row, boolean empty) {
                super.updateItem(row, empty);
                setId(empty || row == null ? null : "keyRow-" + row.id());
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("inactive"),
                        !empty && row != null && !row.active());
            }
        });
        keysTable.setPlaceholder(new Label(resources.getString("keyList.none")));
        keysTable.setAccessibleText(resources.getString("keyList.title"));
        subscriptions.onChange(keysTable.getSelectionModel().selectedItemProperty(), (obs, o, n) -> {
            if (n != null) {
                vm.selectedProperty().set(n);
            }
        });
        subscriptions.onChange(vm.selectedProperty(), (obs, o, n) -> {
            if (n != null && keysTable.getSelectionModel().getSelectedItem() != n) {
                keysTable.getSelectionModel().select(n);
            }
        });
        fingerprintField.textProperty().bindBidirectional(vm.fingerprintProperty());
        fingerprintField.setAccessibleText(resources.getString("keyList.fingerprintPrompt"));
        fingerprintField.disableProperty().bind(vm.canVerifyProperty().not());
        verifyKeyButton.disableProperty().bind(vm.canVerifyProperty().not());
        keysMessage.textProperty().bind(vm.messageProperty());
    }

    private static void text(TableColumn<KeyRow, String> column, Function<KeyRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @FXML
    private void verify() {
        if (!vm.verify()) {
            fingerprintField.requestFocus();
        }
    }

    @FXML
    private void refresh() {
        vm.refresh();
    }

    @FXML
    private void close() {
        Window w = keysRoot.getScene() == null ? null : keysRoot.getScene().getWindow();
        if (w != null) {
            w.hide();
        }
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
    }
}
