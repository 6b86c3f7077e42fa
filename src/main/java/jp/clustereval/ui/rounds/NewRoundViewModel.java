package jp.clustereval.ui.rounds;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.common.SafeText;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.RoundDefinition;
import jp.clustereval.domain.RoundKind;
import jp.clustereval.service.RoundSetupService;
import jp.clustereval.service.RoundSetupService.NewRound;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;

/**
 * File &gt; New round: a round made as a copy of another, from a definition file, or from the seeded
 * definition, optionally with units from a CSV, and its cohort checked in the list of its units.
 * The service checks it whole; a refusal reaches the user with its message and stores nothing.
 */
public final class NewRoundViewModel {

    /** Where the new round's grading definition comes from. */
    public enum Source { COPY, FILE, SEEDED }

    private final AppState app;
    private final BackgroundTasks tasks;
    private final StringProperty id = new SimpleStringProperty(this, "id", "");
    private final StringProperty nameJa = new SimpleStringProperty(this, "nameJa", "");
    private final StringProperty nameEn = new SimpleStringProperty(this, "nameEn", "");
    private final ObjectProperty<RoundKind> kind = new SimpleObjectProperty<>(this, "kind", RoundKind.MID_TERM);
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.COPY);
    private final ObjectProperty<RoundRow> copyFrom = new SimpleObjectProperty<>(this, "copyFrom");
    private final ObjectProperty<Path> definitionFile = new SimpleObjectProperty<>(this, "definitionFile");
    private final ObjectProperty<Path> unitsFile = new SimpleObjectProperty<>(this, "unitsFile");
    private final ObservableList<RoundRow> rounds = FXCollections.observableArrayList();
    private final ObservableList<UnitChoice> units = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObjectProperty<RoundDefinition> created = new SimpleObjectProperty<>(this, "created");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    /** The definition read from the file chosen (the file is read once, when chosen). */
    private RoundDefinition fromFile;
    /** The units read from the CSV chosen; null: the source's. */
    private List<Cluster> unitsFromFile;

    public NewRoundViewModel(AppState app, BackgroundTasks tasks) {
        this.app = app;
        this.tasks = tasks;
        source.addListener((obs, o, n) -> readUnits());
        copyFrom.addListener((obs, o, n) -> readUnits());
    }

    /** A new form: the rounds to copy (the current one chosen), nothing typed, no file. */
    public void reset() {
        id.set("");
        nameJa.set("");
        nameEn.set("");
        kind.set(RoundKind.MID_TERM);
        definitionFile.set(null);
        unitsFile.set(null);
        fromFile = null;
        unitsFromFile = null;
        message.set("");
        created.set(null);
        source.set(Source.COPY);
        Session s = app.session();
        if (s == null) {
            return;
        }
        Messages m = app.messages();
        tasks.run(() -> SwitchRoundViewModel.rowsOf(s.services().roundSetup().list(), m), fresh -> {
            rounds.setAll(fresh);
            copyFrom.set(fresh.stream().filter(RoundRow::current).findFirst().orElse(fresh.isEmpty() ? null : fresh.get(0)));
            readUnits();
        });
    }

    /** Reads the definition file chosen (refused whole, with its message, when it is not a valid one). */
    public void chooseDefinitionFile(Path file) {
        Session s = app.session();
        if (s == null || file == null) {
            return;
        }
        message.set("");
        tasks.run(() -> s.services().roundSetup().readDefinition(file), definition -> {
            fromFile = definition;
            definitionFile.set(file);
            source.set(Source.FILE);
            readUnits();
        }, failure -> {
            fromFile = null;
            definitionFile.set(null);
            readUnits();
        });
    }

    /** Reads the units CSV chosen; null goes back to the source's units. */
    public void chooseUnitsFile(Path file) {
        Session s = app.session();
        if (s == null) {
            return;
        }
        message.set("");
        if (file == null) {
            unitsFromFile = null;
            unitsFile.set(null);
            readUnits();
            return;
        }
        tasks.run(() -> s.services().roundSetup().readUnits(file), read -> {
            unitsFromFile = read;
            unitsFile.set(file);
            readUnits();
        }, failure -> {
            unitsFromFile = null;
            unitsFile.set(null);
            readUnits();
        });
    }

    /**
     * Fills the cohort list with the units the new round will have (the CSV's, else the source's);
     * checked: the source's cohort as far as its units remain, else every unit (as the service does).
     */
    private void readUnits() {
        Session s = app.session();
        if (s == null) {
            return;
        }
        Source from = source.get();
        RoundRow copy = copyFrom.get();
        RoundDefinition file = fromFile;
        List<Cluster> csv = unitsFromFile;
        Language language = app.language();
        tasks.run(() -> {
            RoundDefinition base = base(s.services().roundSetup(), from, copy, file);
            List<Cluster> of = csv != null ? csv : base == null ? List.of() : base.units();
            Set<String> cohort = base == null ? Set.of() : base.round().cohort();
            boolean anyKept = of.stream().anyMatch(u -> cohort.contains(u.code()));
            return of.stream().map(u -> new UnitChoice(u.code(), SafeText.line(u.code() + "  " + u.name().in(language)),
                    anyKept ? cohort.contains(u.code()) : true)).toList();
        }, units::setAll);
    }

    private static RoundDefinition base(RoundSetupService setup, Source from, RoundRow copy, RoundDefinition file) {
        return switch (from) {
            case COPY -> copy == null ? null : setup.definition(copy.id());
            case FILE -> file;
            case SEEDED -> setup.seededDefinition();
        };
    }

    /**
     * Makes the round. What can be told before the database is asked (no source chosen) is said
     * here; the service's refusals reach the user through the dialog with their message.
     */
    public boolean create() {
        Session s = app.session();
        if (s == null || busy.get()) {
            return false;
        }
        if (s.readOnly()) {
            message.set(app.messages().get("rounds.new.readOnly"));
            return false;
        }
        Source from = source.get();
        if (from == Source.COPY && copyFrom.get() == null || from == Source.FILE && fromFile == null) {
            message.set(app.messages().get(from == Source.COPY ? "rounds.new.chooseRound" : "rounds.new.chooseFile"));
            return false;
        }
        message.set("");
        List<String> cohort = units.stream().filter(UnitChoice::inCohort).map(UnitChoice::code).toList();
        String copyId = from == Source.COPY ? copyFrom.get().id() : null;
        RoundDefinition file = fromFile;
        List<Cluster> csv = unitsFromFile;
        String newId = id.get().strip();
        LocalizedText name = new LocalizedText(nameJa.get().strip(), nameEn.get().strip());
        RoundKind newKind = kind.get();
        String actor = app.evaluator() == null ? "desktop" : app.evaluator().name();
        busy.set(true);
        tasks.run(() -> {
            RoundSetupService setup = s.services().roundSetup();
            RoundDefinition definition = switch (from) {
                case COPY -> null;
                case FILE -> file;
                case SEEDED -> setup.seededDefinition();
            };
            return setup.create(new NewRound(newId, name, newKind, copyId, definition, csv, cohort), actor);
        }, made -> {
            busy.set(false);
            message.set(app.messages().format("rounds.new.created", made.id()));
            created.set(made);
        }, failure -> busy.set(false));
        return true;
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty nameJaProperty() {
        return nameJa;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public ObjectProperty<RoundKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ObjectProperty<RoundRow> copyFromProperty() {
        return copyFrom;
    }

    public ObjectProperty<Path> definitionFileProperty() {
        return definitionFile;
    }

    public ObjectProperty<Path> unitsFileProperty() {
        return unitsFile;
    }

    /** The rounds a new one can be copied from. */
    public ObservableList<RoundRow> rounds() {
        return rounds;
    }

    /** The new round's units; checked: in its cohort. */
    public ObservableList<UnitChoice> units() {
        return units;
    }

    /** What the form says (what is missing, or that the round was made). */
    public StringProperty messageProperty() {
        return message;
    }

    /** The round just made (the window then offers to switch to it). */
    public ObjectProperty<RoundDefinition> createdProperty() {
        return created;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
