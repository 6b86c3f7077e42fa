package jp.clustereval.ui.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.chart.RadarData;
import jp.clustereval.chart.RankingData;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.Score;
import jp.clustereval.domain.panel.ClusterFigures;
import jp.clustereval.domain.panel.CohortSpec;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.domain.panel.TieNotes;
import jp.clustereval.service.PanelCharts;
import jp.clustereval.service.PanelService;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;

/**
 * The chair's results: per cluster the axis averages, weighted total, rank, evaluators and spread,
 * for a chosen cohort, raw or calibrated; the ranking chart (by rank or code), the overlay of two to
 * four chosen clusters with the cohort average, and the cohort's small multiples.
 */
public final class ResultsViewModel {

    private final AppState app;
    private final BackgroundTasks tasks;
    private final ObservableList<CohortChoice> cohorts = FXCollections.observableArrayList();
    private final ObjectProperty<CohortChoice> cohort = new SimpleObjectProperty<>(this, "cohort");
    private final BooleanProperty calibrated = new SimpleBooleanProperty(this, "calibrated");
    private final BooleanProperty includePartial = new SimpleBooleanProperty(this, "includePartial");
    private final ReadOnlyStringWrapper partialMark = new ReadOnlyStringWrapper(this, "partialMark", "");
    private final ReadOnlyStringWrapper tieNotes = new ReadOnlyStringWrapper(this, "tieNotes", "");
    private final ObjectProperty<PanelCharts.Sort> sort = new SimpleObjectProperty<>(this, "sort", PanelCharts.Sort.RANK);
    private final ObservableList<String> overlayCodes = FXCollections.observableArrayList();
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> axisCodes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RankingData> ranking = new ReadOnlyObjectWrapper<>(this, "ranking");
    private final ReadOnlyObjectWrapper<RadarData> overlay = new ReadOnlyObjectWrapper<>(this, "overlay");
    private final ObservableList<RadarData> grid = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper cohortLine = new ReadOnlyStringWrapper(this, "cohortLine", "");
    private final ReadOnlyStringWrapper overlayMessage = new ReadOnlyStringWrapper(this, "overlayMessage", "");
    private final ReadOnlyObjectWrapper<PanelResults> results = new ReadOnlyObjectWrapper<>(this, "results");
    private Round round;
    private List<Cluster> clusters = List.of();
    private int generation;
    private Runnable onComputed = () -> { };
    private final javafx.beans.property.ReadOnlyBooleanWrapper computing =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "computing");

    public ResultsViewModel(AppState app, BackgroundTasks tasks) {
        this.app = app;
        this.tasks = tasks;
        cohort.addListener((obs, o, n) -> {
            // the first choice is set with the first results: no second computation for it
            if (n != null && o != null && !o.spec().equals(n.spec())) {
                refresh();
            }
        });
        calibrated.addListener((obs, o, n) -> refresh());
        // off by default; on, every figure of the window is computed again with unfinished sheets counted
        includePartial.addListener((obs, o, n) -> refresh());
        sort.addListener((obs, o, n) -> charts());
        overlayCodes.addListener((javafx.collections.ListChangeListener<String>) c -> overlay());
        // a new UI language: the choices and charts are labelled again (the figures stay)
        app.languageProperty().addListener((obs, o, n) -> relabel());
    }

    private void relabel() {
        if (results.get() == null) {
            return; // never shown: nothing to relabel
        }
        if (!cohorts.isEmpty()) {
            CohortSpec chosen = cohort.get() == null ? CohortSpec.ROUND : cohort.get().spec();
            List<CohortChoice> fresh = CohortChoice.of(round, clusters, app.messages());
            cohorts.setAll(fresh);
            cohort.set(fresh.stream().filter(c -> c.spec().equals(chosen)).findFirst().orElse(fresh.get(0)));
        }
        refresh();
    }

    private record Loaded(Round round, List<Cluster> clusters, PanelResults results) {
    }

    /** Computes the results again (window opened, weights changed, choice changed). */
    public void refresh() {
        Session s = app.session();
        if (s == null) {
            return;
        }
        CohortSpec spec = cohort.get() == null ? CohortSpec.ROUND : cohort.get().spec();
        PanelService.Scope scope = new PanelService.Scope(s.round().id(), spec, true, calibrated.get(), includePartial.get());
        int mine = ++generation;
        computing.set(true);
        tasks.run(() -> new Loaded(s.services().rounds().require(s.round().id()), s.services().clusters().ofRound(s.round().id()),
                s.services().panel().results(scope)), loaded -> {
                    if (mine == generation && s == app.session()) {
                        computing.set(false);
                        show(loaded);
                    }
                }, failure -> computing.set(false));
    }

    private void show(Loaded l) {
        Messages m = app.messages();
        round = l.round();
        clusters = l.clusters();
        if (cohorts.isEmpty()) {
            cohorts.setAll(CohortChoice.of(round, clusters, m));
            cohort.set(cohorts.get(0));
        }
        PanelResults r = l.results();
        List<ResultRow> list = new ArrayList<>();
        for (ClusterFigures f : r.clusters()) {
            Map<String, Double> axes = new LinkedHashMap<>();
            f.axes().forEach((k, v) -> axes.put(k, v.value()));
            String evaluatorsText = f.partial() == 0 ? Integer.toString(f.evaluators())
                    : m.format(r.includePartial() ? "results.partialSheetsIncluded" : "results.partialSheets",
                            f.evaluators(), f.partial());
            list.add(new ResultRow(f.clusterCode(), name(f.clusterCode()), axes, f.total(), f.rank(), f.evaluators(),
                    f.min(), f.max(), f.sd(), f.partial(), evaluatorsText));
        }
        axisCodes.setAll(r.axisCodes());
        results.set(r);
        rows.setAll(list);
        StringBuilder line = new StringBuilder(m.format("results.cohortCovered", r.cohortAverage().covered(),
                r.cohortAverage().members().size()));
        r.cohortAverage().axes().forEach((k, v) -> line.append("   ").append(k).append(' ')
                .append(jp.clustereval.common.Decimals.format(m.locale(), "%.2f", v.value())));
        Score total = r.cohortAverage().total();
        if (total != null) {
            line.append("   ").append(m.get("results.col.total")).append(' ')
                    .append(jp.clustereval.common.Decimals.format(m.locale(), "%.2f", total.value()));
        }
        line.append("   · ").append(m.get(r.calibrated() ? "results.basis.calibrated" : "results.basis.raw"));
        cohortLine.set(line.toString());
        // the mark follows the figures shown, not the switch: it appears with the first figures that count them
        partialMark.set(r.includePartial() ? m.get("results.partialIncluded") : "");
        tieNotes.set(String.join("\n", TieNotes.of(r).stream().map(n -> m.format("results.tie.shownAlike", n.args())).toList()));
        overlayCodes.removeIf(code -> r.cluster(code).isEmpty());
        charts();
        onComputed.run();
    }

    /** Called after every computation of the results (the views derived from them follow). */
    public void setOnComputed(Runnable listener) {
        this.onComputed = listener;
    }

    private String name(String code) {
        return clusters.stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> c.name().in(app.language())).orElse(code);
    }

    private void charts() {
        PanelResults r = results.get();
        if (r == null) {
            return;
        }
        Messages m = app.messages();
        RankingData d = PanelCharts.ranking(r, clusters, app.language(), sort.get());
        String basis = m.get(r.calibrated() ? "results.basis.calibrated" : "results.basis.raw");
        ranking.set(new RankingData(d.title() + " (" + basis + ")", d.valueAxisLabel(), d.bars(), d.cohortAverage(),
                d.cohortLabel()));
        List<Cluster> members = clusters.stream().filter(c -> r.cluster(c.code()).isPresent()).toList();
        grid.setAll(PanelCharts.grid(round, r, members, app.language()));
        overlay();
    }

    private void overlay() {
        PanelResults r = results.get();
        if (r == null) {
            return;
        }
        List<Cluster> chosen = overlayCodes.stream()
                .map(code -> clusters.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null))
                .filter(c -> c != null && r.cluster(c.code()).isPresent()).toList();
        if (chosen.size() < 2 || chosen.size() > 4) {
            overlay.set(null);
            overlayMessage.set(app.messages().format("results.overlay.choose", chosen.size()));
            return;
        }
        overlay.set(PanelCharts.overlay(round, r, chosen, app.language()));
        overlayMessage.set("");
    }

    /** True while the results are being computed. */
    public javafx.beans.property.ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public ObservableList<CohortChoice> cohorts() {
        return cohorts;
    }

    public ObjectProperty<CohortChoice> cohortProperty() {
        return cohort;
    }

    public BooleanProperty calibratedProperty() {
        return calibrated;
    }

    /** Unfinished sheets count for totals and ranks too (off by default); every figure of the window follows. */
    public BooleanProperty includePartialProperty() {
        return includePartial;
    }

    /** The visible mark of figures that count unfinished sheets; empty when they do not. */
    public ReadOnlyStringProperty partialMarkProperty() {
        return partialMark.getReadOnlyProperty();
    }

    /** One line per pair of totals shown alike but ranked apart (the order comes from more digits); empty for none. */
    public ReadOnlyStringProperty tieNotesProperty() {
        return tieNotes.getReadOnlyProperty();
    }

    public ObjectProperty<PanelCharts.Sort> sortProperty() {
        return sort;
    }

    /** The clusters of the overlay (2 to 4 draw it). */
    public ObservableList<String> overlayCodes() {
        return overlayCodes;
    }

    /** Best rank first. */
    public ObservableList<ResultRow> rows() {
        return rows;
    }

    /** "A R&D" / "A 研究開発" for an axis code of the results. */
    public String axisLabel(String code) {
        return round == null ? code : round.axis(code).map(a -> a.label(app.language())).orElse(code);
    }

    public ObservableList<String> axisCodes() {
        return axisCodes;
    }

    public ReadOnlyObjectProperty<RankingData> rankingProperty() {
        return ranking.getReadOnlyProperty();
    }

    /** Null unless 2 to 4 clusters are chosen. */
    public ReadOnlyObjectProperty<RadarData> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    public ObservableList<RadarData> grid() {
        return grid;
    }

    public ReadOnlyStringProperty cohortLineProperty() {
        return cohortLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overlayMessageProperty() {
        return overlayMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PanelResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    /** The scope of what is shown, for the views computed from the same choice. */
    public PanelService.Scope scope() {
        Session s = app.session();
        CohortSpec spec = cohort.get() == null ? CohortSpec.ROUND : cohort.get().spec();
        return new PanelService.Scope(s == null ? "" : s.round().id(), spec, true, calibrated.get(), includePartial.get());
    }

    public AppState app() {
        return app;
    }

    /** The worker for the view's own file work (chart export). */
    public BackgroundTasks tasks() {
        return tasks;
    }
}
