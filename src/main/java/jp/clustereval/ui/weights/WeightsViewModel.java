package jp.clustereval.ui.weights;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.PersonLabels;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.weights.Ahp;
import jp.clustereval.domain.weights.WeightSet;
import jp.clustereval.service.RosterService;
import jp.clustereval.service.WeightChange;
import jp.clustereval.service.WeightsFileService;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Formats;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;

/**
 * The weighting group's weights: axis and item weights typed in (shown normalised to 100 %), or
 * the axis weights from AHP pairwise judgements (weights and consistency ratio shown, a warning
 * above 0.10); the signed weights file; the history of who set them when. Every stored change
 * calls the change listener, so every derived figure is computed again. The chair registers the
 * round's weighting group here by picking people (no ids typed); a weights file refused for its
 * signer alone can be accepted here with a reason.
 */
public final class WeightsViewModel {

    private final AppState app;
    private final BackgroundTasks tasks;
    private final Runnable onChanged;
    private final ObservableList<WeightRow> axes = FXCollections.observableArrayList();
    private final ObservableList<WeightRow> items = FXCollections.observableArrayList();
    private final ObservableList<PairRow> pairs = FXCollections.observableArrayList();
    private final ObservableList<HistoryLine> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper(this, "validation", "");
    private final ReadOnlyStringWrapper ahpSummary = new ReadOnlyStringWrapper(this, "ahpSummary", "");
    private final BooleanProperty ahpInconsistent = new SimpleBooleanProperty(this, "ahpInconsistent");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** Set anew (through null) on every finished store click, so each click is answered even with the same text. */
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private Ahp.Result ahp;
    private final ObservableList<Evaluator> candidates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper group = new ReadOnlyStringWrapper(this, "group", "");
    private final ObjectProperty<PersonLabels> labels = new SimpleObjectProperty<>(this, "labels", PersonLabels.of(List.of()));
    private final ObjectProperty<PendingSigner> pendingSigner = new SimpleObjectProperty<>(this, "pendingSigner");
    private final StringProperty signerReason = new SimpleStringProperty(this, "signerReason", "");

    /** A weights file refused for its signer alone: the chair may accept this signer and key, with a reason. */
    public record PendingSigner(Path file, String signerId, String fingerprint, String why) {
    }

    public WeightsViewModel(AppState app, BackgroundTasks tasks, Runnable onChanged) {
        this.app = app;
        this.tasks = tasks;
        this.onChanged = onChanged;
    }

    private record Loaded(Round round, WeightSet weights, List<WeightChange> history, List<Evaluator> people,
                          List<Evaluator> weightingGroup) {
    }

    /** Reads the round's current weights and their history. */
    public void refresh() {
        Session s = app.session();
        if (s == null) {
            return;
        }
        String id = s.round().id();
        tasks.run(() -> new Loaded(s.services().rounds().require(id), s.services().weights().current(id),
                s.services().weights().history(id), s.services().evaluators().all(),
                s.services().roster().weightingGroup(id)), this::show);
    }

    private void show(Loaded l) {
        Messages m = app.messages();
        List<WeightRow> a = new ArrayList<>();
        List<PairRow> p = new ArrayList<>();
        List<Axis> roundAxes = l.round().axes();
        for (Axis axis : roundAxes) {
            a.add(row(axis.code(), axis.code(), axis.label(m.language()), l.weights().axis(axis.code())));
        }
        for (int i = 0; i < roundAxes.size(); i++) {
            for (int j = i + 1; j < roundAxes.size(); j++) {
                p.add(new PairRow(roundAxes.get(i).code(), roundAxes.get(j).code(),
                        roundAxes.get(i).label(m.language()), roundAxes.get(j).label(m.language())));
            }
        }
        List<WeightRow> it = new ArrayList<>();
        l.weights().items().forEach((id, w) -> {
            Item item = l.round().items().find(id).orElse(null);
            String axis = item == null ? l.round().items().axisOf(id).orElse("") : item.axisCode();
            String name = item == null ? id : id + "  " + item.name().in(m.language());
            it.add(row(id, axis, name, w));
        });
        axes.setAll(a);
        items.setAll(it);
        // the judgements typed so far stay (the labels follow the language)
        for (PairRow fresh : p) {
            pairs.stream().filter(x -> x.a().equals(fresh.a()) && x.b().equals(fresh.b())).findFirst()
                    .ifPresent(old -> fresh.judgementProperty().set(old.judgementProperty().get()));
            fresh.judgementProperty().addListener((obs, o, n) -> computeAhp());
        }
        pairs.setAll(p);
        List<HistoryLine> lines = new ArrayList<>(l.history().stream().map(c -> HistoryLine.of(c, m)).toList());
        java.util.Collections.reverse(lines);
        history.setAll(lines);
        PersonLabels people = PersonLabels.of(l.people());
        labels.set(people);
        java.util.Set<String> members = new java.util.HashSet<>(l.weightingGroup().stream().map(Evaluator::id).toList());
        group.set(l.weightingGroup().isEmpty() ? m.get("weights.group.none")
                : String.join(" · ", l.weightingGroup().stream().map(people::label).toList()));
        candidates.setAll(l.people().stream().filter(e -> !members.contains(e.id()))
                .sorted(java.util.Comparator.comparing(people::label)).toList());
        recompute();
        computeAhp();
    }

