package jp.clustereval.ui.rounds;

import java.nio.file.Path;
import java.util.ResourceBundle;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import jp.clustereval.domain.RoundKind;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.DialogService.FileRequest;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Subscriptions;

/** File &gt; New round: binds the form; the file choosers and the offer to switch go through the dialog service. */
public final class NewRoundController implements Disposable {

    private final NewRoundViewModel vm;
    private final SwitchRoundViewModel switcher;
    private final DialogService dialogs;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private BorderPane newRoundRoot;
    @FXML private TextField newRoundId;
    @FXML private Label newRoundIdLabel;
    @FXML private Label newRoundNameJaLabel;
    @FXML private Label newRoundNameEnLabel;
    @FXML private Label newRoundKindLabel;
    @FXML private TextField newRoundNameJa;
    @FXML private TextField newRoundNameEn;
    @FXML private ChoiceBox<RoundKind> newRoundKind;
    @FXML private ToggleGroup newRoundSource;
    @FXML private RadioButton newRoundFromCopy;
    @FXML private RadioButton newRoundFromFile;
    @FXML private RadioButton newRoundFromSeed;
    @FXML private ComboBox<RoundRow> newRoundCopyFrom;
    @FXML private Label newRoundDefinitionFile;
    @FXML private Label newRoundUnitsFile;
    @FXML private ListView<UnitChoice> newRoundCohort;
    @FXML private Label newRoundMessage;
    @FXML private Button newRoundCreate;
    @FXML private ResourceBundle resources;

    public NewRoundController(NewRoundViewModel vm, SwitchRoundViewModel switcher, DialogService dialogs) {
        this.vm = vm;
        this.switcher = switcher;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        newRoundId.textProperty().bindBidirectional(vm.idProperty());
        newRoundNameJa.textProperty().bindBidirectional(vm.nameJaProperty());
        newRoundNameEn.textProperty().bindBidirectional(vm.nameEnProperty());
        newRoundKind.getItems().setAll(RoundKind.values());
        newRoundKind.setConverter(new StringConverter<>() {
            @Override
            public String toString(RoundKind k) {
                return k == null ? "" : resources.getString("rounds.kind." + k.code());
            }

            @Override
            public RoundKind fromString(String s) {
                return null;
            }
        });
        newRoundKind.valueProperty().bindBidirectional(vm.kindProperty());
        newRoundCopyFrom.setItems(vm.rounds());
        newRoundCopyFrom.setConverter(new StringConverter<>() {
            @Override
            public String toString(RoundRow r) {
                return r == null ? "" : r.id() + "  " + r.name();
            }

            @Override
            public RoundRow fromString(String s) {
                return null;
            }
        });
        newRoundCopyFrom.valueProperty().bindBidirectional(vm.copyFromProperty());
        newRoundCopyFrom.setAccessibleText(resources.getString("rounds.new.source.copy"));
        newRoundFromCopy.setUserData(NewRoundViewModel.Source.COPY);
        newRoundFromFile.setUserData(NewRoundViewModel.Source.FILE);
        newRoundFromSeed.setUserData(NewRoundViewModel.Source.SEEDED);
        selectSource(vm.sourceProperty().get());
        subscriptions.onChange(vm.sourceProperty(), (obs, o, n) -> selectSource(n));
        subscriptions.onChange(newRoundSource.selectedToggleProperty(), (obs, o, n) -> {
            if (n != null) {
                vm.sourceProperty().set((NewRoundViewModel.Source) n.getUserData());
            }
        });
        newRoundUnitsFile.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.unitsFileProperty().get() == null ? resources.getString("rounds.new.unitsSource")
                        : vm.unitsFileProperty().get().toString(), vm.unitsFileProperty()));
        newRoundDefinitionFile.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.definitionFileProperty().get() == null ? "" : vm.definitionFileProperty().get().toString(),
                vm.definitionFileProperty()));
        newRoundCohort.setItems(vm.units());
        newRoundCohort.setCellFactory(CohortCell.factory());
        // the labels come before their fields in the view, where FXML cannot yet point at them
        newRoundIdLabel.setLabelFor(newRoundId);
        newRoundNameJaLabel.setLabelFor(newRoundNameJa);
        newRoundNameEnLabel.setLabelFor(newRoundNameEn);
        newRoundKindLabel.setLabelFor(newRoundKind);
        newRoundCohort.setAccessibleText(resources.getString("rounds.new.cohort"));
        newRoundMessage.textProperty().bind(vm.messageProperty());
        newRoundCreate.disableProperty().bind(vm.busyProperty());
        subscriptions.onChange(vm.createdProperty(), (obs, o, made) -> {
            if (made != null) {
                offerSwitch(made.id());
            }
        });
    }

    private void selectSource(NewRoundViewModel.Source source) {
        newRoundSource.getToggles().stream().filter(t -> t.getUserData() == source).findFirst()
                .ifPresent(t -> newRoundSource.selectToggle(t));
    }

    private void offerSwitch(String id) {
        dialogs.confirm(resources.getString("rounds.new.title"),
                java.text.MessageFormat.format(resources.getString("rounds.new.switch.header"), id),
                resources.getString("rounds.new.switch.text"), resources.getString("rounds.new.switch.ok"),
                resources.getString("rounds.new.switch.cancel"), yes -> {
                    if (yes) {
                        switcher.use(id);
                    }
                    close();
                });
    }

    @FXML
    private void chooseDefinition() {
        dialogs.chooseOpenFile(FileRequest.Kind.OPEN_ROUND_DEFINITION).ifPresent(vm::chooseDefinitionFile);
    }

    @FXML
    private void chooseUnits() {
        dialogs.chooseOpenFile(FileRequest.Kind.OPEN_UNITS_CSV).ifPresent(vm::chooseUnitsFile);
    }

    @FXML
    private void resetUnits() {
        vm.chooseUnitsFile((Path) null);
    }

    @FXML
    private void create() {
        vm.create();
    }

    /** The keyboard starts in the id field. */
    public void focusForm() {
        newRoundId.requestFocus();
    }

    @FXML
    private void close() {
        if (newRoundRoot.getScene() != null && newRoundRoot.getScene().getWindow() != null) {
            newRoundRoot.getScene().getWindow().hide();
        }
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
    }
}
