package jp.clustereval.ui.roster;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.common.SafeText;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.PersonLabels;
import jp.clustereval.service.RosterService;
import jp.clustereval.service.Services;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;

/**
 * Round &gt; Roster: the current round's roster (who takes part, in which role, with their e-mail,
 * how many units they grade and whether they handed anything in), adding a person (one of the
 * database's people, or a new one by name and affiliation) in a role, and taking a role away. Every
 * change goes through {@link RosterService}, which validates and audits it; a refused change stores
 * nothing and reaches the user through the dialog service.
 */
public final class RosterViewModel {

    /** One of the database's people to pick, as the list of choices shows them. */
    public record Person(Evaluator evaluator, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final AppState app;
    private final BackgroundTasks tasks;
    private final Runnable changed;
    private final ObservableList<RosterRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObjectProperty<RosterRow> selected = new SimpleObjectProperty<>(this, "selected");
    /** The existing person to add; null: a new person, by the name and affiliation typed. */
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>(this, "person");
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final StringProperty newAffiliation = new SimpleStringProperty(this, "newAffiliation", "");
    private final StringProperty role = new SimpleStringProperty(this, "role", RosterService.EVALUATOR);
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty roundName = new SimpleStringProperty(this, "roundName", "");
    private final BooleanProperty working = new SimpleBooleanProperty(this, "working");
    private final BooleanBinding canAdd;
    private final BooleanBinding canRemove;
    /** The round's units, for a conflict of interest of the selected person. */
    private final ObservableList<String> units = FXCollections.observableArrayList();
    private final ObjectProperty<String> coiUnit = new SimpleObjectProperty<>(this, "coiUnit");
    private final StringProperty coiNote = new SimpleStringProperty(this, "coiNote", "");
    private final BooleanBinding canDeclare;

    /** @param changed told after the roster changed (the views that show it read it again) */
    public RosterViewModel(AppState app, BackgroundTasks tasks, Runnable changed) {
        this.app = app;
        this.tasks = tasks;
        this.changed = changed;
        canAdd = Bindings.createBooleanBinding(() -> !working.get() && !readOnly()
                && (person.get() != null || !newName.get().isBlank()), working, person, newName);
        canRemove = Bindings.createBooleanBinding(() -> !working.get() && !readOnly() && selected.get() != null,
                working, selected);
        canDeclare = Bindings.createBooleanBinding(() -> !working.get() && !readOnly() && selected.get() != null
                && coiUnit.get() != null, working, selected, coiUnit);
        app.languageProperty().addListener((obs, o, n) -> refresh());
        // another database (or round): its roster; the form keeps what was typed
        app.sessionProperty().addListener((obs, o, n) -> {
            rows.clear();
            selected.set(null);
            person.set(null);
            refresh();
        });
    }

    private boolean readOnly() {
        Session s = app.session();
        return s == null || s.readOnly();
    }

    /** The roles in the order the choice lists them. */
    public List<String> roles() {
        return RosterService.ROLES;
    }

    /** A role as people read it. */
    public String roleText(String r) {
        return app.messages().get("roster.role." + r);
    }

    /** Reads the roster of the current round and the database's people again. */
    public void refresh() {
        Session s = app.session();
        if (s == null) {
            return;
        }
        Messages m = app.messages();
        String roundId = s.round().id();
        roundName.set(m.format("roster.round", SafeText.line(s.round().name().in(app.language()))));
        tasks.run(() -> read(s.services(), roundId, m), read -> {
            String keep = selected.get() == null ? null : selected.get().evaluatorId() + "\n" + selected.get().role();
            rows.setAll(read.rows());
            people.setAll(read.people());
            if (!units.equals(read.units())) {
                units.setAll(read.units());
            }
            selected.set(rows.stream().filter(r -> (r.evaluatorId() + "\n" + r.role()).equals(keep)).findFirst()
                    .orElse(null));
        });
    }

    private record Read(List<RosterRow> rows, List<Person> people, List<String> units) {
    }

    private Read read(Services services, String roundId, Messages m) {
        List<Evaluator> everyone = services.evaluators().all();
        PersonLabels labels = PersonLabels.of(everyone);
        java.util.Map<String, List<String>> conflicts = new java.util.HashMap<>();
        services.coi().list(roundId).forEach(c -> conflicts.computeIfAbsent(c.evaluatorId(), k -> new java.util.ArrayList<>())
                .add(c.clusterCode() + (c.included() ? " " + m.get("roster.coi.counted") : "")));
        List<RosterRow> rows = services.roster().list(roundId).stream().map(member -> new RosterRow(
                member.person().id(), SafeText.line(member.person().name()), SafeText.line(member.person().affiliation()),
                member.role(), m.get("roster.role." + member.role()), SafeText.line(member.email()),
                member.assigned() == null ? "" : Integer.toString(member.assigned()),
                member.handedIn() == null ? "" : m.get(member.handedIn() ? "roster.handedIn.yes" : "roster.handedIn.no"),
                String.join(", ", conflicts.getOrDefault(member.person().id(), List.of()).stream().sorted().toList())))
                .toList();
        List<Person> choices = everyone.stream().map(e -> new Person(e, SafeText.line(labels.label(e))))
                .sorted(java.util.Comparator.comparing(Person::label)).toList();
        List<String> codes = services.clusters().ofRound(roundId).stream().map(jp.clustereval.domain.Cluster::code).toList();
        return new Read(rows, choices, codes);
    }

    /**
     * Adds the chosen person (or a new one by the name typed) in the role chosen, with the e-mail if
     * typed. False when there is nothing to add; the service's refusals (an e-mail that is not an
     * address, a name too long) reach the user as dialogs and change nothing.
     */
    public boolean add() {
        Session s = app.session();
        if (s == null || !canAdd.get()) {
            return false;
        }
        String roundId = s.round().id();
        Person existing = person.get();
        String name = newName.get().strip();
        String affiliation = newAffiliation.get().strip();
        String r = role.get();
        String mail = email.get().isBlank() ? null : email.get();
        String actor = actor();
        working.set(true);
        message.set("");
        tasks.run(() -> {
            RosterService roster = s.services().roster();
            if (existing != null) {
                roster.add(roundId, existing.evaluator().id(), r, mail, actor);
                return existing.evaluator();
            }
            return roster.addNewPerson(roundId, name, affiliation, r, mail, actor);
        }, added -> {
            working.set(false);
            person.set(null);
            newName.set("");
            newAffiliation.set("");
            email.set("");
            message.set(app.messages().format("roster.added", SafeText.line(added.name()), roleText(r)));
            refresh();
            changed.run();
        }, failure -> working.set(false));
        return true;
    }

    /** Takes the selected person's role off the roster (leaving the evaluator role takes their assignments). */
    public boolean remove() {
        Session s = app.session();
        RosterRow row = selected.get();
        if (s == null || row == null || !canRemove.get()) {
            return false;
        }
        String roundId = s.round().id();
        String actor = actor();
        working.set(true);
        message.set("");
        tasks.run(() -> s.services().roster().remove(roundId, row.evaluatorId(), row.role(), actor), removed -> {
            working.set(false);
            message.set(app.messages().format("roster.removed", row.name(), row.roleText()));
            refresh();
            changed.run();
        }, failure -> working.set(false));
        return true;
    }

    /**
     * Declares a conflict of interest of the selected person with the unit chosen, as {@code coi add}
     * does: their grades of it leave every average and their assignment to it goes (audited). From the
     * person's side, where the chair learns of it, instead of only from a cell of the completeness matrix.
     */
    public boolean declareConflict() {
        Session s = app.session();
        RosterRow row = selected.get();
        String unit = coiUnit.get();
        if (s == null || row == null || unit == null || !canDeclare.get()) {
            return false;
        }
        String roundId = s.round().id();
        String note = coiNote.get() == null || coiNote.get().isBlank() ? null : coiNote.get().strip();
        String actor = actor();
        working.set(true);
        message.set("");
        tasks.run(() -> s.services().coi().add(roundId, row.evaluatorId(), unit, note, actor), added -> {
            working.set(false);
            coiUnit.set(null);
            coiNote.set("");
            message.set(app.messages().format(added ? "roster.coi.declared" : "roster.coi.already", row.name(), unit));
            refresh();
            changed.run();
        }, failure -> working.set(false));
        return true;
    }

    /** The round's unit codes. */
    public ObservableList<String> units() {
        return units;
    }

    /** The unit of the conflict of interest to declare for the selected person. */
    public ObjectProperty<String> coiUnitProperty() {
        return coiUnit;
    }

    /** Why (optional), recorded with the conflict of interest. */
    public StringProperty coiNoteProperty() {
        return coiNote;
    }

    public BooleanBinding canDeclareProperty() {
        return canDeclare;
    }

    private String actor() {
        Evaluator me = app.evaluator();
        return me == null ? "desktop" : me.name();
    }

    public ObservableList<RosterRow> rows() {
        return rows;
    }

    public ObservableList<Person> people() {
        return people;
    }

    public ObjectProperty<RosterRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Person> personProperty() {
        return person;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newAffiliationProperty() {
        return newAffiliation;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty emailProperty() {
        return email;
    }

    /** What the last change did, in a sentence; empty before. */
    public StringProperty messageProperty() {
        return message;
    }

    /** "Roster of <round>". */
    public StringProperty roundNameProperty() {
        return roundName;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public BooleanBinding canRemoveProperty() {
        return canRemove;
    }
}
