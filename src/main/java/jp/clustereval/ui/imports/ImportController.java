package jp.clustereval.ui.imports;

import java.util.ResourceBundle;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.FileDrops;
import jp.clustereval.ui.common.Subscriptions;
import jp.clustereval.ui.imports.ImportViewModel.Phase;

/**
 * The import window: preview table, per-file details with the chair's decision on a file's key or
 * its evaluator's name (with a reason), commit with progress and Cancel.
 */
public final class ImportController implements Disposable {

    private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");
    private static final PseudoClass CONFLICT = PseudoClass.getPseudoClass("conflict");
    private static final PseudoClass KEY_MISMATCH = PseudoClass.getPseudoClass("key-mismatch");
    private static final PseudoClass HELD = PseudoClass.getPseudoClass("held");

    private final ImportViewModel vm;
    private final DialogService dialogs;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private BorderPane importRoot;
    @FXML private Button addFilesButton;
    @FXML private Button addFolderButton;
    @FXML private Button clearImportButton;
    @FXML private Button removeImportFileButton;
    @FXML private TableView<ImportFileRow> importFiles;
    @FXML private TableColumn<ImportFileRow, String> fileColumn;
    @FXML private TableColumn<ImportFileRow, String> evaluatorColumn;
    @FXML private TableColumn<ImportFileRow, String> signatureColumn;
    @FXML private TableColumn<ImportFileRow, String> keyColumn;
    @FXML private TableColumn<ImportFileRow, String> clustersColumn;
    @FXML private TableColumn<ImportFileRow, String> changesColumn;
    @FXML private TableColumn<ImportFileRow, String> outcomeColumn;
    @FXML private Label importDetailTitle;
    @FXML private Label importReason;
    @FXML private Label importFingerprint;
    @FXML private HBox keyOverrideBox;
    @FXML private Label keyOverrideLabel;
    @FXML private TextField keyReasonField;
    @FXML private Button acceptKeyButton;
    @FXML private javafx.scene.layout.HBox heldScopeBox;
    @FXML private Label heldScopeLabel;
    @FXML private Button acceptHeldScopeButton;
    @FXML private TableView<ImportSheetRow> importSheets;
    @FXML private TableColumn<ImportSheetRow, String> sheetClusterColumn;
    @FXML private TableColumn<ImportSheetRow, String> sheetChangeColumn;
    @FXML private TableColumn<ImportSheetRow, String> sheetRevisionColumn;
    @FXML private TableColumn<ImportSheetRow, String> sheetGradedColumn;
    @FXML private TableColumn<ImportSheetRow, Number> sheetMissingColumn;
    @FXML private Label importSummary;
    @FXML private Label importMessage;
    @FXML private ProgressBar importProgress;
    @FXML private Label importProgressText;
    @FXML private Button cancelImportButton;
    @FXML private Button commitImportButton;
    @FXML private Button closeImportButton;
    @FXML private ResourceBundle resources;

