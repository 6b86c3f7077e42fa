package jp.clustereval.ui.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import jp.clustereval.service.Overview;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Shortcut;
import jp.clustereval.ui.common.Subscriptions;

/**
 * Binds the overview: the grid (one column per {@link OverviewColumn}), graded from the keyboard
 * like the sheet (arrows move, S/A/B/C grade and move to the next item, Delete clears, Ctrl+Z and
 * Ctrl+Y undo and redo, Ctrl+C copies, Ctrl+P prints), and the selected cluster's comments below.
 */
public final class OverviewController implements Disposable {

    private static final PseudoClass PARTIAL = PseudoClass.getPseudoClass("partial");
    private static final PseudoClass NOT_STARTED = PseudoClass.getPseudoClass("not-started");

    private final OverviewViewModel vm;
    private final DialogService dialogs;
    private final Subscriptions subscriptions = new Subscriptions();
    private List<OverviewColumn> shownColumns = List.of();

    @FXML private BorderPane overviewRoot;
    @FXML private Label overviewHeading;
    @FXML private Label overviewMessage;
    @FXML private Label overviewSaveState;
    @FXML private Label overviewHint;
    @FXML private Button overviewCopyButton;
    @FXML private Button overviewPrintButton;
    @FXML private TableView<OverviewLine> overviewTable;
    @FXML private Label overviewNotesTitle;
    @FXML private ListView<String> overviewNotes;
    @FXML private ResourceBundle resources;

