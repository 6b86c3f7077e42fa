package jp.clustereval.ui.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.chart.RadarData;
import jp.clustereval.chart.RadarSeries;
import jp.clustereval.common.SafeText;
import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.Score;
import jp.clustereval.domain.UnitNote;
import jp.clustereval.domain.panel.ClusterFigures;
import jp.clustereval.domain.panel.CohortSpec;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.domain.stats.Outliers;
import jp.clustereval.service.CommentService;
import jp.clustereval.service.ConflictOfInterest;
import jp.clustereval.service.MeetingService;
import jp.clustereval.service.PanelCharts;
import jp.clustereval.service.PanelService;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;

/**
 * Panel &gt; Meeting mode: the round's units one at a time for the panel's discussion. Everything is
 * read on the worker: the round's results once when the mode opens, the outliers after them (slow
 * at full size, so the unit shows first), and each unit's evaluators, comments, conflicts and note
 * when it is shown. The chair's discussion note and the consensus comment are saved through
 * {@code NotesService}; {@link #savedProperty() saved} is true only once the texts shown are the
 * stored ones. Moving to another unit saves edited texts first (the one worker keeps the order).
 */
public final class MeetingViewModel {

    private final AppState app;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<Cluster> unit = new ReadOnlyObjectWrapper<>(this, "unit");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyObjectWrapper<RadarData> radar = new ReadOnlyObjectWrapper<>(this, "radar");
    private final ObservableList<AxisRow> axisRows = FXCollections.observableArrayList();
    private final ObservableList<String> comments = FXCollections.observableArrayList();
    private final ObservableList<String> conflicts = FXCollections.observableArrayList();
    private final ObservableList<String> outliers = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty consensus = new SimpleStringProperty(this, "consensus", "");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved", true);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanProperty showEvaluators = new SimpleBooleanProperty(this, "showEvaluators", false);
    private final BooleanProperty showNames = new SimpleBooleanProperty(this, "showNames", false);

    private List<Cluster> units = List.of();
    /** The round the units, results and texts shown are of: saved into it even after the desktop switched rounds. */
    private Round round;
    private int index = -1;
    private PanelResults results;
    private PanelService.OutlierReport outlierReport;
    private MeetingService.MeetingUnit shown;
    private boolean loadingTexts;

    public MeetingViewModel(AppState app, BackgroundTasks tasks) {
        this.app = app;
        this.tasks = tasks;
        note.addListener((obs, o, n) -> edited());
        consensus.addListener((obs, o, n) -> edited());
        showEvaluators.addListener((obs, o, n) -> rebuild());
        showNames.addListener((obs, o, n) -> load(index));
        // another round (or database) on the desktop: what was typed goes to its own round, then the new round is read
        app.sessionProperty().addListener((obs, o, n) -> {
            if (round != null) {
                saveIfEdited();
                if (n == null) {
                    round = null;
                } else {
                    open();
                }
            }
        });
    }

    private record Opened(Round round, List<Cluster> units, PanelResults results) {
    }

    /** Reads the round's units and results and shows the first unit (or the one shown before, when it is still a unit). */
    public void open() {
        Session session = app.session();
        if (session == null) {
            return;
        }
        Round wanted = session.round();
        String before = unit.get() == null || round == null || !round.id().equals(wanted.id()) ? null : unit.get().code();
        outlierReport = null;
        tasks.run(() -> new Opened(wanted, session.services().clusters().ofRound(wanted.id()),
                session.services().panel().results(new PanelService.Scope(wanted.id(), CohortSpec.ROUND, false, false))), opened -> {
                    if (session != app.session()) {
                        return;
                    }
                    round = opened.round();
                    shown = null;
                    units = opened.units();
                    results = opened.results();
                    int at = 0;
                    for (int i = 0; i < units.size(); i++) {
                        if (units.get(i).code().equals(before)) {
                            at = i;
                        }
                    }
                    load(units.isEmpty() ? -1 : at);
                    readOutliers(session);
                });
    }

    /** The outliers take long at full size: read after the unit is shown, then marked. */
    private void readOutliers(Session session) {
        status.set(app.messages().get("meeting.outliers.reading"));
        Round of = round;
        tasks.run(() -> session.services().panel().outliers(of.id()), report -> {
            if (of == round) {
                outlierReport = report;
                if (status.get().equals(app.messages().get("meeting.outliers.reading"))) {
                    status.set("");
                }
                rebuild();
            }
        });
    }

    /** The next unit of the round (the last stays); edited texts are saved first. */
    public void next() {
        if (index + 1 < units.size()) {
            saveIfEdited();
            load(index + 1);
        }
    }

    /** The previous unit of the round (the first stays); edited texts are saved first. */
    public void previous() {
        if (index > 0) {
            saveIfEdited();
            load(index - 1);
        }
    }

    /** Saves the texts when they were edited since they were last stored or read (the window closes, the round changes). */
    public void saveIfEdited() {
        if (!saved.get()) {
            save();
        }
    }

    /** Stores the note and the consensus comment of the unit shown; shown as saved once stored (and not edited meanwhile). */
    public void save() {
        Session session = app.session();
        Cluster c = unit.get();
        Round of = round;
        if (session == null || c == null || of == null) {
            return;
        }
        String n = note.get();
        String k = consensus.get();
        status.set(app.messages().get("meeting.saving"));
        tasks.run(() -> session.services().notes().set(of.id(), c.code(), n, k, actor()), stored -> {
            if (of == round && c.equals(unit.get()) && Objects.equals(n, note.get()) && Objects.equals(k, consensus.get())) {
                saved.set(true);
            }
            status.set(app.messages().format("meeting.saved", c.code()));
        }, failure -> status.set(app.messages().format("meeting.notSaved", c.code())));
    }

