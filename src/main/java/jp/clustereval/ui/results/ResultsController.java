package jp.clustereval.ui.results;

import java.util.Locale;
import java.util.ResourceBundle;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.StackPane;
import jp.clustereval.chart.ChartExporter;
import jp.clustereval.chart.RadarChartFactory;
import jp.clustereval.chart.RankingChartFactory;
import jp.clustereval.chart.RankingData;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.service.PanelCharts;
import jp.clustereval.ui.common.Cells;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Subscriptions;
import jp.clustereval.chart.fx.ChartPane;
import jp.clustereval.chart.fx.GridCanvas;
import org.controlsfx.control.CheckListView;

/** The results tab: the table, the ranking chart, the overlay of chosen clusters and the grid. */
public final class ResultsController implements Disposable {

    private final ResultsViewModel vm;
    private final DialogService dialogs;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ChartPane rankingChart = new ChartPane();
    private final ChartPane overlayChart = new ChartPane();
    private GridCanvas gridCanvas;
    /** True while the checks are set from the view model (not the user's choice). */
    private boolean showingChoice;

    @FXML private Label cohortLine;
    @FXML private Label tieNotes;
    @FXML private TableView<ResultRow> resultsTable;
    @FXML private TableColumn<ResultRow, String> rankColumn;
    @FXML private TableColumn<ResultRow, String> codeColumn;
    @FXML private TableColumn<ResultRow, String> nameColumn;
    @FXML private TableColumn<ResultRow, String> totalColumn;
    @FXML private TableColumn<ResultRow, String> evaluatorsColumn;
    @FXML private TableColumn<ResultRow, String> minColumn;
    @FXML private TableColumn<ResultRow, String> maxColumn;
    @FXML private TableColumn<ResultRow, String> sdColumn;
    @FXML private RadioButton sortByRank;
    @FXML private RadioButton sortByCode;
    @FXML private StackPane rankingHolder;
    @FXML private CheckListView<ResultRow> overlayList;
    @FXML private Label overlayMessage;
    @FXML private StackPane overlayHolder;
    @FXML private StackPane gridHolder;
    @FXML private ResourceBundle resources;

    public ResultsController(PanelResultsViewModel panel, DialogService dialogs) {
        this.vm = panel.results();
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        java.util.function.Supplier<Locale> locale = () -> vm.app().messages().locale();
        Cells.text(rankColumn, ResultRow::rankText);
        Cells.text(codeColumn, ResultRow::code);
        Cells.text(nameColumn, ResultRow::name);
        Cells.number(totalColumn, ResultRow::total, 2, locale);
        Cells.text(evaluatorsColumn, ResultRow::evaluatorsText);
        Cells.number(minColumn, ResultRow::min, 2, locale);
        Cells.number(maxColumn, ResultRow::max, 2, locale);
        Cells.number(sdColumn, ResultRow::sd, 2, locale);
        resultsTable.setItems(vm.rows());
        rankColumn.getStyleClass().add("numeric");
        evaluatorsColumn.getStyleClass().add("numeric");
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(vm.computingProperty())
                .then(resources.getString("results.computing")).otherwise(resources.getString("results.empty")));
        resultsTable.setPlaceholder(placeholder);
        subscriptions.onListChange(vm.axisCodes(), c -> axisColumns());
        axisColumns();
        cohortLine.textProperty().bind(vm.cohortLineProperty());
        tieNotes.textProperty().bind(vm.tieNotesProperty());
        tieNotes.visibleProperty().bind(vm.tieNotesProperty().isNotEmpty());
        tieNotes.managedProperty().bind(tieNotes.visibleProperty());

        rankingChart.setId("rankingChart");
        rankingChart.setAccessibleText(resources.getString("results.view.ranking"));
        rankingHolder.getChildren().add(rankingChart);
        sortByRank.setSelected(vm.sortProperty().get() == PanelCharts.Sort.RANK);
        sortByCode.setSelected(vm.sortProperty().get() == PanelCharts.Sort.CODE);
        sortByRank.setOnAction(e -> vm.sortProperty().set(PanelCharts.Sort.RANK));
        sortByCode.setOnAction(e -> vm.sortProperty().set(PanelCharts.Sort.CODE));
        subscriptions.onChange(vm.rankingProperty(), (obs, o, n) -> showRanking(n));
        showRanking(vm.rankingProperty().get());

