package jp.clustereval.ui.clusters;

import java.util.ResourceBundle;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Shortcut;
import jp.clustereval.ui.common.Subscriptions;

/** Binds the cluster table, its search field and filters to the view model. */
public final class ClusterListController implements Disposable {

    private final ClusterListViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();
    private boolean syncing;
    private java.util.function.Consumer<String> onOpen = code -> { };
    private java.util.function.BiPredicate<String, javafx.scene.input.KeyEvent> onGradeKey = (code, key) -> false;

    @FXML private TextField clusterSearch;
    @FXML private ChoiceBox<Integer> cohortFilter;
    @FXML private ChoiceBox<String> fieldFilter;
    @FXML private TableView<ClusterRow> clusterTable;
    @FXML private TableColumn<ClusterRow, String> codeColumn;
    @FXML private TableColumn<ClusterRow, String> nameColumn;
    @FXML private TableColumn<ClusterRow, String> cohortColumn;
    @FXML private TableColumn<ClusterRow, String> fieldsColumn;
    @FXML private TableColumn<ClusterRow, ClusterRow> progressColumn;
    @FXML private TableColumn<ClusterRow, String> statusColumn;
    @FXML private Label clusterCount;
    @FXML private ResourceBundle resources;

    public ClusterListController(ClusterListViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        clusterSearch.textProperty().bindBidirectional(vm.searchProperty());
        clusterSearch.setAccessibleText(resources.getString("clusters.search.prompt"));
        setUpFilters();
        codeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().code()));
        nameColumn.setCellValueFactory(c -> c.getValue().nameProperty());
        cohortColumn.setCellValueFactory(c -> c.getValue().cohortProperty());
        fieldsColumn.setCellValueFactory(c -> c.getValue().fieldsProperty());
        progressColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        progressColumn.setCellFactory(c -> new ProgressCell());
        progressColumn.setComparator((a, b) -> Double.compare(a.progress(), b.progress()));
        statusColumn.setCellValueFactory(c -> c.getValue().statusTextProperty());
        nameColumn.setCellFactory(c -> new TooltipCell());
        fieldsColumn.setCellFactory(c -> new TooltipCell());
        clusterTable.setRowFactory(t -> new StatusRow());
        clusterTable.setAccessibleText(resources.getString("clusters.title"));
        Label placeholder = new Label();
        placeholder.setId("clusterTablePlaceholder");
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(vm.loadingProperty())
                .then(resources.getString("app.loading")).otherwise(resources.getString("clusters.empty")));
        clusterTable.setPlaceholder(placeholder);

        var sorted = new javafx.collections.transformation.SortedList<>(vm.visibleRows());
        sorted.comparatorProperty().bind(clusterTable.comparatorProperty());
        clusterTable.setItems(sorted);
        clusterCount.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.format(resources, "clusters.count", vm.visibleRows().size(), vm.rows().size()),
                vm.visibleRows(), vm.rows()));

        subscriptions.onChange(clusterTable.getSelectionModel().selectedItemProperty(), (obs, o, row) -> {
            if (!syncing && row != null) {
                vm.selectedProperty().set(row);
            }
        });
        subscriptions.onChange(vm.selectedProperty(), (obs, o, row) -> showSelection(row));
        // Enter or a double click opens the sheet for grading; a grade key grades its first ungraded item
        clusterTable.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            ClusterRow row = clusterTable.getSelectionModel().getSelectedItem();
            if (row == null) {
                return;
            }
            if (Shortcut.LIST_OPEN.matches(e)) {
                e.consume();
                onOpen.accept(row.code());
            } else if (!e.isShortcutDown() && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()
                    && onGradeKey.test(row.code(), e)) {
                e.consume();
            }
        });
        clusterTable.setOnMouseClicked(e -> {
            ClusterRow row = clusterTable.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && row != null) {
                onOpen.accept(row.code());
            }
        });
        // Enter in the search field opens the selected match (the first one if none is selected)
        clusterSearch.setOnAction(e -> {
            if (!clusterTable.getItems().isEmpty()) {
                if (clusterTable.getSelectionModel().isEmpty()) {
                    clusterTable.getSelectionModel().select(0);
                }
                clusterTable.requestFocus();
                onOpen.accept(clusterTable.getSelectionModel().getSelectedItem().code());
            }
        });
        showSelection(vm.selectedProperty().get());
    }

    private void setUpFilters() {
        cohortFilter.setItems(vm.cohortOptions());
        cohortFilter.setConverter(converter(vm::cohortOptionText));
        cohortFilter.setValue(vm.cohortFilterProperty().get());
        cohortFilter.valueProperty().addListener((obs, o, n) -> {
            if (n != null) {
                vm.cohortFilterProperty().set(n);
            }
        });
        // the options are read again after an import or a restore: keep showing the chosen filter
        // (after the combo box has handled the change itself, which clears its value)
        subscriptions.onListChange(vm.cohortOptions(), c -> javafx.application.Platform.runLater(
                () -> cohortFilter.setValue(vm.cohortFilterProperty().get())));
        subscriptions.onListChange(vm.fieldOptions(), c -> javafx.application.Platform.runLater(
                () -> fieldFilter.setValue(vm.fieldFilterProperty().get())));
        cohortFilter.setAccessibleText(resources.getString("clusters.filter.cohort"));
        cohortFilter.setTooltip(new Tooltip(resources.getString("clusters.filter.cohort")));
        fieldFilter.setItems(vm.fieldOptions());
        fieldFilter.setConverter(converter(vm::fieldOptionText));
        fieldFilter.setValue(vm.fieldFilterProperty().get());
        fieldFilter.valueProperty().addListener((obs, o, n) -> {
            if (n != null) {
                vm.fieldFilterProperty().set(n);
            }
        });
        fieldFilter.setAccessibleText(resources.getString("clusters.filter.field"));
        fieldFilter.setTooltip(new Tooltip(resources.getString("clusters.filter.field")));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private void showSelection(ClusterRow row) {
        syncing = true;
        try {
            if (row == null) {
                clusterTable.getSelectionModel().clearSelection();
            } else if (clusterTable.getSelectionModel().getSelectedItem() != row) {
                clusterTable.getSelectionModel().select(row);
                int index = clusterTable.getItems().indexOf(row);
                if (index >= 0) {
                    Platform.runLater(() -> clusterTable.scrollTo(Math.max(0, index - 3)));
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** What opening a cluster (by its code) does: the main window focuses its first ungraded item. */
    public void setOnOpen(java.util.function.Consumer<String> action) {
        this.onOpen = action;
    }

    /**
     * What a key typed on a selected cluster does (the main window grades the first ungraded item
     * when it is a grade key); true when the key was used.
     */
    public void setOnGradeKey(java.util.function.BiPredicate<String, javafx.scene.input.KeyEvent> action) {
        this.onGradeKey = action;
    }

    /** Puts keyboard focus into the search field (Ctrl+F). */
    public void focusSearch() {
        clusterSearch.requestFocus();
        clusterSearch.selectAll();
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
        clusterSearch.textProperty().unbindBidirectional(vm.searchProperty());
    }

    /**
     * A text cell whose tooltip shows the whole text (names are long in Japanese). The tooltip is
     * made when the pointer first enters the cell, not for every cell the table fills: a tooltip is
     * a popup window of its own, and dozens of them cost start-up time nobody sees.
     */
    private static final class TooltipCell extends TableCell<ClusterRow, String> {

        TooltipCell() {
            addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
                if (getTooltip() == null && getText() != null) {
                    setTooltip(new Tooltip(getText()));
                }
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            if (getTooltip() != null) {
                if (empty || item == null) {
                    setTooltip(null);
                } else {
                    getTooltip().setText(item);
                }
            }
        }
    }

    /** Marks complete sheets so the row can be styled. */
    private static final class StatusRow extends TableRow<ClusterRow> {
        private static final javafx.css.PseudoClass COMPLETE = javafx.css.PseudoClass.getPseudoClass("complete");
        private final javafx.beans.value.ChangeListener<SheetStatus> listener =
                (obs, o, n) -> pseudoClassStateChanged(COMPLETE, n == SheetStatus.COMPLETE);

        @Override
        protected void updateItem(ClusterRow item, boolean empty) {
            ClusterRow old = getItem();
            if (old != null) {
                old.statusProperty().removeListener(listener);
            }
            super.updateItem(item, empty);
            if (item != null && !empty) {
                item.statusProperty().addListener(listener);
                pseudoClassStateChanged(COMPLETE, item.statusProperty().get() == SheetStatus.COMPLETE);
            } else {
                pseudoClassStateChanged(COMPLETE, false);
            }
        }
    }
}