    private String actor() {
        return app.evaluator() == null ? "desktop" : app.evaluator().id();
    }

    private void edited() {
        if (!loadingTexts) {
            saved.set(false);
        }
    }

    private void load(int at) {
        Session session = app.session();
        Round of = round;
        if (session == null || of == null || at < 0 || at >= units.size()) {
            return;
        }
        index = at;
        Cluster c = units.get(at);
        unit.set(c);
        heading.set(app.messages().format("meeting.heading", c.name().in(app.language()), c.code(), at + 1, units.size()));
        boolean names = showNames.get();
        tasks.run(() -> session.services().meeting().unit(of.id(), c.code(), names), loaded -> {
            if (of == round && c.equals(unit.get())) {
                shown = loaded;
                UnitNote stored = loaded.note();
                loadingTexts = true;
                note.set(stored.note());
                consensus.set(stored.consensus());
                loadingTexts = false;
                saved.set(true);
                rebuild();
            }
        });
    }

    /** The unit's radar, tables and lists from what was read (results, the unit, outliers when read). */
    private void rebuild() {
        if (round == null || results == null || shown == null) {
            return;
        }
        Language lang = app.language();
        Messages m = app.messages();
        Cluster c = shown.cluster();
        RadarData base = PanelCharts.clusterRadar(round, results, c, lang);
        List<RadarSeries> series = new ArrayList<>(base.series());
        if (showEvaluators.get()) {
            for (MeetingService.EvaluatorAxes e : shown.evaluators()) {
                series.add(new RadarSeries(m.format("meeting.evaluator", e.label()), e.axes()));
            }
        }
        radar.set(new RadarData(base.title(), base.subtitle(), base.axes(), lang, series));

        ClusterFigures f = results.cluster(c.code()).orElse(null);
        List<AxisRow> rows = new ArrayList<>();
        for (Axis axis : round.axes()) {
            List<Double> values = shown.evaluators().stream().map(e -> e.axes().get(axis.code()))
                    .filter(v -> v != null && !v.isNaN()).toList();
            rows.add(new AxisRow(axis.label(lang), score(f == null ? null : f.axes().get(axis.code())),
                    score(results.cohortAverage().axes().get(axis.code())),
                    values.isEmpty() ? "-" : number(values.stream().mapToDouble(Double::doubleValue).min().orElseThrow()),
                    values.isEmpty() ? "-" : number(values.stream().mapToDouble(Double::doubleValue).max().orElseThrow()),
                    values.size() < 2 ? "-" : number(sd(values))));
        }
        axisRows.setAll(rows);

        // one numbering in the whole window: an author is the evaluator of the same number on the radar
        Map<String, String> labels = new java.util.HashMap<>();
        shown.evaluators().forEach(e -> labels.put(e.evaluatorId(), e.label()));
        List<String> lines = new ArrayList<>();
        for (CommentService.CompiledComment k : shown.comments()) {
            String tags = k.tags().isEmpty() ? "" : "  [" + String.join(", ", k.tags().stream().sorted().toList()) + "]";
            String author = showNames.get() ? k.author()
                    : m.format("meeting.evaluator", labels.getOrDefault(k.evaluatorId(), "#" + k.authorNumber()));
            lines.add(SafeText.line(k.itemId().isEmpty() ? m.get("meeting.overall") : k.itemId()) + " "
                    + m.get(k.field().equals("indication") ? "meeting.field.indication" : "meeting.field.comment") + " " + SafeText.line(author) + ": " + SafeText.lines(k.text()) + tags);
        }
        comments.setAll(lines);

        List<String> coi = new ArrayList<>();
        for (ConflictOfInterest x : shown.conflicts()) {
            String who = showNames.get() ? SafeText.line(shown.conflictLabels().get(x.evaluatorId())) : m.get("meeting.conflict.hidden");
            coi.add(x.included() ? m.format("meeting.conflict.included", who, SafeText.line(x.includeReason()))
                    : m.format("meeting.conflict.excluded", who, SafeText.line(x.note())));
        }
        conflicts.setAll(coi);

        List<String> marks = new ArrayList<>();
        if (outlierReport == null) {
            marks.add(m.get("meeting.outliers.reading"));
        } else {
            for (Outliers.GradeOutlier o : outlierReport.grades()) {
                if (o.clusterCode().equals(c.code())) {
                    marks.add(m.format("meeting.outlier", SafeText.line(o.itemId()),
                            m.format("meeting.evaluator", SafeText.line(labels.getOrDefault(o.evaluatorId(), "?"))),
                            SafeText.line(o.grade()), number(o.deviation())));
                }
            }
        }
        outliers.setAll(marks);
    }

    private static double sd(List<Double> values) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sum = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(sum / (values.size() - 1));
    }

    private static String score(Score s) {
        return s == null ? "-" : number(s.value());
    }

    private static String number(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }

    public AppState app() {
        return app;
    }

    public ReadOnlyObjectProperty<Cluster> unitProperty() {
        return unit.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RadarData> radarProperty() {
        return radar.getReadOnlyProperty();
    }

    public ObservableList<AxisRow> axisRows() {
        return axisRows;
    }

    public ObservableList<String> comments() {
        return comments;
    }

    public ObservableList<String> conflicts() {
        return conflicts;
    }

    public ObservableList<String> outliers() {
        return outliers;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty consensusProperty() {
        return consensus;
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty showEvaluatorsProperty() {
        return showEvaluators;
    }

    public BooleanProperty showNamesProperty() {
        return showNames;
    }
}