    private WeightRow row(String code, String axis, String label, double weight) {
        WeightRow r = new WeightRow(code, axis, label, number(weight * 100), weight * 100);
        r.inputProperty().addListener((obs, o, n) -> recompute());
        return r;
    }

    private static String number(double v) {
        String s = jp.clustereval.common.Decimals.format(Locale.ROOT, "%.2f", v);
        return s.replaceAll("\\.?0+$", "");
    }

    /** Shows every typed weight normalised to 100 % (within its axis for items) and checks the input. */
    void recompute() {
        Messages m = app.messages();
        List<String> problems = new ArrayList<>();
        normalise(axes, m, problems);
        Map<String, List<WeightRow>> byAxis = new LinkedHashMap<>();
        items.forEach(r -> byAxis.computeIfAbsent(r.axisCode(), k -> new ArrayList<>()).add(r));
        byAxis.values().forEach(rows -> normalise(rows, m, problems));
        validation.set(String.join("\n", problems));
    }

    private static void normalise(List<WeightRow> rows, Messages m, List<String> problems) {
        double sum = 0;
        boolean ok = true;
        for (WeightRow r : rows) {
            double v = r.value();
            if (Double.isNaN(v)) {
                String problem = m.format("weights.invalid", r.label(), r.inputProperty().get());
                problems.add(problem);
                r.setProblem(problem);
                ok = false;
            } else {
                sum += v;
                r.setProblem("");
            }
        }
        if (ok && sum <= 0 && !rows.isEmpty()) {
            String problem = m.format("weights.allZero", rows.get(0).axisCode());
            problems.add(problem);
            rows.forEach(r -> r.setProblem(problem)); // every field of the group can fix it
            ok = false;
        }
        for (WeightRow r : rows) {
            r.setPercent(ok ? jp.clustereval.common.Decimals.format(m.locale(), "%.1f %%", r.value() * 100 / sum) : "—");
        }
    }

    /** Stores the typed weights; false (and nothing stored) when the input is not valid. */
    public boolean apply() {
        recompute();
        Session s = app.session();
        if (!validation.get().isEmpty() || s == null) {
            return false;
        }
        // the numbers as typed, not rounded: the service normalises them
        Map<String, Double> axisWeights = values(axes);
        Map<String, Double> itemWeights = values(items);
        String id = s.round().id();
        String actor = actor();
        message.set("");
        tasks.run(() -> s.services().weights().set(id, axisWeights, itemWeights, actor), this::stored);
        return true;
    }

    private static Map<String, Double> values(List<WeightRow> rows) {
        Map<String, Double> values = new LinkedHashMap<>();
        rows.forEach(r -> values.put(r.code(), r.valueToStore()));
        return values;
    }

    /** A typed or AHP change done: said at once (a notification), and the figures follow when it was stored. */
    private void stored(jp.clustereval.service.WeightService.Outcome outcome) {
        if (outcome.stored()) {
            stored("weights.stored");
        } else {
            message.set(app.messages().get("weights.unchanged"));
        }
        notice.set(null);
        notice.set(message.get());
    }

    private void stored(String key) {
        message.set(app.messages().get(key));
        refresh();
        onChanged.run();
    }

    private String actor() {
        return app.evaluator() == null ? "" : app.evaluator().name();
    }

    /** Saaty's AHP (principal eigenvector) weights, lambda_max and CR of the current judgements (computed, not stored). */
    void computeAhp() {
        if (pairs.isEmpty()) {
            ahp = null;
            ahpSummary.set("");
            ahpInconsistent.set(false);
            return;
        }
        List<String> codes = axes.stream().map(WeightRow::code).toList();
        int n = codes.size();
        double[][] matrix = new double[n][n];
        for (int i = 0; i < n; i++) {
            matrix[i][i] = 1;
        }
        for (PairRow p : pairs) {
            int i = codes.indexOf(p.a());
            int j = codes.indexOf(p.b());
            matrix[i][j] = p.ratio();
            matrix[j][i] = 1 / p.ratio();
        }
        ahp = Ahp.of(codes, matrix);
        Messages m = app.messages();
        StringBuilder sb = new StringBuilder();
        double[] w = ahp.weights();
        for (int i = 0; i < n; i++) {
            sb.append(codes.get(i)).append(' ').append(jp.clustereval.common.Decimals.format(m.locale(), "%.1f %%", w[i] * 100)).append("   ");
        }
        sb.append(m.format("weights.ahp.lambda", jp.clustereval.common.Decimals.format(m.locale(), "%.3f", ahp.lambdaMax()))).append("   ");
        sb.append(m.format("weights.ahp.cr", jp.clustereval.common.Decimals.format(m.locale(), "%.3f", ahp.consistencyRatio())));
        ahpInconsistent.set(!ahp.isConsistent());
        if (!ahp.isConsistent()) {
            sb.append("  ").append(m.get("weights.ahp.warning"));
        }
        ahpSummary.set(sb.toString());
    }

