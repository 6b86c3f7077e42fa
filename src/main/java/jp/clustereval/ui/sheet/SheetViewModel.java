package jp.clustereval.ui.sheet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.service.ItemTextField;
import jp.clustereval.service.SheetData;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Session;

/**
 * My sheet for the selected cluster: items grouped by axis with grades, comments and indications,
 * live axis scores, progress and status. Every grade is written at once, typed text after a short
 * pause; nothing waits for a Save button.
 */
public final class SheetViewModel {

    static final String SOURCE = "gui";

    private final AppState app;
    private final BackgroundTasks tasks;
    private final SheetSaves texts;
    private final ObjectProperty<Cluster> cluster = new SimpleObjectProperty<>(this, "cluster");
    private final ObservableList<AxisGroupViewModel> groups = FXCollections.observableArrayList();
    private final List<ItemViewModel> items = new ArrayList<>();
    private final IntegerProperty graded = new SimpleIntegerProperty(this, "graded");
    private final IntegerProperty total = new SimpleIntegerProperty(this, "total");
    private final ObjectProperty<SheetStatus> status = new SimpleObjectProperty<>(this, "status", SheetStatus.DRAFT);
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final SheetMessage message = new SheetMessage();
    private final ObjectProperty<Map<String, Double>> axisScores =
            new SimpleObjectProperty<>(this, "axisScores", Map.of());
    private final StringProperty focusedItem = new SimpleStringProperty(this, "focusedItem");
    private Consumer<SheetSaved> onSaved = saved -> { };
    private Runnable onSaveFailed = () -> { };
    private final SheetEdits undo;
    private SheetKey key;
    private boolean populating;

    public SheetViewModel(AppState app, BackgroundTasks tasks, Duration textSaveDelay) {
        this.app = app;
        this.tasks = tasks;
        this.texts = new SheetSaves(tasks, textSaveDelay, this::saved, this::saveFailed, message::clearKept);
        this.undo = new SheetEdits(this, texts);
        comment.addListener((obs, old, now) -> textChanged("sheet", null, null, old, now));
        app.sessionProperty().addListener((obs, old, now) -> {
            undo.history().clear();
            texts.clear();
        });
        app.languageProperty().addListener((obs, old, now) -> message.relocalize());
    }

    /** Called after every change that reached the disk (progress, status bar, radar). */
    public void setOnSaved(Consumer<SheetSaved> listener) {
        this.onSaved = listener;
    }

    /** Called when a change could not be written (after it was reported). */
    public void setOnSaveFailed(Runnable listener) {
        this.onSaveFailed = listener;
    }

    /** Shows the sheet of a cluster (null: none); waiting text of the previous sheet is saved first. */
    public void show(Cluster c) {
        texts.flushAll();
        if (c == null || cluster.get() == null || !c.code().equals(cluster.get().code())) {
            focusedItem.set(null);
        }
        Session session = app.session();
        if (c == null || session == null || app.evaluator() == null) {
            key = null;
            undo.history().show(null);
            cluster.set(null);
            populate(null, List.of(), null);
            return;
        }
        SheetKey wanted = new SheetKey(session.round().id(), app.evaluator().id(), c.code());
        key = wanted;
        undo.history().show(wanted);
        message.clear();
        tasks.run(() -> session.services().grading().load(wanted), data -> {
            if (wanted.equals(key)) {
                populate(session.round(), session.round().items().gradedItems(c.code()), data);
                cluster.set(c);
            }
        });
    }

    private void populate(Round round, List<Item> gradedItems, SheetData data) {
        populating = true;
        try {
            items.clear();
            List<AxisGroupViewModel> fresh = round == null ? List.of()
                    : AxisGroupViewModel.build(round, key.clusterCode(), gradedItems, item -> itemViewModel(item, data));
            total.set(gradedItems.size());
            status.set(data == null ? SheetStatus.DRAFT : data.sheet().status());
            comment.set(data == null ? "" : data.sheet().comment());
            groups.setAll(fresh);
            rescore();
        } finally {
            populating = false;
        }
    }

    private ItemViewModel itemViewModel(Item item, SheetData data) {
        ItemViewModel vm = new ItemViewModel(item);
        ItemEntry entry = data.entry(item.id());
        vm.gradeProperty().set(entry.grade());
        vm.commentProperty().set(entry.comment());
        vm.indicationProperty().set(entry.indication());
        vm.commentProperty().addListener((obs, o, now) ->
                textChanged(item.id() + "/comment", item.id(), ItemTextField.COMMENT, o, now));
        vm.indicationProperty().addListener((obs, o, now) ->
                textChanged(item.id() + "/indication", item.id(), ItemTextField.INDICATION, o, now));
        items.add(vm);
        return vm;
    }

