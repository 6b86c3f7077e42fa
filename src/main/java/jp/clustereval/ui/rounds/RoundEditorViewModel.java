package jp.clustereval.ui.rounds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

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
import jp.clustereval.common.SafeText;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.GradeLevel;
import jp.clustereval.domain.GradeScale;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemKind;
import jp.clustereval.domain.ItemTree;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.RoundDefinition;
import jp.clustereval.domain.RoundRules;
import jp.clustereval.domain.RoundState;
import jp.clustereval.service.RoundSetupService.Redefinition;
import jp.clustereval.service.RoundSetupService.Renaming;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.Session;

/**
 * Round &gt; Edit definition: the current round's item tree, axes, grade scale, units and cohort,
 * edited in memory and saved whole through the service's redefinition (checked by
 * {@link RoundRules}: a refusal says why and saves nothing). Once a grade of the round is stored,
 * the round's grading definition is fixed (the freeze rule): the editor then changes only texts
 * (item and heading names and descriptions, axis names, grade wording), saved through the
 * service's renaming, and refuses the rest saying why. Edits not saved are not dropped silently:
 * when another round is made current or the editor is opened again while they exist,
 * {@link #unsavedQuestionProperty} asks the view to let the person choose ({@link UnsavedChoice}).
 */
public final class RoundEditorViewModel {

