package jp.clustereval.ui.clusters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.service.Progress;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Session;

/** The cluster list: every cluster with my progress, filtered by text, cohort and field. */
public final class ClusterListViewModel {

    /** The cohort filter value meaning "every cohort". */
    public static final int ALL_COHORTS = 0;
    /** The field filter value meaning "every field". */
    public static final String ALL_FIELDS = "";

    private final AppState app;
    private final BackgroundTasks tasks;
    private final ObservableList<ClusterRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ClusterRow> visible = new FilteredList<>(rows, r -> true);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final IntegerProperty cohortFilter = new SimpleIntegerProperty(this, "cohortFilter", ALL_COHORTS);
    private final StringProperty fieldFilter = new SimpleStringProperty(this, "fieldFilter", ALL_FIELDS);
    private final ObservableList<Integer> cohorts = FXCollections.observableArrayList(ALL_COHORTS);
    private final ObservableList<String> fields = FXCollections.observableArrayList(ALL_FIELDS);
    private final ObjectProperty<ClusterRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private String remembered;

    public ClusterListViewModel(AppState app, BackgroundTasks tasks) {
        this.app = app;
        this.tasks = tasks;
        search.addListener((obs, o, n) -> refilter());
        cohortFilter.addListener((obs, o, n) -> refilter());
        fieldFilter.addListener((obs, o, n) -> refilter());
        app.languageProperty().addListener((obs, o, n) -> rows.forEach(r -> r.localize(app.messages())));
    }

    private void refilter() {
        String q = search.get();
        int cohort = cohortFilter.get();
        String field = fieldFilter.get() == null ? ALL_FIELDS : fieldFilter.get();
        visible.setPredicate(r -> r.matches(q)
                && (cohort == ALL_COHORTS || r.cluster().startFiscalYear() == cohort)
                && (field.isEmpty() || r.cluster().fields().contains(field)));
    }

    /** Everything the list shows, read on the worker. */
    private record Loaded(List<Cluster> clusters, Map<String, Progress> progress, Map<String, Integer> totals) {
    }

    /** (Re)reads the clusters and my progress; the selection is kept by cluster code, else the first row. */
    public void load() {
        Session session = app.session();
        Evaluator me = app.evaluator();
        if (session == null || me == null) {
            clear();
            return;
        }
        loading.set(true);
        tasks.run(() -> {
            List<Cluster> clusters = session.services().clusters().ofRound(session.round().id());
            Map<String, Progress> progress = session.services().grading().progress(session.round().id(), me.id());
            Map<String, Integer> totals = new java.util.HashMap<>();
            for (Cluster c : clusters) {
                totals.put(c.code(), session.services().grading().itemCount(session.round(), c.code()));
            }
            return new Loaded(clusters, progress, totals);
        }, this::show, failure -> loading.set(false));
    }

    private void show(Loaded loaded) {
        String keep = selected.get() == null ? remembered : selected.get().code();
        List<ClusterRow> fresh = new ArrayList<>();
        TreeSet<Integer> years = new TreeSet<>();
        TreeSet<String> fieldNames = new TreeSet<>();
        for (Cluster c : loaded.clusters()) {
            ClusterRow row = new ClusterRow(c, loaded.totals().get(c.code()), app.messages());
            Progress p = loaded.progress().get(c.code());
            if (p != null) {
                row.setProgress(p.graded(), p.total(), p.status());
            }
            fresh.add(row);
            years.add(c.startFiscalYear());
            fieldNames.addAll(c.fields());
        }
        selected.set(null);
        rows.setAll(fresh);
        List<Integer> cohortOptions = new ArrayList<>(List.of(ALL_COHORTS));
        cohortOptions.addAll(years);
        cohorts.setAll(cohortOptions);
        List<String> fieldOptions = new ArrayList<>(List.of(ALL_FIELDS));
        fieldOptions.addAll(fieldNames);
        fields.setAll(fieldOptions);
        loading.set(false);
        selected.set(row(keep).orElse(visible.isEmpty() ? null : visible.get(0)));
        jp.clustereval.ui.common.StartupSteps.listFilled(rows.size());
    }

    /** Empties the list (another database is being opened). */
    public void clear() {
        if (selected.get() != null) {
            remembered = selected.get().code();
        }
        selected.set(null);
        rows.clear();
    }

    public Optional<ClusterRow> row(String code) {
        return code == null ? Optional.empty() : rows.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public void select(String code) {
        row(code).ifPresent(selected::set);
    }

    /** Shows a sheet's new progress (after a save). */
    public void applyProgress(String code, int graded, int total, SheetStatus status) {
        row(code).ifPresent(r -> r.setProgress(graded, total, status));
    }

    public ObservableList<ClusterRow> rows() {
        return rows;
    }

    public FilteredList<ClusterRow> visibleRows() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public IntegerProperty cohortFilterProperty() {
        return cohortFilter;
    }

    public StringProperty fieldFilterProperty() {
        return fieldFilter;
    }

    public ObservableList<Integer> cohortOptions() {
        return cohorts;
    }

    public ObservableList<String> fieldOptions() {
        return fields;
    }

    public ObjectProperty<ClusterRow> selectedProperty() {
        return selected;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** The option text of a cohort filter value. */
    public String cohortOptionText(Integer year) {
        return year == null || year == ALL_COHORTS ? app.messages().get("clusters.allCohorts")
                : app.messages().format("cluster.cohort", String.valueOf(year));
    }

    /** The option text of a field filter value. */
    public String fieldOptionText(String field) {
        return field == null || field.isEmpty() ? app.messages().get("clusters.allFields")
                : ClusterRow.fieldLabel(field, app.messages());
    }
}