    public ImportController(ImportViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        importFiles.setItems(vm.files());
        text(fileColumn, ImportFileRow::fileName);
        text(evaluatorColumn, ImportFileRow::evaluatorText);
        text(signatureColumn, ImportFileRow::signatureText);
        text(keyColumn, ImportFileRow::keyText);
        text(clustersColumn, ImportFileRow::clustersText);
        text(changesColumn, r -> r.rejected() || r.held() ? r.reason() : r.changesText());
        text(outcomeColumn, ImportFileRow::outcomeText);
        importFiles.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportFileRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean has = !empty && row != null;
                pseudoClassStateChanged(REJECTED, has && row.rejected());
                pseudoClassStateChanged(CONFLICT, has && row.hasConflicts());
                pseudoClassStateChanged(KEY_MISMATCH, has && row.keyMismatch());
                pseudoClassStateChanged(HELD, has && row.held());
                setId(has ? "importRow-" + row.fileName().replaceAll("[^A-Za-z0-9_-]", "_") : null);
            }
        });
        importFiles.setPlaceholder(new Label(resources.getString("imports.placeholder")));
        importFiles.setAccessibleText(resources.getString("imports.files"));
        subscriptions.onChange(importFiles.getSelectionModel().selectedItemProperty(), (obs, o, n) -> {
            if (n != null) {
                vm.selectedProperty().set(n);
            }
        });
        subscriptions.onChange(vm.selectedProperty(), (obs, o, n) -> showDetail(n));
        subscriptions.onChange(vm.phaseProperty(), (obs, o, n) -> showDetail(vm.selectedProperty().get()));

        sheetText(sheetClusterColumn, ImportSheetRow::cluster);
        sheetText(sheetChangeColumn, ImportSheetRow::changeText);
        sheetText(sheetRevisionColumn, ImportSheetRow::revisionText);
        sheetText(sheetGradedColumn, ImportSheetRow::gradedText);
        sheetMissingColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().missing()));
        importSheets.setAccessibleText(resources.getString("imports.sheets"));
        importSheets.setPlaceholder(new Label(""));

        keyReasonField.textProperty().bindBidirectional(vm.reasonProperty());
        keyReasonField.setAccessibleText(resources.getString("imports.key.reason"));
        importSummary.textProperty().bind(vm.summaryProperty());
        importMessage.textProperty().bind(vm.messageProperty());
        importProgress.progressProperty().bind(vm.progressProperty());
        importProgress.setAccessibleText(resources.getString("imports.progressBar"));
        importProgressText.textProperty().bind(vm.progressTextProperty());
        var phase = vm.phaseProperty();
        importProgress.visibleProperty().bind(phase.isEqualTo(Phase.COMMITTING).or(phase.isEqualTo(Phase.DONE)));
        importProgressText.visibleProperty().bind(importProgress.visibleProperty());
        cancelImportButton.visibleProperty().bind(phase.isEqualTo(Phase.COMMITTING));
        cancelImportButton.managedProperty().bind(cancelImportButton.visibleProperty());
        commitImportButton.disableProperty().bind(vm.canCommitProperty().not());
        var busy = phase.isEqualTo(Phase.COMMITTING).or(phase.isEqualTo(Phase.CHECKING));
        addFilesButton.disableProperty().bind(busy);
        addFolderButton.disableProperty().bind(busy);
        clearImportButton.disableProperty().bind(busy);
        // one file out of the batch: the button or Delete on the selected rows (only while previewing)
        importFiles.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        removeImportFileButton.disableProperty().bind(phase.isNotEqualTo(Phase.PREVIEW)
                .or(Bindings.isEmpty(importFiles.getSelectionModel().getSelectedItems())));
        importFiles.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == javafx.scene.input.KeyCode.DELETE || e.getCode() == javafx.scene.input.KeyCode.BACK_SPACE)
                    && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                removeSelected();
            }
        });
        closeImportButton.disableProperty().bind(phase.isEqualTo(Phase.COMMITTING));
        importRoot.cursorProperty().bind(Bindings.when(busy).then(javafx.scene.Cursor.WAIT)
                .otherwise(javafx.scene.Cursor.DEFAULT));
        FileDrops.install(importRoot, vm::add);
        showDetail(vm.selectedProperty().get());
    }

    private static void text(TableColumn<ImportFileRow, String> column,
                             java.util.function.Function<ImportFileRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private static void sheetText(TableColumn<ImportSheetRow, String> column,
                                  java.util.function.Function<ImportSheetRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private void showDetail(ImportFileRow row) {
        if (row != null && importFiles.getSelectionModel().getSelectedItem() != row) {
            importFiles.getSelectionModel().select(row);
        }
        importDetailTitle.setText(row == null ? "" : row.fileName() + " — " + row.evaluatorText());
        importReason.setText(row == null ? "" : row.reason());
        importReason.setVisible(row != null && !row.reason().isEmpty());
        importReason.setManaged(importReason.isVisible());
        importFingerprint.setText(row == null ? "" : row.fingerprintText(vm.app().messages()));
        importSheets.getItems().setAll(row == null ? java.util.List.of() : row.sheets());
        boolean preview = row != null && vm.phaseProperty().get() == Phase.PREVIEW;
        boolean scope = preview && (row.rosterToDecide() || row.rosterFromFileToDecide() || row.assignmentToDecide());
        heldScopeBox.setVisible(scope);
        heldScopeBox.setManaged(scope);
        if (scope) {
            boolean roster = row.rosterToDecide() || row.rosterFromFileToDecide();
            heldScopeLabel.setText(resources.getString(row.rosterFromFileToDecide() ? "imports.held.rosterFromFile.explain"
                    : roster ? "imports.held.roster.explain" : "imports.held.assign.explain"));
            acceptHeldScopeButton.setText(resources.getString(roster ? "imports.held.roster" : "imports.held.assign"));
        }
        boolean decide = preview && (row.keyToDecide() || row.nameToDecide());
        keyOverrideBox.setVisible(decide);
        keyOverrideBox.setManaged(decide);
        if (decide) {
            boolean key = row.keyToDecide();
            keyOverrideLabel.setText(resources.getString(key ? "imports.key.override" : "imports.name.override"));
            acceptKeyButton.setText(resources.getString(key ? "imports.key.accept" : "imports.name.accept"));
            keyReasonField.setAccessibleText(resources.getString(key ? "imports.key.reason" : "imports.name.reason"));
        }
    }

    @FXML
    private void addFiles() {
        var chosen = dialogs.chooseScoreFiles();
        if (!chosen.isEmpty()) {
            vm.add(chosen);
        }
    }

    @FXML
    private void addFolder() {
        dialogs.chooseFolder().ifPresent(f -> vm.add(java.util.List.of(f)));
    }

    @FXML
    private void removeSelected() {
        vm.remove(java.util.List.copyOf(importFiles.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void clear() {
        vm.clear();
    }

    @FXML
    private void acceptKey() {
        if (!vm.acceptSelected()) {
            keyReasonField.requestFocus();
        }
    }

    @FXML
    private void acceptHeldScope() {
        vm.acceptHeldScope();
    }

    @FXML
    private void commit() {
        vm.commit();
    }

    @FXML
    private void cancel() {
        vm.cancel();
    }

    @FXML
    private void close() {
        Window w = importRoot.getScene() == null ? null : importRoot.getScene().getWindow();
        if (w != null) {
            w.hide();
        }
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
    }
}
