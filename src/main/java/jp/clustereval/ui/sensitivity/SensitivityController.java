package jp.clustereval.ui.sensitivity;

import java.util.Locale;
import java.util.ResourceBundle;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import jp.clustereval.domain.sensitivity.ClusterSensitivity;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Subscriptions;
import jp.clustereval.chart.RankRangeChartFactory;
import jp.clustereval.chart.fx.ChartPane;
import jp.clustereval.ui.common.Cells;

/** The sensitivity tab: the table of rank ranges with robust/fragile marked, and their chart. */
public final class SensitivityController implements Disposable {

    private final SensitivityViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ChartPane rangeChart = new ChartPane();

    @FXML private Spinner<Integer> drawsSpinner;
    @FXML private Spinner<Integer> seedSpinner;
    @FXML private Label sensitivitySummary;
    @FXML private TableView<ClusterSensitivity> sensitivityTable;
    @FXML private TableColumn<ClusterSensitivity, String> senRank;
    @FXML private TableColumn<ClusterSensitivity, String> senCode;
    @FXML private TableColumn<ClusterSensitivity, String> senTotal;
    @FXML private TableColumn<ClusterSensitivity, String> senLoo;
    @FXML private TableColumn<ClusterSensitivity, String> senPerturb;
    @FXML private TableColumn<ClusterSensitivity, String> senDraws;
    @FXML private TableColumn<ClusterSensitivity, String> senTier;
    @FXML private TableColumn<ClusterSensitivity, String> senBoot;
    @FXML private TableColumn<ClusterSensitivity, String> senBootTier;
    @FXML private TableColumn<ClusterSensitivity, String> senVerdict;
    @FXML private StackPane rangeHolder;
    @FXML private ResourceBundle resources;

    public SensitivityController(SensitivityViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        drawsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(10, 100_000, vm.drawsProperty().get(), 100));
        seedSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Integer.MAX_VALUE, vm.seedProperty().get()));
        drawsSpinner.valueProperty().addListener((obs, o, n) -> vm.drawsProperty().set(n));
        seedSpinner.valueProperty().addListener((obs, o, n) -> vm.seedProperty().set(n));
        drawsSpinner.getEditor().setAccessibleText(resources.getString("sensitivity.draws"));
        seedSpinner.getEditor().setAccessibleText(resources.getString("sensitivity.seed"));
        java.util.function.Supplier<Locale> locale = () -> vm.app().messages().locale();
        Cells.text(senRank, c -> Integer.toString(c.rank()));
        Cells.text(senCode, ClusterSensitivity::clusterCode);
        Cells.number(senTotal, ClusterSensitivity::total, 2, locale);
        Cells.text(senLoo, c -> range(c.looBest(), c.looWorst()));
        Cells.text(senPerturb, c -> range(c.perturbBest(), c.perturbWorst()));
        Cells.text(senDraws, c -> range(c.drawBest(), c.drawWorst()));
        Cells.text(senTier, c -> jp.clustereval.common.Decimals.format(locale.get(), "%.1f %%", c.tierChangeShare() * 100));
        Cells.text(senBoot, c -> range(c.bootBest(), c.bootWorst()));
        Cells.text(senBootTier, c -> jp.clustereval.common.Decimals.format(locale.get(), "%.1f %%", c.bootTierChangeShare() * 100));
        Cells.text(senVerdict, c -> c.robust() ? "● " + resources.getString("sensitivity.robust")
                : "▲ " + resources.getString("sensitivity.fragile"));
        sensitivityTable.setItems(vm.rows());
        sensitivityTable.setPlaceholder(new Label(resources.getString("results.empty")));
        sensitivitySummary.textProperty().bind(vm.summaryProperty());
        rangeChart.setId("rankRangeChart");
        rangeChart.setAccessibleText(resources.getString("sensitivity.chart"));
        rangeHolder.getChildren().add(rangeChart);
        subscriptions.onChange(vm.reportProperty(), (obs, o, n) ->
                rangeChart.setChart(n == null ? null : RankRangeChartFactory.create(n, chartLabels(vm.app().messages()))));
    }

    private static String range(int best, int worst) {
        return best == 0 ? "—" : best == worst ? Integer.toString(best) : best + "–" + worst;
    }

    @FXML
    private void run() {
        vm.refresh();
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
        sensitivitySummary.textProperty().unbind();
    }

    private static RankRangeChartFactory.Labels chartLabels(jp.clustereval.ui.common.Messages m) {
        return new RankRangeChartFactory.Labels(m.get("sensitivity.chart"), m.get("sensitivity.chart.axis"),
                m.get("sensitivity.robust"), m.get("sensitivity.fragile"));
    }
}
