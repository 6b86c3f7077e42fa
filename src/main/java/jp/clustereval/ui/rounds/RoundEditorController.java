package jp.clustereval.ui.rounds;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import jp.clustereval.domain.Language;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Shortcut;
import jp.clustereval.ui.common.Subscriptions;

/**
 * Round &gt; Edit definition: binds the item tree (rebuilt from the view model whenever its shape
 * changes), the axes and grade tables and the cohort list; the tree's keys are the
 * {@link Shortcut.Area#ROUND_EDITOR} rows. Once the round is frozen only its texts are editable
 * (the structure's keys say why nothing changes); read-only in a database open read-only. Edits not
 * saved are asked about (save, discard, keep editing) through the DialogService when the window is
 * closed or another round is made current.
 */
public final class RoundEditorController implements Disposable {

    private final RoundEditorViewModel vm;
    private final DialogService dialogs;
    private final Subscriptions subscriptions = new Subscriptions();
    private final Map<EditorItem, TreeItem<EditorItem>> shown = new IdentityHashMap<>();

    @FXML private BorderPane roundEditorRoot;
    @FXML private Label roundEditorFrozen;
    @FXML private TreeView<EditorItem> roundEditorTree;
    @FXML private TableView<AxisRow> roundEditorAxes;
    @FXML private TableColumn<AxisRow, String> axisCodeColumn;
    @FXML private TableColumn<AxisRow, String> axisNameJaColumn;
    @FXML private TableColumn<AxisRow, String> axisNameEnColumn;
    @FXML private TableColumn<AxisRow, String> axisWeightColumn;
    @FXML private TableView<GradeRow> roundEditorGrades;
    @FXML private TableColumn<GradeRow, String> gradeCodeColumn;
    @FXML private TableColumn<GradeRow, String> gradeValueColumn;
    @FXML private TableColumn<GradeRow, String> gradeWordingJaColumn;
    @FXML private TableColumn<GradeRow, String> gradeWordingEnColumn;
    @FXML private ListView<UnitChoice> roundEditorCohort;
    @FXML private javafx.scene.control.TabPane roundEditorTabs;
    @FXML private Label roundEditorMessage;
    @FXML private Button roundEditorSave;
    @FXML private Button roundEditorAddAxis;
    @FXML private Button roundEditorRemoveAxis;
    @FXML private Button roundEditorAddGrade;
    @FXML private Button roundEditorRemoveGrade;
    @FXML private Button roundEditorReplaceUnits;
    @FXML private ResourceBundle resources;

    private final javafx.event.EventHandler<javafx.stage.WindowEvent> closeRequest = this::closeRequested;
    private javafx.stage.Window window;

