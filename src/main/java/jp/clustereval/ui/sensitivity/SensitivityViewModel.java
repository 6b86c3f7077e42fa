package jp.clustereval.ui.sensitivity;

import java.util.function.Supplier;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.domain.sensitivity.ClusterSensitivity;
import jp.clustereval.domain.sensitivity.SensitivityReport;
import jp.clustereval.service.PanelService;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Session;

/**
 * How far the ranking can be trusted: per cluster the best and worst rank leaving one evaluator
 * out, under +/-20 % axis weight changes and over seeded random weight draws, the share of draws
 * changing its tier, and whether it is robust or fragile.
 */
public final class SensitivityViewModel {

    private final AppState app;
    private final BackgroundTasks tasks;
    private final Supplier<PanelService.Scope> scope;
    private final IntegerProperty draws = new SimpleIntegerProperty(this, "draws", 1000);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 1);
    private final ObservableList<ClusterSensitivity> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SensitivityReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private int generation;

    public SensitivityViewModel(AppState app, BackgroundTasks tasks, Supplier<PanelService.Scope> scope) {
        this.app = app;
        this.tasks = tasks;
        this.scope = scope;
    }

    /** Runs the analysis again over the results' current scope and the weights as stored. */
    public void refresh() {
        Session s = app.session();
        if (s == null) {
            return;
        }
        PanelService.Scope sc = scope.get();
        int n = Math.max(1, draws.get());
        long sd = seed.get();
        int mine = ++generation;
        tasks.run(() -> s.services().panel().sensitivity(sc, n, sd), r -> {
            if (mine == generation) {
                report.set(r);
                rows.setAll(r.clusters());
                long robust = r.clusters().stream().filter(ClusterSensitivity::robust).count();
                summary.set(app.messages().format("sensitivity.summary", r.draws(), String.valueOf(r.seed()),
                        Math.round(r.perturbation() * 100), robust, r.clusters().size() - robust));
            }
        });
    }

    public IntegerProperty drawsProperty() {
        return draws;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    /** By rank. */
    public ObservableList<ClusterSensitivity> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<SensitivityReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public AppState app() {
        return app;
    }
}
