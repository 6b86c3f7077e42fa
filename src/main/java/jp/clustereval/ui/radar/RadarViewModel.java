package jp.clustereval.ui.radar;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.chart.RadarData;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.ClusterResult;
import jp.clustereval.domain.Results;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.Score;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;

/**
 * The radar view: a cluster's average over every evaluator in the database against the cohort
 * average, the cohort's small multiples, and their export to PNG or SVG.
 */
public final class RadarViewModel {

    /** The series name of the panel average in the settings. */
    public static final String PANEL = "panel";

    private final AppState app;
    private final BackgroundTasks tasks;
    private final ObjectProperty<Cluster> cluster = new SimpleObjectProperty<>(this, "cluster");
    private final ReadOnlyObjectWrapper<RadarModel> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ObservableList<RadarModel> grid = FXCollections.observableArrayList();
    private final StringProperty exportMessage = new SimpleStringProperty(this, "exportMessage", "");
    private final ObjectProperty<java.util.Set<String>> series =
            new SimpleObjectProperty<>(this, "series", java.util.Set.of(PANEL, LiveRadarViewModel.COHORT));
    private java.util.function.Consumer<String> onSelect = code -> { };
    // only what is shown: the cohort's clusters and the selected one (a national round has 100,000)
    private Results results;
    private java.util.Set<String> read = java.util.Set.of();
    private String requested;
    private List<Cluster> cohortClusters = List.of();
    private final RadarCompareViewModel compare;

    public RadarViewModel(AppState app, BackgroundTasks tasks) {
        this.app = app;
        this.tasks = tasks;
        this.compare = new RadarCompareViewModel(app, tasks, cluster);
        cluster.addListener((obs, o, n) -> {
            if (results != null && n != null && !read.contains(n.code())) {
                selected.set(null); // until its figures are read
                if (!n.code().equals(requested)) {
                    refresh();
                }
            } else {
                rebuild();
            }
        });
        series.addListener((obs, o, n) -> rebuild());
    }

    private record Loaded(Results results, java.util.Set<String> read, List<Cluster> cohortClusters) {
    }

    /** Re-reads the figures of the cohort and the selected cluster (after saves, or when the window opens). */
    public void refresh() {
        Session session = app.session();
        if (session == null) {
            return;
        }
        Round round = session.round();
        java.util.Set<String> codes = new java.util.HashSet<>(round.cohort());
        Cluster c = cluster.get();
        requested = c == null ? null : c.code();
        if (requested != null) {
            codes.add(requested);
        }
        tasks.run(() -> new Loaded(session.services().results().ofClusters(round, codes), codes,
                session.services().clusters().withCodes(round.cohort())), loaded -> {
                    if (session == app.session()) {
                        results = loaded.results();
                        read = loaded.read();
                        cohortClusters = loaded.cohortClusters();
                        Cluster now = cluster.get();
                        if (now != null && !read.contains(now.code())) {
                            if (!now.code().equals(requested)) {
                                refresh(); // selected meanwhile
                            }
                        } else {
                            rebuild();
                        }
                    }
                });
    }

    private void rebuild() {
        if (results == null) {
            selected.set(null);
            grid.clear();
            return;
        }
        Cluster c = cluster.get();
        selected.set(c == null ? null : model(c));
        List<RadarModel> cells = new ArrayList<>();
        for (Cluster member : cohortClusters) {
            cells.add(model(member));
        }
        grid.setAll(cells);
    }

    private RadarModel model(Cluster c) {
        Map<String, Double> values = new LinkedHashMap<>();
        int evaluators = 0;
        ClusterResult r = results.cluster(c.code()).orElse(null);
        if (r != null) {
            r.axes().forEach((axis, score) -> values.put(axis, score.value()));
            evaluators = r.evaluators() + r.partial(); // the sheets behind the axis values, finished or not
        }
        Map<String, Double> cohort = new LinkedHashMap<>();
        for (Map.Entry<String, Score> e : results.cohort().axes().entrySet()) {
            cohort.put(e.getKey(), e.getValue().value());
        }
        int cohortClusters = results.cohort().covered();
        java.util.Set<String> shown = series.get() == null ? java.util.Set.of() : series.get();
        return new RadarModel(c.code(), c.name(), shown.contains(PANEL) ? values : Map.of(),
                shown.contains(LiveRadarViewModel.COHORT) ? cohort : Map.of(), evaluators, cohortClusters,
                results.cohort().members().size(), false);
    }

    /** Where a cluster chosen in the grid is selected (the main window's cluster list). */
    public void setOnSelect(java.util.function.Consumer<String> listener) {
        this.onSelect = listener;
    }

    /** Opens a cluster of the grid large: it becomes the selected cluster everywhere. */
    public void selectCluster(String code) {
        onSelect.accept(code);
        if (cluster.get() == null || !cluster.get().code().equals(code)) {
            cohortClusters.stream().filter(c -> c.code().equals(code)).findFirst().ifPresent(cluster::set);
        }
    }

    /** Writes the selected cluster's radar; refused when nobody graded it. */
    public void exportSelected(Path file) {
        RadarModel model = selected.get();
        Session session = app.session();
        if (model == null || session == null) {
            return;
        }
        if (!model.hasData()) {
            throw new UserFacingException("chart.noData", model.clusterCode());
        }
        RadarData data = RadarCharts.data(model, session.round(), app.messages());
        write(file, () -> RadarCharts.export(data, file));
    }

    /** Writes the cohort's small multiples. */
    public void exportGrid(Path file) {
        Session session = app.session();
        if (grid.isEmpty() || session == null) {
            return;
        }
        Messages m = app.messages();
        List<RadarData> cells = grid.stream().map(g -> RadarCharts.gridCell(g, session.round(), m)).toList();
        write(file, () -> RadarCharts.exportGrid(cells, file));
    }

    private interface Write {
        void run() throws IOException;
    }

    private void write(Path file, Write write) {
        exportMessage.set("");
        tasks.run(() -> {
            try {
                write.run();
            } catch (IOException e) {
                throw new UserFacingException(e, "file.writeFailed", file.toString(), String.valueOf(e.getMessage()));
            }
            return file;
        }, written -> exportMessage.set(app.messages().format("radar.exported", written.toString())));
    }

    /** Which series the radar window shows (from the settings): {@link #PANEL}, "cohort". */
    public ObjectProperty<java.util.Set<String>> seriesProperty() {
        return series;
    }

    public ObjectProperty<Cluster> clusterProperty() {
        return cluster;
    }

    /** The selected cluster's all-evaluator radar; null before the results are read. */
    public ReadOnlyObjectProperty<RadarModel> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** One radar per cohort cluster, in the cluster list's order. */
    public ObservableList<RadarModel> grid() {
        return grid;
    }

    public StringProperty exportMessageProperty() {
        return exportMessage;
    }

    /** The selected cluster compared with another round ("Compare with round"). */
    public RadarCompareViewModel compare() {
        return compare;
    }

    public AppState app() {
        return app;
    }
}
