package jp.clustereval.ui.missing;

import java.util.ResourceBundle;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import jp.clustereval.domain.Language;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.DialogService.FileRequest;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Subscriptions;

/**
 * Binds Panel &gt; Who is missing to its view model: the table (arrow keys select, Ctrl+C copies the
 * reminder), the reminder's language, Copy reminder, Export CSV through the dialog service's chooser.
 */
public final class MissingController implements Disposable {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final MissingViewModel vm;
    private final DialogService dialogs;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private BorderPane missingRoot;
    @FXML private Label missingSummary;
    @FXML private TableView<MissingRow> missingTable;
    @FXML private TableColumn<MissingRow, String> missingNameColumn;
    @FXML private TableColumn<MissingRow, String> missingAffiliationColumn;
    @FXML private TableColumn<MissingRow, String> missingEmailColumn;
    @FXML private TableColumn<MissingRow, String> missingStateColumn;
    @FXML private TableColumn<MissingRow, String> missingUnitsColumn;
    @FXML private TableColumn<MissingRow, String> missingPartialColumn;
    @FXML private ChoiceBox<Language> missingLanguage;
    @FXML private Button copyReminderButton;
    @FXML private Label missingMessage;
    @FXML private ResourceBundle resources;

    public MissingController(MissingViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        missingSummary.textProperty().bind(vm.summaryProperty());
        missingMessage.textProperty().bind(vm.messageProperty());
        missingTable.setItems(vm.rows());
        text(missingNameColumn, MissingRow::name);
        text(missingAffiliationColumn, MissingRow::affiliation);
        text(missingEmailColumn, MissingRow::email);
        text(missingStateColumn, MissingRow::stateText);
        text(missingUnitsColumn, MissingRow::missingUnits);
        text(missingPartialColumn, MissingRow::partialUnits);
        missingTable.setPlaceholder(new Label(resources.getString("missing.empty")));
        missingTable.setAccessibleText(resources.getString("missing.title"));
        subscriptions.onChange(missingTable.getSelectionModel().selectedItemProperty(), (obs, o, n) -> vm.select(n));
        missingTable.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                e.consume();
                copyReminder();
            }
        });
        missingLanguage.getItems().setAll(vm.languages());
        missingLanguage.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : vm.languageText(l);
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        });
        missingLanguage.valueProperty().bindBidirectional(vm.reminderLanguageProperty());
        missingLanguage.setAccessibleText(resources.getString("missing.reminderLanguage"));
        copyReminderButton.disableProperty().bind(vm.canCopyProperty().not());
    }

    private static void text(TableColumn<MissingRow, String> column, Function<MissingRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** Puts the keyboard in the list (the window opens with it there). */
    public void focusTable() {
        missingTable.requestFocus();
        if (!missingTable.getItems().isEmpty() && missingTable.getFocusModel().getFocusedIndex() < 0) {
            missingTable.getFocusModel().focus(0);
        }
    }

    @FXML
    private void copyReminder() {
        String text = vm.reminder();
        if (text.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void exportCsv() {
        dialogs.chooseSaveFile(FileRequest.Kind.SAVE_CSV, vm.suggestedCsvName()).ifPresent(vm::exportCsv);
    }

    @FXML
    private void refresh() {
        vm.refresh();
    }

    @FXML
    private void close() {
        Window w = missingRoot.getScene() == null ? null : missingRoot.getScene().getWindow();
        if (w != null) {
            w.hide();
        }
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
    }
}