        overlayChart.setId("overlayChart");
        overlayChart.setAccessibleText(resources.getString("results.view.overlay"));
        overlayHolder.getChildren().add(overlayChart);
        // ControlsFX's check list: a click on the box or Space on the selected row checks a cluster
        overlayList.setItems(vm.rows());
        overlayList.setAccessibleText(resources.getString("results.overlay.hint"));
        overlayList.setCellFactory(CheckBoxListCell.forListView(overlayList::getItemBooleanProperty, new javafx.util.StringConverter<>() {
            @Override
            public String toString(ResultRow r) {
                return r == null ? "" : r.code() + "  " + r.name();
            }

            @Override
            public ResultRow fromString(String s) {
                return null;
            }
        }));
        overlayMessage.textProperty().bind(vm.overlayMessageProperty());
        subscriptions.onChange(vm.overlayProperty(), (obs, o, n) ->
                overlayChart.setChart(n == null ? null : RadarChartFactory.create(n)));
        overlayChart.setChart(vm.overlayProperty().get() == null ? null : RadarChartFactory.create(vm.overlayProperty().get()));
        subscriptions.onListChange(overlayList.getCheckModel().getCheckedItems(), (ListChangeListener<ResultRow>) this::choiceChanged);
        subscriptions.onListChange(vm.overlayCodes(), (ListChangeListener<String>) c -> showChoice());
        // new rows (a refresh) are new items: the check model forgets its checks, the choice stays
        subscriptions.onListChange(vm.rows(), (ListChangeListener<ResultRow>) c -> showChoice());
        showChoice();

        gridCanvas = new GridCanvas(i -> { });
        gridCanvas.setId("resultsGrid");
        gridCanvas.setAccessibleText(resources.getString("results.view.grid"));
        gridHolder.getChildren().add(gridCanvas);
        subscriptions.onListChange(vm.grid(), c -> gridCanvas.setCells(vm.grid()));
        gridCanvas.setCells(vm.grid());
    }

    /** The user checked or unchecked clusters: the overlay's clusters follow, in the order checked. */
    private void choiceChanged(ListChangeListener.Change<? extends ResultRow> c) {
        if (showingChoice) {
            return;
        }
        while (c.next()) {
            c.getRemoved().forEach(r -> vm.overlayCodes().remove(r.code()));
            c.getAddedSubList().stream().map(ResultRow::code).filter(code -> !vm.overlayCodes().contains(code))
                    .forEach(vm.overlayCodes()::add);
        }
    }

    /** Checks exactly the view model's overlay clusters. */
    private void showChoice() {
        showingChoice = true;
        try {
            var checks = overlayList.getCheckModel();
            checks.clearChecks();
            vm.rows().stream().filter(r -> vm.overlayCodes().contains(r.code())).forEach(checks::check);
        } finally {
            showingChoice = false;
        }
    }

    private void axisColumns() {
        resultsTable.getColumns().removeIf(c -> c.getId() != null && c.getId().startsWith("axisColumn"));
        int at = resultsTable.getColumns().indexOf(totalColumn);
        java.util.function.Supplier<Locale> locale = () -> vm.app().messages().locale();
        for (String axis : vm.axisCodes()) {
            TableColumn<ResultRow, String> col = new TableColumn<>(vm.axisLabel(axis));
            col.setId("axisColumn" + axis);
            col.setSortable(false);
            col.setPrefWidth(88);
            Cells.number(col, r -> r.axis(axis), 2, locale);
            resultsTable.getColumns().add(at++, col);
        }
    }

    private void showRanking(RankingData data) {
        rankingChart.setChart(data == null ? null : RankingChartFactory.create(data));
    }

    @FXML
    private void exportRanking() {
        RankingData data = vm.rankingProperty().get();
        if (data == null) {
            return;
        }
        dialogs.chooseChartFile("ranking-" + vm.resultsProperty().get().basis() + ".png").ifPresent(file ->
                tasks().run(() -> {
                    try {
                        ChartExporter.write(RankingChartFactory.create(data), file, 1100, 650);
                    } catch (java.io.IOException e) {
                        throw new UserFacingException(e, "file.writeFailed", file.toString(), String.valueOf(e.getMessage()));
                    }
                    return file;
                }, f -> dialogs.notifyDone(resources.getString("results.chartExported"), f.toString())));
    }

    private BackgroundTasks tasks() {
        return vm.tasks();
    }

    /** The ranking chart shown (for tests and checks). */
    public ChartPane rankingChart() {
        return rankingChart;
    }

    public ChartPane overlayChart() {
        return overlayChart;
    }

    /** The code of the cluster selected in the results table; null when none is. */
    public String selectedCode() {
        ResultRow row = resultsTable.getSelectionModel().getSelectedItem();
        return row == null ? null : row.code();
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
        cohortLine.textProperty().unbind();
        tieNotes.textProperty().unbind();
        tieNotes.visibleProperty().unbind();
        tieNotes.managedProperty().unbind();
        overlayMessage.textProperty().unbind();
    }
}