    /** Stores the AHP weights as the axis weights (item weights unchanged). */
    public void applyAhp() {
        Session s = app.session();
        if (s == null || ahp == null) {
            return;
        }
        Ahp.Result result = ahp;
        String id = s.round().id();
        String actor = actor();
        tasks.run(() -> s.services().weights().applyAhp(id, result, actor), this::stored);
    }

    /** Writes the current weights to a signed weights file (signed by the local evaluator's key). */
    public void exportTo(Path file) {
        Session s = app.session();
        if (s == null || app.evaluator() == null) {
            return;
        }
        String id = s.round().id();
        String signer = app.evaluator().id();
        tasks.run(() -> s.services().weightsFiles().export(id, signer, file),
                written -> message.set(app.messages().format("weights.exported", written.toString())));
    }

    /** Checks and stores a signed weights file; one refused for its signer alone awaits the chair's decision. */
    public void importFrom(Path file) {
        importFrom(file, null);
    }

    private void importFrom(Path file, WeightsFileService.SignerAcceptance acceptance) {
        Session s = app.session();
        if (s == null) {
            return;
        }
        String actor = actor();
        pendingSigner.set(null);
        tasks.run(() -> s.services().weightsFiles().importFile(file, actor, acceptance), imported -> {
            stored("weights.stored");
            message.set(app.messages().format("weights.imported", imported.setBy(), Formats.time(imported.setAt())));
        }, failure -> {
            if (failure instanceof WeightsFileService.SignerNotAccepted refused) {
                pendingSigner.set(new PendingSigner(file, refused.signer().id(), refused.fingerprint(),
                        refused.message(app.messages().locale())));
            }
        });
    }

    /**
     * Accepts the pending file's signer with exactly its key (as the refusal showed it, to be checked
     * with the signer), with the reason typed; false (nothing done) without a reason.
     */
    public boolean acceptSigner() {
        PendingSigner p = pendingSigner.get();
        if (p == null) {
            return false;
        }
        String why = signerReason.get() == null ? "" : signerReason.get().strip();
        if (why.isEmpty()) {
            message.set(app.messages().get("weights.signer.reasonRequired"));
            return false;
        }
        signerReason.set("");
        importFrom(p.file(), new WeightsFileService.SignerAcceptance(p.signerId(), p.fingerprint(), why));
        return true;
    }

    /** Registers the person picked as a member of the round's weighting group. */
    public void addToWeightingGroup(Evaluator person) {
        Session s = app.session();
        if (s == null || person == null) {
            return;
        }
        String id = s.round().id();
        String actor = actor();
        tasks.run(() -> s.services().roster().add(id, person.id(), RosterService.WEIGHTING, null, actor), added -> {
            message.set(app.messages().format("weights.group.added", labels.get().label(person)));
            refresh();
        });
    }

    /** People who may be added to the weighting group (everyone not in it), by their labels. */
    public ObservableList<Evaluator> candidates() {
        return candidates;
    }

    /** The weighting group of the round, as one line of people's labels. */
    public ReadOnlyStringProperty groupProperty() {
        return group.getReadOnlyProperty();
    }

    /** How the people listed here are told apart. */
    public ObjectProperty<PersonLabels> labelsProperty() {
        return labels;
    }

    public ObjectProperty<PendingSigner> pendingSignerProperty() {
        return pendingSigner;
    }

    public StringProperty signerReasonProperty() {
        return signerReason;
    }

    public ObservableList<WeightRow> axes() {
        return axes;
    }

    public ObservableList<WeightRow> items() {
        return items;
    }

    public ObservableList<PairRow> pairs() {
        return pairs;
    }

    public ObservableList<HistoryLine> history() {
        return history;
    }

    /** Why the typed weights cannot be stored, one problem a line; empty when they can. */
    public ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ahpSummaryProperty() {
        return ahpSummary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ahpInconsistentProperty() {
        return ahpInconsistent;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What a store click did (stored, or unchanged), to be shown as a notification; null in between. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The AHP result of the current judgements; null before the weights are read. */
    public Ahp.Result ahp() {
        return ahp;
    }
}