    private final AppState app;
    private final BackgroundTasks tasks;
    private final Consumer<Session> reload;
    private EditorItem root = new EditorItem("", null);
    private final ObjectProperty<EditorItem> selected = new SimpleObjectProperty<>(this, "selected");
    /** Counts the changes of the tree's shape: the view rebuilds its tree when it moves. */
    private final IntegerProperty treeVersion = new SimpleIntegerProperty(this, "treeVersion");
    private final ObservableList<AxisRow> axes = FXCollections.observableArrayList();
    private final ObservableList<GradeRow> grades = FXCollections.observableArrayList();
    private final ObservableList<UnitChoice> units = FXCollections.observableArrayList();
    private final BooleanProperty frozen = new SimpleBooleanProperty(this, "frozen", true);
    private final BooleanProperty locked = new SimpleBooleanProperty(this, "locked", true);
    private final BooleanProperty unsavedQuestion = new SimpleBooleanProperty(this, "unsavedQuestion");
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");
    private final StringProperty frozenText = new SimpleStringProperty(this, "frozenText", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty saved = new SimpleBooleanProperty(this, "saved");
    private RoundDefinition original;
    /** The round's units as edited (from a units CSV), null while they are the stored ones. */
    private List<Cluster> newUnits;
    private int newItems;

    /** @param reload makes a session on the saved round the main window's (its sheets show the new items) */
    public RoundEditorViewModel(AppState app, BackgroundTasks tasks, Consumer<Session> reload) {
        this.app = app;
        this.tasks = tasks;
        this.reload = reload;
        app.languageProperty().addListener((obs, o, n) -> treeVersion.set(treeVersion.get() + 1));
        // another round made current while the editor is open: it shows that round (a save's own reload keeps the round),
        // once the person chose what becomes of edits not saved
        app.sessionProperty().addListener((obs, o, n) -> {
            if (n != null && loaded.get() && original != null && !original.id().equals(n.round().id())) {
                if (hasUnsavedChanges()) {
                    unsavedQuestion.set(true);
                } else {
                    load();
                }
            }
        });
    }

    /** What becomes of edits not saved when the editor is to show another round or is closed. */
    public enum UnsavedChoice {
        /** Save them (to the round they were made for), then go on. */
        SAVE,
        /** Drop them and go on. */
        DISCARD,
        /** Keep them in the editor, on the round they were made for. */
        KEEP_EDITING
    }

    /**
     * Round &gt; Edit definition chosen (again): the current round's definition is read, unless edits
     * not saved are shown: of this round they stay as they are, of another round the person is asked.
     */
    public void open() {
        Session s = app.session();
        if (hasUnsavedChanges()) {
            if (s != null && !original.id().equals(s.round().id())) {
                unsavedQuestion.set(true);
            }
            return;
        }
        load();
    }

    /**
     * The person's answer to {@link #unsavedQuestionProperty}: saved (then the current round is
     * shown, unless the save is refused, which says why and keeps the edits), discarded (the current
     * round is shown) or kept (the editor stays on their round, saying so).
     */
    public void resolveUnsaved(UnsavedChoice choice) {
        unsavedQuestion.set(false);
        switch (choice) {
            case SAVE -> save(this::load);
            case DISCARD -> load();
            case KEEP_EDITING -> message.set(app.messages().format("rounds.editor.unsaved.kept", original.id()));
        }
    }

    /**
     * Whether what the editor shows differs from the stored definition it was read from (a
     * definition that is not valid as edited counts as changed).
     */
    public boolean hasUnsavedChanges() {
        if (!loaded.get() || original == null || locked.get()) {
            return false;
        }
        try {
            return !sameDefinition(edited(), original);
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static boolean sameDefinition(RoundDefinition a, RoundDefinition b) {
        return unordered(a.round().items().all()).equals(unordered(b.round().items().all()))
                && a.round().axes().equals(b.round().axes())
                && a.round().scale().equals(b.round().scale())
                && a.round().cohort().equals(b.round().cohort())
                && a.units().equals(b.units());
    }

    /** Items in their list order with the order numbers left out (stored rounds may number them with gaps). */
    private static List<Item> unordered(List<Item> items) {
        return items.stream().map(i -> new Item(i.id(), i.parentId(), i.kind(), i.axisCode(), i.clusterCode(), i.name(),
                i.description(), i.weight(), 0)).toList();
    }

    /** Reads the current round's definition and whether it is frozen; what was edited and not saved is dropped. */
    public void load() {
        Session s = app.session();
        if (s == null) {
            return;
        }
        String id = s.round().id();
        loaded.set(false);
        tasks.run(() -> {
            RoundDefinition d = s.services().roundSetup().definition(id);
            boolean graded = s.services().roundSetup().list().stream()
                    .anyMatch(r -> r.id().equals(id) && r.state() == RoundState.GRADING);
            return new Object[] {d, graded};
        }, result -> show((RoundDefinition) result[0], (Boolean) result[1] || s.readOnly(), s.readOnly()));
        unsavedQuestion.set(false);
    }

    private void show(RoundDefinition d, boolean fixed, boolean readOnly) {
        original = d;
        newUnits = null;
        newItems = 0;
        root = new EditorItem("", null);
        java.util.Map<String, EditorItem> byId = new java.util.HashMap<>();
        for (Item i : d.round().items().all()) {
            EditorItem node = new EditorItem(i.id(), new EditorItem.Fields(i.name(), i.description(), i.kind(),
                    i.axisCode(), i.clusterCode(), i.weight()));
            byId.put(i.id(), node);
            EditorItem parent = i.parentId() == null ? root : byId.get(i.parentId());
            parent.add(parent.childList().size(), node);
        }
        axes.setAll(d.round().axes().stream().map(a -> new AxisRow(a.code(), a.name().ja(), a.name().en(),
                number(a.weight()))).toList());
        grades.setAll(d.round().scale().levels().stream().map(l -> new GradeRow(l.code(), number(l.value()),
                l.wording().ja(), l.wording().en())).toList());
        showUnits(d.units(), d.round().cohort());
        frozen.set(fixed);
        locked.set(readOnly);
        frozenText.set(!fixed ? "" : readOnly ? app.messages().get("rounds.editor.readOnly")
                : new UserFacingException("round.frozen", d.id()).message(app.messages().locale())
                        + " " + app.messages().get("rounds.editor.textsOnly"));
        message.set("");
        saved.set(false);
        selected.set(root.childList().isEmpty() ? null : root.childList().get(0));
        treeVersion.set(treeVersion.get() + 1);
        loaded.set(true);
    }

    private void showUnits(List<Cluster> of, Set<String> cohort) {
        boolean anyKept = of.stream().anyMatch(u -> cohort.contains(u.code()));
        units.setAll(of.stream().map(u -> new UnitChoice(u.code(), SafeText.line(u.code() + "  " + u.name().in(app.language())),
                !anyKept || cohort.contains(u.code()))).toList());
    }

    /**
     * The round's units replaced by those of a units CSV (read on the worker, refused whole with its
     * message); the cohort keeps the units it had that remain, else takes every unit. Saved with the rest.
     */
    public boolean replaceUnits(java.nio.file.Path file) {
        Session s = app.session();
        if (s == null || file == null || !editable()) {
            return false;
        }
        Set<String> cohort = new LinkedHashSet<>();
        units.stream().filter(UnitChoice::inCohort).map(UnitChoice::code).forEach(cohort::add);
        tasks.run(() -> s.services().roundSetup().readUnits(file), read -> {
            newUnits = List.copyOf(read);
            showUnits(newUnits, cohort);
            saved.set(false);
            message.set(app.messages().format("rounds.editor.unitsRead", read.size()));
        });
        return true;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** The invisible root: its children are the round's top-level items. */
    public EditorItem root() {
        return root;
    }

    /** Whether the structure may change (items added, moved, removed; axes, grades, units); else says why. */
    private boolean editable() {
        if (frozen.get() || !loaded.get()) {
            message.set(frozenText.get());
            return false;
        }
        message.set("");
        return true;
    }

    /** Whether texts may change: also in a frozen round, not in a database open read-only; else says why. */
    private boolean textsEditable() {
        if (locked.get() || !loaded.get()) {
            message.set(frozenText.get());
            return false;
        }
        message.set("");
        return true;
    }

    private String freshId() {
        Set<String> taken = new HashSet<>();
        collectIds(root, taken);
        String id;
        do {
            id = "new" + (++newItems);
        } while (taken.contains(id));
        return id;
    }

    private static void collectIds(EditorItem node, Set<String> into) {
        for (EditorItem c : node.childList()) {
            into.add(c.id());
            collectIds(c, into);
        }
    }

    private EditorItem newItem(ItemKind kind, String clusterCode) {
        String axis = kind == ItemKind.GRADED && !axes.isEmpty() ? axes.get(0).codeProperty().get() : null;
        LocalizedText name = new LocalizedText(jp.clustereval.ui.common.Messages.of(jp.clustereval.domain.Language.JA)
                .get("rounds.editor.newItem"), jp.clustereval.ui.common.Messages.of(jp.clustereval.domain.Language.EN)
                .get("rounds.editor.newItem"));
        return new EditorItem(freshId(), new EditorItem.Fields(name, new LocalizedText("", ""), kind, axis,
                kind == ItemKind.SUB_ITEM ? clusterCode : null, 1.0));
    }

    /** Insert: a new item of the selected one's kind right after it (at the end when nothing is selected). */
    public boolean insertAfter() {
        if (!editable()) {
            return false;
        }
        EditorItem at = selected.get();
        EditorItem item;
        if (at == null) {
            item = newItem(ItemKind.HEADING, null);
            root.add(root.childList().size(), item);
        } else {
            item = newItem(at.fields().kind(), at.fields().clusterCode());
            EditorItem parent = at.parent();
            parent.add(parent.childList().indexOf(at) + 1, item);
        }
        changed(item);
        return true;
    }

    /**
     * Ctrl+Insert: a new first-level child of the selected item: a graded item under a heading, a
     * sub-item under a graded item; a sub-item has no children (refused with a message).
     */
    public boolean insertChild() {
        if (!editable()) {
            return false;
        }
        EditorItem at = selected.get();
        if (at == null) {
            return insertAfter();
        }
        ItemKind kind = switch (at.fields().kind()) {
            case HEADING -> ItemKind.GRADED;
            case GRADED -> ItemKind.SUB_ITEM;
            case SUB_ITEM -> null;
        };
        if (kind == null) {
            message.set(app.messages().get("rounds.editor.noChild"));
            return false;
        }
        EditorItem item = newItem(kind, null);
        at.add(at.childList().size(), item);
        changed(item);
        return true;
    }

    /** F2: the selected item's name in the UI language (the other language's stays); also in a frozen round. */
    public boolean rename(String text) {
        EditorItem at = selected.get();
        if (at == null || text == null || text.isBlank() || !textsEditable()) {
            return false;
        }
        EditorItem.Fields f = at.fields();
        LocalizedText name = app.language() == jp.clustereval.domain.Language.JA
                ? new LocalizedText(text.strip(), f.name().en()) : new LocalizedText(f.name().ja(), text.strip());
        at.setFields(new EditorItem.Fields(name, f.description(), f.kind(), f.axisCode(), f.clusterCode(), f.weight()));
        changed(at);
        return true;
    }

    /**
     * Enter: every field of the selected item, as the edit dialog returns them; in a frozen round
     * only its names and descriptions (other kind, axis, unit or weight: refused, saying why).
     */
    public boolean edit(EditorItem.Fields fields) {
        EditorItem at = selected.get();
        if (at == null || fields == null || !textsEditable()) {
            return false;
        }
        EditorItem.Fields now = at.fields();
        boolean structural = fields.kind() != now.kind() || !java.util.Objects.equals(fields.axisCode(), now.axisCode())
                || !java.util.Objects.equals(fields.clusterCode(), now.clusterCode())
                || Double.compare(fields.weight(), now.weight()) != 0;
        if (structural && !editable()) {
            return false;
        }
        at.setFields(fields);
        changed(at);
        return true;
    }

    /** Delete: the selected item with everything under it; the next one (else the one before, else the parent) is selected. */
    public boolean remove() {
        EditorItem at = selected.get();
        if (at == null || !editable()) {
            return false;
        }
        EditorItem parent = at.parent();
        List<EditorItem> siblings = parent.childList();
        int index = siblings.indexOf(at);
        parent.remove(at);
        EditorItem next = index < siblings.size() ? siblings.get(index)
                : index > 0 ? siblings.get(index - 1) : parent == root ? null : parent;
        changed(next);
        return true;
    }

    /** Alt+Up / Alt+Down: the selected item one place up or down among its siblings. */
    public boolean move(int by) {
        EditorItem at = selected.get();
        if (at == null || !editable()) {
            return false;
        }
        List<EditorItem> siblings = at.parent().childList();
        int index = siblings.indexOf(at);
        int to = index + by;
        if (to < 0 || to >= siblings.size()) {
            return false;
        }
        siblings.remove(index);
        siblings.add(to, at);
        changed(at);
        return true;
    }

    private void changed(EditorItem select) {
        saved.set(false);
        treeVersion.set(treeVersion.get() + 1);
        selected.set(select);
    }

    /** A new axis at the end (at most {@link RoundRules#MAX_AXES}). */
    public boolean addAxis() {
        if (!editable()) {
            return false;
        }
        if (axes.size() >= RoundRules.MAX_AXES) {
            message.set(app.messages().format("rounds.editor.axisLimit", RoundRules.MIN_AXES, RoundRules.MAX_AXES));
            return false;
        }
        Set<String> codes = new HashSet<>();
        axes.forEach(a -> codes.add(a.codeProperty().get()));
        String code = "X";
        for (int n = 1; codes.contains(code); n++) {
            code = "X" + n;
        }
        axes.add(new AxisRow(code, "", "", "1"));
        saved.set(false);
        return true;
    }

    /** Removes the axis (at least {@link RoundRules#MIN_AXES} stay). */
    public boolean removeAxis(AxisRow row) {
        if (row == null || !editable()) {
            return false;
        }
        if (axes.size() <= RoundRules.MIN_AXES) {
            message.set(app.messages().format("rounds.editor.axisLimit", RoundRules.MIN_AXES, RoundRules.MAX_AXES));
            return false;
        }
        axes.remove(row);
        saved.set(false);
        return true;
    }

    /** A new grade at the end, below the lowest (at most {@link RoundRules#MAX_GRADES}). */
    public boolean addGrade() {
        if (!editable()) {
            return false;
        }
        if (grades.size() >= RoundRules.MAX_GRADES) {
            message.set(app.messages().format("rounds.editor.gradeLimit", RoundRules.MIN_GRADES, RoundRules.MAX_GRADES));
            return false;
        }
        grades.add(new GradeRow("", "", "", ""));
        saved.set(false);
        return true;
    }

    /** Removes the grade (at least {@link RoundRules#MIN_GRADES} stay). */
    public boolean removeGrade(GradeRow row) {
        if (row == null || !editable()) {
            return false;
        }
        if (grades.size() <= RoundRules.MIN_GRADES) {
            message.set(app.messages().format("rounds.editor.gradeLimit", RoundRules.MIN_GRADES, RoundRules.MAX_GRADES));
            return false;
        }
        grades.remove(row);
        saved.set(false);
        return true;
    }

    /**
     * The definition as edited: the items in the tree's order, the axes, the scale, the units with
     * their cohort. A number that is not one is refused with the place it is in.
     */
    public RoundDefinition edited() {
        List<Item> items = new ArrayList<>();
        flatten(root, null, items);
        RoundRules.checkItemList(items);
        List<Axis> axisList = new ArrayList<>();
        for (AxisRow a : axes) {
            String code = a.codeProperty().get() == null ? "" : a.codeProperty().get().strip();
            axisList.add(new Axis(code, new LocalizedText(strip(a.nameJaProperty()), strip(a.nameEnProperty())),
                    parse(a.weightProperty().get(), code)));
        }
        List<GradeLevel> levels = new ArrayList<>();
        for (GradeRow g : grades) {
            String code = g.codeProperty().get() == null ? "" : g.codeProperty().get().strip();
            levels.add(new GradeLevel(code, parse(g.valueProperty().get(), code),
                    new LocalizedText(strip(g.wordingJaProperty()), strip(g.wordingEnProperty()))));
        }
        if (levels.isEmpty()) {
            throw new UserFacingException("round.gradeCount", 0, RoundRules.MIN_GRADES, RoundRules.MAX_GRADES);
        }
        Set<String> cohort = new LinkedHashSet<>();
        units.stream().filter(UnitChoice::inCohort).map(UnitChoice::code).forEach(cohort::add);
        Round r = original.round();
        Round round = new Round(r.id(), r.name(), new GradeScale(levels), axisList, new ItemTree(items), cohort);
        RoundDefinition d = new RoundDefinition(round, original.kind(), original.fiscalYear(),
                newUnits != null ? newUnits : original.units());
        RoundRules.check(d);
        return d;
    }

    private static String strip(StringProperty p) {
        return p.get() == null ? "" : p.get().strip();
    }

    private static double parse(String text, String where) {
        try {
            return Double.parseDouble(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new UserFacingException("round.weight", where);
        }
    }

    private static void flatten(EditorItem node, String parentId, List<Item> into) {
        for (EditorItem c : node.childList()) {
            EditorItem.Fields f = c.fields();
            into.add(new Item(c.id(), parentId, f.kind(), f.kind() == ItemKind.GRADED ? f.axisCode() : null,
                    f.clusterCode(), f.name(), f.description(), f.weight(), into.size()));
            flatten(c, c.id(), into);
        }
    }

    /**
     * Saves the edited definition (the service checks it whole and refuses, naming why, what is not
     * a valid round or a frozen one); on success the main window reloads on the saved round.
     */
    public boolean save() {
        return save(() -> { });
    }

    /**
     * Saves as {@link #save()}: the whole definition while the round is preparing, only its texts
     * once it is frozen; after runs once the save succeeded (not when it is refused).
     */
    public boolean save(Runnable after) {
        Session s = app.session();
        if (s == null || !textsEditable()) {
            return false;
        }
        RoundDefinition d;
        try {
            d = edited();
        } catch (UserFacingException e) {
            message.set(e.message(app.messages().locale()));
            return false;
        }
        String actor = app.evaluator() == null ? "desktop" : app.evaluator().name();
        List<Cluster> unitList = d.units();
        List<String> cohort = List.copyOf(d.round().cohort());
        boolean textsOnly = frozen.get();
        tasks.run(() -> {
            if (textsOnly) {
                s.services().roundSetup().rename(new Renaming(d.id(), null, d), actor);
            } else {
                s.services().roundSetup().redefine(new Redefinition(d.id(), null, d, unitList, cohort), actor);
            }
            return s.onRound(d.id());
        }, session -> {
            original = d;
            newUnits = null;
            message.set(app.messages().get(textsOnly ? "rounds.editor.textsSaved" : "rounds.editor.saved"));
            saved.set(true);
            if (app.session() != null && app.session().round().id().equals(session.round().id())) {
                reload.accept(session);
            }
            after.run();
        }, failure -> message.set(DialogService.describe(failure, app.messages())));
        return true;
    }

    public ObjectProperty<EditorItem> selectedProperty() {
        return selected;
    }

    public IntegerProperty treeVersionProperty() {
        return treeVersion;
    }

    public ObservableList<AxisRow> axes() {
        return axes;
    }

    public ObservableList<GradeRow> grades() {
        return grades;
    }

    public ObservableList<UnitChoice> units() {
        return units;
    }

    /** The round's grading definition is fixed (a grade is stored, or the database is open read-only). */
    public BooleanProperty frozenProperty() {
        return frozen;
    }

    /** Nothing can change: the database is open read-only (frozen is true with it). */
    public BooleanProperty lockedProperty() {
        return locked;
    }

    /**
     * True while another round is to be shown but edits not saved exist: the view asks the person
     * and answers with {@link #resolveUnsaved}.
     */
    public BooleanProperty unsavedQuestionProperty() {
        return unsavedQuestion;
    }

    /** The round whose definition the editor shows (null before the first load). */
    public String roundId() {
        return original == null ? null : original.id();
    }

    /** Why the editor is read-only (empty while it is not). */
    public StringProperty frozenTextProperty() {
        return frozenText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty savedProperty() {
        return saved;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    /** The axis codes an item may count in (for the edit dialog). */
    public List<String> axisCodes() {
        return axes.stream().map(a -> a.codeProperty().get()).toList();
    }

    /** The unit codes a sub-item may belong to (for the edit dialog). */
    public List<String> unitCodes() {
        return units.stream().map(UnitChoice::code).toList();
    }
}
