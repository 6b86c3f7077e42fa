package jp.clustereval.ui.roster;

import java.util.ResourceBundle;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Subscriptions;

/** Binds Round &gt; Roster to its view model: the roster table, the form that adds a person, removal. */
public final class RosterController implements Disposable {

    private final RosterViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private BorderPane rosterRoot;
    @FXML private Label rosterRound;
    @FXML private TableView<RosterRow> rosterTable;
    @FXML private TableColumn<RosterRow, String> rosterNameColumn;
    @FXML private TableColumn<RosterRow, String> rosterAffiliationColumn;
    @FXML private TableColumn<RosterRow, String> rosterRoleColumn;
    @FXML private TableColumn<RosterRow, String> rosterEmailColumn;
    @FXML private TableColumn<RosterRow, String> rosterAssignedColumn;
    @FXML private TableColumn<RosterRow, String> rosterHandedInColumn;
    @FXML private TableColumn<RosterRow, String> rosterConflictsColumn;
    @FXML private ComboBox<String> rosterCoiUnit;
    @FXML private TextField rosterCoiNote;
    @FXML private Button rosterCoiDeclare;
    @FXML private ComboBox<RosterViewModel.Person> rosterPerson;
    @FXML private TextField rosterNewName;
    @FXML private TextField rosterNewAffiliation;
    @FXML private ComboBox<String> rosterRole;
    @FXML private TextField rosterEmail;
    @FXML private Label rosterMessage;
    @FXML private Button rosterAdd;
    @FXML private Button rosterRemove;
    @FXML private ResourceBundle resources;

    public RosterController(RosterViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        rosterRound.textProperty().bind(vm.roundNameProperty());
        rosterTable.setItems(vm.rows());
        text(rosterNameColumn, RosterRow::name);
        text(rosterAffiliationColumn, RosterRow::affiliation);
        text(rosterRoleColumn, RosterRow::roleText);
        text(rosterEmailColumn, RosterRow::email);
        text(rosterAssignedColumn, RosterRow::assigned);
        text(rosterHandedInColumn, RosterRow::handedIn);
        text(rosterConflictsColumn, RosterRow::conflicts);
        rosterTable.setPlaceholder(new Label(resources.getString("roster.none")));
        rosterTable.setAccessibleText(resources.getString("roster.title"));
        subscriptions.onChange(rosterTable.getSelectionModel().selectedItemProperty(),
                (obs, o, n) -> vm.selectedProperty().set(n));
        subscriptions.onChange(vm.selectedProperty(), (obs, o, n) -> {
            if (rosterTable.getSelectionModel().getSelectedItem() != n) {
                rosterTable.getSelectionModel().select(n);
            }
        });

        rosterPerson.setItems(vm.people());
        rosterPerson.valueProperty().bindBidirectional(vm.personProperty());
        rosterPerson.setAccessibleText(resources.getString("roster.person"));
        // a person picked from the list is added as they are: the new person's fields are for typing one in
        rosterNewName.disableProperty().bind(vm.personProperty().isNotNull());
        rosterNewAffiliation.disableProperty().bind(vm.personProperty().isNotNull());
        rosterNewName.textProperty().bindBidirectional(vm.newNameProperty());
        rosterNewAffiliation.textProperty().bindBidirectional(vm.newAffiliationProperty());
        rosterRole.getItems().setAll(vm.roles());
        rosterRole.setCellFactory(list -> roleCell());
        rosterRole.setButtonCell(roleCell());
        rosterRole.valueProperty().bindBidirectional(vm.roleProperty());
        rosterEmail.textProperty().bindBidirectional(vm.emailProperty());
        rosterMessage.textProperty().bind(vm.messageProperty());
        rosterAdd.disableProperty().bind(vm.canAddProperty().not());
        rosterRemove.disableProperty().bind(vm.canRemoveProperty().not());
        rosterCoiUnit.setItems(vm.units());
        rosterCoiUnit.valueProperty().bindBidirectional(vm.coiUnitProperty());
        rosterCoiUnit.setAccessibleText(resources.getString("roster.coi.unit"));
        rosterCoiNote.textProperty().bindBidirectional(vm.coiNoteProperty());
        rosterCoiNote.setAccessibleText(resources.getString("roster.coi.note"));
        rosterCoiDeclare.disableProperty().bind(vm.canDeclareProperty().not());
    }

    private ListCell<String> roleCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String role, boolean empty) {
                super.updateItem(role, empty);
                setText(empty || role == null ? null : vm.roleText(role));
            }
        };
    }

    private static void text(TableColumn<RosterRow, String> column, Function<RosterRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @FXML
    private void clearPerson() {
        vm.personProperty().set(null);
        rosterNewName.requestFocus();
    }

    @FXML
    private void add() {
        vm.add();
    }

    @FXML
    private void declareConflict() {
        vm.declareConflict();
    }

    @FXML
    private void remove() {
        vm.remove();
    }

    @FXML
    private void close() {
        Window w = rosterRoot.getScene() == null ? null : rosterRoot.getScene().getWindow();
        if (w != null) {
            w.hide();
        }
    }

    @Override
    public void dispose() {
        rosterPerson.valueProperty().unbindBidirectional(vm.personProperty());
        rosterNewName.textProperty().unbindBidirectional(vm.newNameProperty());
        rosterNewAffiliation.textProperty().unbindBidirectional(vm.newAffiliationProperty());
        rosterRole.valueProperty().unbindBidirectional(vm.roleProperty());
        rosterEmail.textProperty().unbindBidirectional(vm.emailProperty());
        rosterCoiUnit.valueProperty().unbindBidirectional(vm.coiUnitProperty());
        rosterCoiNote.textProperty().unbindBidirectional(vm.coiNoteProperty());
        subscriptions.dispose();
    }
}
