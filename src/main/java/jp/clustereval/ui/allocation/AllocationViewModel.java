package jp.clustereval.ui.allocation;

import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.common.SpreadsheetCsv;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.allocation.Allocation;
import jp.clustereval.domain.allocation.AllocationRequest;
import jp.clustereval.domain.allocation.AllocationRule;
import jp.clustereval.domain.allocation.ClusterAllocation;
import jp.clustereval.domain.allocation.YenAmount;
import jp.clustereval.domain.panel.TieNotes;
import jp.clustereval.service.PanelService;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Formats;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;

/**
 * The subsidy reflection: a pool, a rule (proportional or tiers), a floor and an optional cap; each
 * cluster's allocation against the ¥500 million baseline, and the check that they add up to the pool.
 */
public final class AllocationViewModel {

    private final AppState app;
    private final BackgroundTasks tasks;
    private final Supplier<PanelService.Scope> scope;
    private final StringProperty pool = new SimpleStringProperty(this, "pool", "6,000,000,000");
    private final ObjectProperty<AllocationRule> rule = new SimpleObjectProperty<>(this, "rule", AllocationRule.TIERS);
    private final StringProperty floor = new SimpleStringProperty(this, "floor", "0");
    private final StringProperty cap = new SimpleStringProperty(this, "cap", "");
    private final ObservableList<ClusterAllocation> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper(this, "validation", "");
    private final ReadOnlyStringWrapper poolProblem = new ReadOnlyStringWrapper(this, "poolProblem", "");
    private final ReadOnlyStringWrapper floorProblem = new ReadOnlyStringWrapper(this, "floorProblem", "");
    private final ReadOnlyStringWrapper capProblem = new ReadOnlyStringWrapper(this, "capProblem", "");
    private final ReadOnlyStringWrapper sumLine = new ReadOnlyStringWrapper(this, "sumLine", "");
    private final ReadOnlyBooleanWrapper addsUp = new ReadOnlyBooleanWrapper(this, "addsUp");
    private final ReadOnlyStringWrapper exported = new ReadOnlyStringWrapper(this, "exported", "");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private int generation;

    public AllocationViewModel(AppState app, BackgroundTasks tasks, Supplier<PanelService.Scope> scope) {
        this.app = app;
        this.tasks = tasks;
        this.scope = scope;
        // each amount is checked as it is typed, so its field can say what is wrong at once
        pool.addListener((obs, o, n) -> check());
        floor.addListener((obs, o, n) -> check());
        cap.addListener((obs, o, n) -> check());
    }

    /** Whole yen by the command line's parser (YenAmount); -1 when the text is not such an amount. */
    static long yen(String text) {
        try {
            return YenAmount.parse(text);
        } catch (UserFacingException e) {
            return -1;
        }
    }

    /** Checks the amounts as typed: each field's problem (empty when fine) and all of them together. */
    void check() {
        Messages m = app.messages();
        boolean noCap = cap.get() == null || cap.get().isBlank();
        poolProblem.set(yen(pool.get()) <= 0 ? m.format("allocation.invalid", m.get("allocation.pool"), pool.get()) : "");
        floorProblem.set(yen(floor.get()) < 0 ? m.format("allocation.invalid", m.get("allocation.floor"), floor.get()) : "");
        capProblem.set(!noCap && yen(cap.get()) < 0 ? m.format("allocation.invalid", m.get("allocation.cap"), cap.get()) : "");
        validation.set(String.join("\n", java.util.stream.Stream.of(poolProblem.get(), floorProblem.get(), capProblem.get())
                .filter(t -> !t.isEmpty()).toList()));
    }

    /** Allocates with the entered settings; false (nothing computed) when an amount is not valid. */
    public boolean allocate() {
        check();
        long p = yen(pool.get());
        long f = yen(floor.get());
        boolean noCap = cap.get() == null || cap.get().isBlank();
        long c = noCap ? Long.MAX_VALUE : yen(cap.get());
        Session s = app.session();
        if (!validation.get().isEmpty() || s == null) {
            return false;
        }
        AllocationRequest req = new AllocationRequest(p, rule.get(), f, c, AllocationRequest.DEFAULT_BASELINE_YEN,
                AllocationRequest.DEFAULT_TIER_STEP);
        PanelService.Scope sc = scope.get();
        String actor = app.evaluator() == null ? "" : app.evaluator().name();
        int mine = ++generation;
        tasks.run(() -> s.services().allocation().allocateAndSave(sc, req, actor), a -> {
            if (mine == generation) {
                show(a, sc.includePartial());
            }
        }, failure -> {
            rows.clear();
            sumLine.set("");
            notes.set("");
        });
        return true;
    }