    public RoundEditorController(RoundEditorViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        Language language = language();
        String unitWord = resources.getString("rounds.editor.unit");
        roundEditorTree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(EditorItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label(language, unitWord));
            }
        });
        roundEditorTree.setAccessibleText(resources.getString("rounds.editor.items"));
        roundEditorTree.addEventFilter(KeyEvent.KEY_PRESSED, this::treeKey);
        subscriptions.onChange(vm.treeVersionProperty(), (obs, o, n) -> rebuild());
        subscriptions.onChange(vm.selectedProperty(), (obs, o, n) -> select(n));
        subscriptions.onChange(roundEditorTree.getSelectionModel().selectedItemProperty(), (obs, o, n) -> {
            if (n != null && n.getValue() != vm.selectedProperty().get()) {
                vm.selectedProperty().set(n.getValue());
            }
        });
        rebuild();

        roundEditorAxes.setItems(vm.axes());
        text(axisCodeColumn, AxisRow::codeProperty);
        text(axisNameJaColumn, AxisRow::nameJaProperty);
        text(axisNameEnColumn, AxisRow::nameEnProperty);
        text(axisWeightColumn, AxisRow::weightProperty);
        roundEditorGrades.setItems(vm.grades());
        text(gradeCodeColumn, GradeRow::codeProperty);
        text(gradeValueColumn, GradeRow::valueProperty);
        text(gradeWordingJaColumn, GradeRow::wordingJaProperty);
        text(gradeWordingEnColumn, GradeRow::wordingEnProperty);
        roundEditorTabs.setAccessibleText(resources.getString("rounds.editor.tabs"));
        roundEditorAxes.setAccessibleText(resources.getString("rounds.editor.axes"));
        roundEditorGrades.setAccessibleText(resources.getString("rounds.editor.grades"));
        roundEditorCohort.setItems(vm.units());
        roundEditorCohort.setCellFactory(CohortCell.factory());
        roundEditorCohort.setAccessibleText(resources.getString("rounds.editor.cohort"));
        roundEditorFrozen.textProperty().bind(vm.frozenTextProperty());
        roundEditorMessage.textProperty().bind(vm.messageProperty());
        var fixed = vm.frozenProperty();
        var locked = vm.lockedProperty();
        // a frozen round: the texts (names, wording) stay editable, codes, weights and values do not
        roundEditorAxes.editableProperty().bind(locked.not());
        roundEditorGrades.editableProperty().bind(locked.not());
        axisCodeColumn.editableProperty().bind(fixed.not());
        axisWeightColumn.editableProperty().bind(fixed.not());
        gradeCodeColumn.editableProperty().bind(fixed.not());
        gradeValueColumn.editableProperty().bind(fixed.not());
        roundEditorCohort.disableProperty().bind(fixed);
        roundEditorSave.disableProperty().bind(locked);
        roundEditorAddAxis.disableProperty().bind(fixed);
        roundEditorRemoveAxis.disableProperty().bind(fixed);
        roundEditorAddGrade.disableProperty().bind(fixed);
        roundEditorRemoveGrade.disableProperty().bind(fixed);
        roundEditorReplaceUnits.disableProperty().bind(fixed);
        subscriptions.onChange(vm.unsavedQuestionProperty(), (obs, o, ask) -> {
            if (ask) {
                askUnsaved("rounds.editor.unsaved.switch", vm::resolveUnsaved);
            }
        });
        subscriptions.onChange(roundEditorRoot.sceneProperty(), (obs, o, scene) -> {
            if (scene != null) {
                subscriptions.onChange(scene.windowProperty(), (o2, old, w) -> attach(w));
                attach(scene.getWindow());
            }
        });
    }

    /** The window's close (its frame's button, Escape's Close) asks first when edits are not saved. */
    private void attach(javafx.stage.Window w) {
        if (w == window) {
            return;
        }
        if (window != null) {
            window.removeEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, closeRequest);
        }
        window = w;
        if (w != null) {
            w.addEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, closeRequest);
        }
    }

    private void closeRequested(javafx.stage.WindowEvent e) {
        if (!vm.hasUnsavedChanges()) {
            return;
        }
        e.consume();
        askUnsaved("rounds.editor.unsaved.close", choice -> {
            switch (choice) {
                case SAVE -> vm.save(this::hide);
                case DISCARD -> {
                    vm.load();
                    hide();
                }
                case KEEP_EDITING -> focusTree();
            }
        });
    }

    /** Save, discard or keep editing, asked through the DialogService; closing the question keeps editing. */
    private void askUnsaved(String textKey, java.util.function.Consumer<RoundEditorViewModel.UnsavedChoice> answer) {
        ButtonType save = new ButtonType(resources.getString("rounds.editor.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(resources.getString("rounds.editor.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType keep = new ButtonType(resources.getString("rounds.editor.unsaved.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String round = vm.roundId() == null ? "" : vm.roundId();
        Alert question = new Alert(Alert.AlertType.CONFIRMATION, Messages.format(resources, textKey, round), save, discard, keep);
        question.setTitle(resources.getString("rounds.editor.unsaved.title"));
        question.setHeaderText(Messages.format(resources, "rounds.editor.unsaved.header", round));
        question.getDialogPane().setId("unsavedDialog");
        dialogs.show(question, chosen -> answer.accept(chosen.map(b -> b == save ? RoundEditorViewModel.UnsavedChoice.SAVE
                : b == discard ? RoundEditorViewModel.UnsavedChoice.DISCARD : RoundEditorViewModel.UnsavedChoice.KEEP_EDITING)
                .orElse(RoundEditorViewModel.UnsavedChoice.KEEP_EDITING)));
    }

    private void hide() {
        if (window != null) {
            window.hide();
        }
    }

    /** The language the view was built in (its bundle's). */
    private Language language() {
        return "ja".equals(resources.getLocale().getLanguage()) ? Language.JA : Language.EN;
    }

    private static <R> void text(TableColumn<R, String> column, Function<R, StringProperty> cell) {
        column.setCellValueFactory(c -> cell.apply(c.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
    }

    private void treeKey(KeyEvent e) {
        boolean handled = true;
        if (Shortcut.EDITOR_INSERT_CHILD.matches(e)) {
            vm.insertChild();
        } else if (Shortcut.EDITOR_INSERT.matches(e)) {
            vm.insertAfter();
        } else if (Shortcut.EDITOR_RENAME.matches(e)) {
            rename();
        } else if (Shortcut.EDITOR_EDIT.matches(e)) {
            edit();
        } else if (Shortcut.EDITOR_REMOVE.matches(e)) {
            vm.remove();
        } else if (Shortcut.EDITOR_MOVE_UP.matches(e)) {
            vm.move(-1);
        } else if (Shortcut.EDITOR_MOVE_DOWN.matches(e)) {
            vm.move(1);
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void rename() {
        EditorItem item = vm.selectedProperty().get();
        if (item == null || vm.lockedProperty().get()) {
            vm.rename(null); // says why nothing changes when read-only
            return;
        }
        boolean ja = language() == Language.JA;
        TextInputDialog dialog = new TextInputDialog(ja ? item.fields().name().ja() : item.fields().name().en());
        dialog.setTitle(resources.getString("rounds.editor.rename.title"));
        dialog.setHeaderText(resources.getString("rounds.editor.rename.header"));
        dialog.getDialogPane().setId("renameDialog");
        dialog.getEditor().setId("renameField");
        dialogs.show(dialog, answer -> {
            answer.ifPresent(vm::rename);
            javafx.application.Platform.runLater(this::focusTree); // once the dialog's owner took the focus back
        });
    }

    private void edit() {
        EditorItem item = vm.selectedProperty().get();
        if (item == null) {
            return;
        }
        if (vm.lockedProperty().get()) {
            vm.edit(item.fields()); // says why nothing changes
            return;
        }
        dialogs.show(ItemDialog.create(Messages.of(language()), item.fields(), vm.axisCodes(), vm.unitCodes(),
                vm.frozenProperty().get()), answer -> {
            answer.ifPresent(vm::edit);
            javafx.application.Platform.runLater(this::focusTree); // once the dialog's owner took the focus back
        });
    }

    private void rebuild() {
        shown.clear();
        TreeItem<EditorItem> root = build(vm.root());
        roundEditorTree.setRoot(root);
        select(vm.selectedProperty().get());
    }

    private TreeItem<EditorItem> build(EditorItem node) {
        TreeItem<EditorItem> item = new TreeItem<>(node);
        item.setExpanded(true);
        shown.put(node, item);
        for (EditorItem c : node.children()) {
            item.getChildren().add(build(c));
        }
        return item;
    }

    private void select(EditorItem node) {
        TreeItem<EditorItem> item = node == null ? null : shown.get(node);
        if (item != null && roundEditorTree.getSelectionModel().getSelectedItem() != item) {
            roundEditorTree.getSelectionModel().select(item);
            int row = roundEditorTree.getRow(item);
            if (row >= 0) {
                roundEditorTree.scrollTo(Math.max(0, row - 3));
            }
        }
    }

    /**
     * The keyboard in the tree: when the window is shown, and after an item's dialog (owned by the
     * main window, which would otherwise keep the keyboard) is closed.
     */
    public void focusTree() {
        if (roundEditorTree.getScene() != null && roundEditorTree.getScene().getWindow() instanceof javafx.stage.Stage w) {
            w.toFront();
            w.requestFocus();
        }
        roundEditorTree.requestFocus();
    }

    @FXML
    private void addAxis() {
        vm.addAxis();
    }

    @FXML
    private void removeAxis() {
        vm.removeAxis(roundEditorAxes.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void addGrade() {
        vm.addGrade();
    }

    @FXML
    private void removeGrade() {
        vm.removeGrade(roundEditorGrades.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void replaceUnits() {
        dialogs.chooseOpenFile(jp.clustereval.ui.common.DialogService.FileRequest.Kind.OPEN_UNITS_CSV)
                .ifPresent(vm::replaceUnits);
    }

    @FXML
    private void save() {
        vm.save();
    }

    /** Close: as the window's own close, asking first when edits are not saved. */
    @FXML
    private void close() {
        if (window == null) {
            return;
        }
        javafx.stage.WindowEvent request = new javafx.stage.WindowEvent(window, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST);
        closeRequested(request);
        if (!request.isConsumed()) {
            hide();
        }
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
        attach(null);
    }
}
