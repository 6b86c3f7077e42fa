package jp.clustereval.ui.roundpackage;

import java.util.ResourceBundle;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Subscriptions;

/**
 * Binds File &gt; Open round package to its view model: the round and its signer, the roster to pick
 * oneself from, the changed key's confirmation, and Open (enabled only once the form is complete).
 */
public final class RoundPackageController implements Disposable {

    private final RoundPackageViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private BorderPane packageRoot;
    @FXML private Label packageRound;
    @FXML private Label packageUnits;
    @FXML private Label packageSigner;
    @FXML private Label packageKey;
    @FXML private ListView<RoundPackageViewModel.Person> packagePeople;
    @FXML private VBox packageKeyBox;
    @FXML private TextField packageFingerprint;
    @FXML private TextField packageReason;
    @FXML private Button packageOpen;
    @FXML private ResourceBundle resources;

    private final jp.clustereval.ui.common.DialogService dialogs;

    public RoundPackageController(RoundPackageViewModel vm, jp.clustereval.ui.common.DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        packageRound.textProperty().bind(vm.roundProperty());
        packageUnits.textProperty().bind(vm.unitsProperty());
        packageSigner.textProperty().bind(vm.signerProperty());
        packageKey.textProperty().bind(vm.keyTextProperty());
        packagePeople.setItems(vm.people());
        packagePeople.setAccessibleText(resources.getString("roundPackage.person.label"));
        packagePeople.getSelectionModel().select(vm.personProperty().get());
        subscriptions.onChange(packagePeople.getSelectionModel().selectedItemProperty(),
                (obs, o, n) -> vm.personProperty().set(n));
        subscriptions.onChange(vm.personProperty(), (obs, o, n) -> {
            if (packagePeople.getSelectionModel().getSelectedItem() != n) {
                packagePeople.getSelectionModel().select(n);
            }
        });
        // the list takes Enter for itself (cell activation): picked with the arrows, opened with Enter
        packagePeople.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && vm.canOpenProperty().get()) {
                e.consume();
                open();
            }
        });
        packageKeyBox.visibleProperty().bind(vm.keyChangedProperty());
        packageKeyBox.managedProperty().bind(packageKeyBox.visibleProperty());
        packageFingerprint.textProperty().bindBidirectional(vm.typedFingerprintProperty());
        packageFingerprint.setAccessibleText(resources.getString("roundPackage.fingerprint.label"));
        packageReason.textProperty().bindBidirectional(vm.reasonProperty());
        packageReason.setAccessibleText(resources.getString("roundPackage.reason.label"));
        packageOpen.disableProperty().bind(vm.canOpenProperty().not());
        javafx.application.Platform.runLater(packagePeople::requestFocus);
    }

    @FXML
    private void open() {
        vm.open(() -> {
            close();
            dialogs.notifyDone(resources.getString("roundPackage.opened.title"), vm.openedText());
        });
    }

    @FXML
    private void close() {
        Window w = packageRoot.getScene() == null ? null : packageRoot.getScene().getWindow();
        if (w != null) {
            w.hide();
        }
    }

    @Override
    public void dispose() {
        packageFingerprint.textProperty().unbindBidirectional(vm.typedFingerprintProperty());
        packageReason.textProperty().unbindBidirectional(vm.reasonProperty());
        subscriptions.dispose();
    }
}