    private void show(Allocation a, boolean includePartial) {
        Messages m = app.messages();
        rows.setAll(a.clusters());
        addsUp.set(a.addsUp());
        sumLine.set(m.format(a.addsUp() ? "allocation.sum.ok" : "allocation.sum.bad",
                money(a.sumYen()), money(a.request().poolYen())));
        notes.set(notes(a, includePartial, m));
    }

    /**
     * What the amounts' digits do not say: unfinished sheets counted, totals shown alike but ranked
     * apart, equal totals with amounts apart (the whole-yen rule); one line each, as the CLI's allocate.
     */
    static String notes(Allocation a, boolean includePartial, Messages m) {
        List<String> lines = new java.util.ArrayList<>();
        if (includePartial) {
            lines.add(m.get("results.partialIncluded"));
        }
        for (TieNotes.Note n : TieNotes.of(a.clusters().stream()
                .map(c -> new TieNotes.Row(c.clusterCode(), c.total(), c.rank(), c.allocationYen())).toList(), 2)) {
            lines.add(m.format(n.kind() == TieNotes.Kind.SHOWN_ALIKE ? "results.tie.shownAlike" : "allocation.tie.yenApart",
                    n.args()));
        }
        return String.join("\n", lines);
    }

    /** The notes under the amounts; empty when there is nothing to say. */
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /**
     * Writes the allocation shown as CSV (code, total, rank, tier, baseline_yen, allocation_yen,
     * change_pct, as the allocate command), with the basis (raw or calibrated) and the rule in a
     * comment line first.
     */
    public void exportCsv(java.nio.file.Path file) {
        if (rows.isEmpty()) {
            return;
        }
        List<ClusterAllocation> shown = List.copyOf(rows);
        PanelService.Scope sc = scope.get();
        AllocationRule r = rule.get();
        tasks.run(() -> {
            StringBuilder sb = new StringBuilder("# basis=" + (sc.calibrated() ? "calibrated" : "raw") + ", cohort="
                    + sc.cohort().text() + ", rule=" + r.tag() + (sc.includePartial() ? ", sheets=partial-included" : "") + "\n");
            SpreadsheetCsv csv = new SpreadsheetCsv(sb, System.lineSeparator())
                    .row(List.of("code", "total", "rank", "tier", "baseline_yen", "allocation_yen", "change_pct"));
            for (ClusterAllocation a : shown) {
                csv.row(List.of(a.clusterCode(), jp.clustereval.common.Decimals.format(java.util.Locale.ROOT, "%.4f", a.total()), a.rank(),
                        a.tier().name().toLowerCase(java.util.Locale.ROOT), a.baselineYen(), a.allocationYen(),
                        jp.clustereval.common.Decimals.format(java.util.Locale.ROOT, "%.2f", a.changePct())));
            }
            csv.flush();
            try {
                jp.clustereval.common.AtomicFiles.write(file, sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw jp.clustereval.common.AtomicFiles.failure(file, e);
            }
            return file;
        }, written -> exported.set(written.toString()));
    }

    /** The file the allocation was last exported to; empty before. */
    public ReadOnlyStringProperty exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    /** Yen with the UI language's thousands separators. */
    public String money(long yenAmount) {
        return "¥" + Formats.integer(yenAmount, app.messages().locale());
    }

    public StringProperty poolProperty() {
        return pool;
    }

    public ObjectProperty<AllocationRule> ruleProperty() {
        return rule;
    }

    public StringProperty floorProperty() {
        return floor;
    }

    /** Empty for no cap. */
    public StringProperty capProperty() {
        return cap;
    }

    public ObservableList<ClusterAllocation> rows() {
        return rows;
    }

    public ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }

    /** What is wrong with the pool as typed; empty when it is an amount. */
    public ReadOnlyStringProperty poolProblemProperty() {
        return poolProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty floorProblemProperty() {
        return floorProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty capProblemProperty() {
        return capProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sumLineProperty() {
        return sumLine.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty addsUpProperty() {
        return addsUp.getReadOnlyProperty();
    }

    public AppState app() {
        return app;
    }
}