    private void textChanged(String slot, String itemId, ItemTextField field, String old, String text) {
        if (populating || key == null) {
            return;
        }
        SheetKey target = key;
        Session session = app.session();
        String value = text == null ? "" : text;
        undo.recordText(slot, old, value);
        texts.text(target.clusterCode() + "/" + slot, itemId == null
                ? () -> session.services().grading().setSheetComment(target, value, SOURCE)
                : () -> session.services().grading().setItemText(target, itemId, field, value, SOURCE));
    }

    /** Focus left a text field: its waiting save happens now. */
    public void flushText(ItemViewModel item, ItemTextField field) {
        undo.history().seal();
        if (key != null) {
            texts.flush(key.clusterCode() + "/" + (item == null ? "sheet"
                    : item.id() + "/" + (field == ItemTextField.COMMENT ? "comment" : "indication")));
        }
    }

    /** Saves every waiting text now. */
    public void flushTexts() {
        texts.flushAll();
    }

    /** Sets (code) or clears (null) the grade of an item; the change is written at once. */
    public void grade(ItemViewModel item, String code) {
        if (key == null || !items.contains(item) || isReadOnly()) {
            return;
        }
        Session session = app.session();
        String normalized = code == null ? null : session.round().scale().require(code).code();
        if (java.util.Objects.equals(item.grade(), normalized)) {
            return;
        }
        undo.recordGrade(item.id(), item.grade(), normalized);
        item.gradeProperty().set(normalized);
        rescore();
        SheetKey target = key;
        texts.grade(target.clusterCode() + "/" + item.id() + "/grade",
                () -> session.services().grading().setGrade(target, item.id(), normalized, SOURCE));
    }

    /** Undo, redo and retry of my edits on this sheet. */
    public SheetEdits edits() {
        return undo;
    }

    /** True when the database was opened read-only (nothing can be graded). */
    public boolean isReadOnly() {
        Session s = app.session();
        return s != null && s.readOnly();
    }

    private void saved(SheetData data, boolean gradesChanged) {
        SheetKey saved = new SheetKey(data.sheet().roundId(), data.sheet().evaluatorId(), data.sheet().clusterCode());
        if (saved.equals(key)) {
            status.set(data.sheet().status());
        }
        onSaved.accept(new SheetSaved(saved, data, gradesChanged));
    }

    /**
     * A save failed (reported after this). Disk full or read-only: the edit stays on screen and is
     * saved again later; otherwise the sheet shows what the disk really holds.
     */
    private void saveFailed(boolean kept) {
        onSaveFailed.run();
        if (kept) {
            message.setKept(() -> app.messages().get("sheet.saveFailed.kept"));
            return;
        }
        Cluster c = cluster.get();
        if (c != null) {
            show(c);
        }
        message.set(() -> app.messages().get("sheet.saveFailed"), true);
    }

    private void rescore() {
        Session session = app.session();
        SheetScoring.apply(session == null || key == null ? null : new SheetScoring(session.round(), key.clusterCode(), items),
                groups, graded, axisScores);
    }

    /**
     * Marks the sheet complete when every item is graded; otherwise flags the missing items, says
     * which they are and returns their ids (nothing is written then).
     */
    public List<String> markComplete() {
        if (key == null) {
            return List.of();
        }
        texts.flushAll();
        return SheetCompletion.markComplete(app, tasks, key, items, message, data -> saved(data, false), () -> key);
    }

    public Optional<ItemViewModel> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public List<ItemViewModel> items() {
        return List.copyOf(items);
    }

    /** True when the sheet of this cluster is shown (read, not just asked for). */
    public boolean isShowing(String clusterCode) {
        Cluster shown = cluster.get();
        return key != null && key.clusterCode().equals(clusterCode) && shown != null
                && shown.code().equals(clusterCode);
    }

    public ObjectProperty<Cluster> clusterProperty() {
        return cluster;
    }

    public ObservableList<AxisGroupViewModel> groups() {
        return groups;
    }

    public IntegerProperty gradedProperty() {
        return graded;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public ObjectProperty<SheetStatus> statusProperty() {
        return status;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public StringProperty messageProperty() {
        return message.textProperty();
    }

    /** The item whose row had the keyboard focus (view state kept across a language switch). */
    public StringProperty focusedItemProperty() {
        return focusedItem;
    }

    /** True when the message asks for action (missing items, failed save), false for a confirmation. */
    public BooleanProperty messageIsWarningProperty() {
        return message.warningProperty();
    }

    /** My axis scores for this cluster, axis code to value (graded axes only). */
    public ObjectProperty<Map<String, Double>> axisScoresProperty() {
        return axisScores;
    }

    /** The round being graded (for grade wording and labels); null without a database. */
    public Round round() {
        Session s = app.session();
        return s == null ? null : s.round();
    }

    public AppState app() {
        return app;
    }
}