    public OverviewController(OverviewViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        overviewTable.setItems(vm.lines());
        overviewTable.getSelectionModel().setCellSelectionEnabled(true);
        overviewTable.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        overviewTable.setAccessibleText(resources.getString("overview.grid.accessible"));
        overviewTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(OverviewLine line, boolean empty) {
                super.updateItem(line, empty);
                setId(empty || line == null ? null : "overviewRow-" + line.code());
                Overview.Row r = empty || line == null ? null : line.row();
                pseudoClassStateChanged(PARTIAL, r != null && r.isPartial());
                pseudoClassStateChanged(NOT_STARTED, r != null && !r.isStarted());
            }
        });
        overviewTable.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        subscriptions.onChange(overviewTable.getSelectionModel().selectedItemProperty(), (obs, o, line) -> {
            if (line != null) {
                vm.selectedProperty().set(line);
            }
        });
        subscriptions.onChange(vm.overviewProperty(), (obs, o, n) -> showColumns());
        // read again: the keyboard is on an item of the selected cluster, where grading starts
        subscriptions.onListChange(vm.lines(), change -> focusFirstItem());
        subscriptions.onChange(vm.selectedProperty(), (obs, o, n) -> showNotesTitle());
        overviewNotes.setItems(vm.notes());
        overviewNotes.setAccessibleText(resources.getString("overview.notes.title"));
        overviewHeading.textProperty().bind(Bindings.createStringBinding(vm::heading, vm.overviewProperty()));
        overviewSaveState.textProperty().bind(Bindings.createStringBinding(() -> resources.getString(
                vm.savingProperty().get() > 0 ? "overview.saving" : "overview.saved"), vm.savingProperty()));
        overviewCopyButton.setTooltip(new Tooltip(resources.getString("overview.copy.tooltip")));
        overviewPrintButton.setTooltip(new Tooltip(resources.getString("overview.print.tooltip")));
        if (vm.isReadOnly()) {
            overviewHint.setText(resources.getString("overview.readOnly"));
            overviewHint.getStyleClass().add("read-only-hint");
        }
        showColumns();
        showNotesTitle();
    }

    /** The grid's columns, made again only when they change (another round, another language). */
    private void showColumns() {
        List<OverviewColumn> columns = vm.columns();
        if (columns.equals(shownColumns)) {
            overviewTable.refresh();
            return;
        }
        shownColumns = columns;
        List<TableColumn<OverviewLine, String>> made = new ArrayList<>();
        for (OverviewColumn c : columns) {
            made.add(column(c));
        }
        overviewTable.getColumns().setAll(made);
        focusFirstItem();
    }

    private TableColumn<OverviewLine, String> column(OverviewColumn c) {
        TableColumn<OverviewLine, String> col = new TableColumn<>();
        col.setId("overviewColumn-" + c.idPart());
        col.setUserData(c);
        col.setSortable(false);
        col.setReorderable(false);
        Label header = new Label(c.label());
        header.setId("overviewHeader-" + c.idPart());
        header.setTooltip(new Tooltip(c.fullLabel()));
        header.setAccessibleText(c.fullLabel());
        col.setGraphic(header);
        col.setCellValueFactory(cd -> Bindings.createStringBinding(() -> vm.text(cd.getValue().row(), c),
                cd.getValue().rowProperty()));
        col.setCellFactory(t -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                OverviewLine line = empty || getTableRow() == null ? null : getTableRow().getItem();
                setAccessibleText(line == null ? null : Messages.format(resources, "overview.cell.accessible",
                        line.code(), c.label(), text == null || text.isEmpty() ? "-" : text));
            }
        });
        col.getStyleClass().add("overview-" + c.kind().name().toLowerCase(java.util.Locale.ROOT));
        // every column in view at the window's size: 1,216 px in all
        switch (c.kind()) {
            case CODE -> col.setPrefWidth(60);
            case NAME -> col.setPrefWidth(210);
            case ITEM -> col.setPrefWidth(44);
            case AXIS -> col.setPrefWidth(50);
            case TOTAL -> col.setPrefWidth(54);
            case RANK -> col.setPrefWidth(46);
            case STATE -> col.setPrefWidth(130);
            case NOTES -> col.setPrefWidth(70);
        }
        return col;
    }

    private void focusFirstItem() {
        if (overviewTable.getItems().isEmpty()) {
            return;
        }
        overviewTable.getColumns().stream().filter(col -> ((OverviewColumn) col.getUserData()).isItem()).findFirst()
                .ifPresent(col -> {
                    int row = Math.max(0, vm.selectedProperty().get() == null ? 0
                            : overviewTable.getItems().indexOf(vm.selectedProperty().get()));
                    overviewTable.getSelectionModel().clearAndSelect(row, col);
                    overviewTable.getFocusModel().focus(row, col);
                });
    }

    private void showNotesTitle() {
        OverviewLine line = vm.selectedProperty().get();
        String title = resources.getString("overview.notes.title");
        overviewNotesTitle.setText(line == null ? title
                : title + " — " + line.code() + " " + line.row().cluster().name().in(vm.app().language()));
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() && !e.isAltDown()) {
            // the keys of the one shortcut table (Help > Keyboard lists the same rows)
            if (Shortcut.OVERVIEW_COPY.matches(e)) {
                copy();
            } else if (Shortcut.OVERVIEW_UNDO.matches(e)) {
                vm.undo();
            } else if (Shortcut.OVERVIEW_REDO.matches(e)) {
                vm.redo();
            } else if (Shortcut.OVERVIEW_PRINT.matches(e)) {
                print();
            } else {
                return;
            }
            e.consume();
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        @SuppressWarnings("unchecked")
        TablePosition<OverviewLine, ?> at = overviewTable.getFocusModel().getFocusedCell();
        if (at == null || at.getRow() < 0 || at.getTableColumn() == null
                || !(at.getTableColumn().getUserData() instanceof OverviewColumn column) || !column.isItem()) {
            return;
        }
        OverviewLine line = overviewTable.getItems().get(at.getRow());
        KeyCode code = e.getCode();
        if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            vm.grade(line.code(), column.key(), null);
            e.consume();
        } else if (code.isLetterKey() && vm.isGrade(code.getName())) {
            vm.grade(line.code(), column.key(), code.getName());
            nextItem(at.getRow(), at.getTableColumn());
            e.consume();
        }
    }

    /** After a grade: the next item of the same cluster, as the sheet moves to its next item. */
    private void nextItem(int row, TableColumn<OverviewLine, ?> from) {
        int index = overviewTable.getColumns().indexOf(from) + 1;
        if (index < overviewTable.getColumns().size()
                && overviewTable.getColumns().get(index).getUserData() instanceof OverviewColumn next && next.isItem()) {
            overviewTable.getSelectionModel().clearAndSelect(row, overviewTable.getColumns().get(index));
            overviewTable.getFocusModel().focus(row, overviewTable.getColumns().get(index));
        }
    }

    /** Copies the grid as tab-separated text (Ctrl+C, the Copy button). */
    @FXML
    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.tsv());
        Clipboard.getSystemClipboard().setContent(content);
        overviewMessage.setText(Messages.format(resources, "overview.copied", vm.lines().size()));
    }

    /** Prints on A4 landscape (Ctrl+P, the Print button). */
    @FXML
    private void print() {
        OverviewPrinter.print(vm, overviewRoot.getScene() == null ? null : overviewRoot.getScene().getWindow(),
                pages -> overviewMessage.setText(Messages.format(resources, "overview.printed", pages)),
                dialogs::report);
    }

    /** Puts the keyboard on the grid (the window was opened). */
    public void focusGrid() {
        overviewTable.requestFocus();
        if (overviewTable.getFocusModel().getFocusedCell() == null
                || overviewTable.getFocusModel().getFocusedCell().getRow() < 0) {
            focusFirstItem();
        }
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
        overviewHeading.textProperty().unbind();
        overviewSaveState.textProperty().unbind();
    }
}
