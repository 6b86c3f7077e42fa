package jp.clustereval.ui.welcome;

import java.util.ResourceBundle;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import jp.clustereval.domain.Language;
import jp.clustereval.service.LocalRole;
import jp.clustereval.ui.common.Messages;

/** Binds the "who are you" page to its view model. */
public final class WelcomeController implements jp.clustereval.ui.common.Disposable {

    private final WelcomeViewModel vm;

    @FXML private TextField nameField;
    @FXML private TextField affiliationField;
    @FXML private Label welcomeError;
    @FXML private Label welcomeDatabase;
    @FXML private Button startButton;
    @FXML private javafx.scene.layout.HBox welcomeBusy;
    @FXML private javafx.scene.control.ProgressIndicator welcomeBusyIndicator;
    @FXML private ToggleButton welcomeJa;
    @FXML private ToggleButton welcomeEn;
    @FXML private javafx.scene.control.RadioButton welcomeRoleGrader;
    @FXML private javafx.scene.control.RadioButton welcomeRoleChair;
    @FXML private Label welcomeChairNote;
    @FXML private javafx.scene.layout.HBox welcomePackageSlot;
    @FXML private ResourceBundle resources;

    private final jp.clustereval.ui.common.Navigator navigator;

    /** @param navigator opens a round package from the secretariat (the grader's other way in) */
    public WelcomeController(WelcomeViewModel vm, jp.clustereval.ui.common.Navigator navigator) {
        this.vm = vm;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        affiliationField.textProperty().bindBidirectional(vm.affiliationProperty());
        welcomeError.textProperty().bind(vm.errorProperty());
        welcomeError.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        welcomeError.managedProperty().bind(welcomeError.visibleProperty());
        welcomeDatabase.setText(Messages.format(resources, "welcome.database", vm.databaseText()));
        startButton.disableProperty().bind(vm.canSubmitProperty().not());
        // from "Start grading" until the main window replaces this page
        welcomeBusy.visibleProperty().bind(vm.busyProperty());
        welcomeBusy.managedProperty().bind(welcomeBusy.visibleProperty());
        welcomeBusyIndicator.setAccessibleText(resources.getString("welcome.starting"));
        nameField.setAccessibleText(resources.getString("welcome.name"));
        affiliationField.setAccessibleText(resources.getString("welcome.affiliation"));
        showLanguage();
        showRole();
        welcomeRoleGrader.setOnAction(e -> vm.roleProperty().set(LocalRole.GRADER));
        welcomeRoleChair.setOnAction(e -> vm.roleProperty().set(LocalRole.CHAIR));
        welcomeChairNote.visibleProperty().bind(vm.roleProperty().isEqualTo(LocalRole.CHAIR));
        welcomeChairNote.managedProperty().bind(welcomeChairNote.visibleProperty());
        // the round-package button (when there is one) is a grader's
        welcomePackageSlot.visibleProperty().bind(vm.roleProperty().isEqualTo(LocalRole.GRADER));
        welcomePackageSlot.managedProperty().bind(welcomePackageSlot.visibleProperty());
        welcomeJa.setAccessibleText("日本語");
        welcomeEn.setAccessibleText("English");
        Platform.runLater(nameField::requestFocus);
    }

    private void showRole() {
        welcomeRoleGrader.setSelected(vm.roleProperty().get() == LocalRole.GRADER);
        welcomeRoleChair.setSelected(vm.roleProperty().get() == LocalRole.CHAIR);
    }

    private void showLanguage() {
        welcomeJa.setSelected(vm.language() == Language.JA);
        welcomeEn.setSelected(vm.language() == Language.EN);
    }

    @FXML
    private void languageJa() {
        vm.setLanguage(Language.JA);
        showLanguage();
    }

    @FXML
    private void languageEn() {
        vm.setLanguage(Language.EN);
        showLanguage();
    }

    @FXML
    private void openRoundPackage() {
        navigator.openRoundPackage(null);
    }

    @FXML
    private void start() {
        vm.submit();
    }

    @Override
    public void dispose() {
        nameField.textProperty().unbindBidirectional(vm.nameProperty());
        affiliationField.textProperty().unbindBidirectional(vm.affiliationProperty());
    }
}
