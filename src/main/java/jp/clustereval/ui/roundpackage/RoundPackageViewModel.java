package jp.clustereval.ui.roundpackage;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

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
import jp.clustereval.roundpackage.RoundPackage;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.service.RoundPackageService;
import jp.clustereval.service.RoundPackageService.KeyState;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;

/**
 * File &gt; Open round package: what a package from the secretariat holds (round, kind, units, who
 * signed it with which key), who of its roster the user is, and, when the package is signed by
 * another key than the one pinned for its round, the new key's fingerprint confirmed and a reason.
 * Reading and opening run on the worker through {@link RoundPackageService}, which checks the whole
 * file; a refusal reaches the user through the dialog service and stores nothing. Once opened, the
 * desktop switches to the round with the chosen person as its evaluator.
 */
public final class RoundPackageViewModel {

    /** One person of the package's roster, as the list shows them (once, whatever their roles). */
    public record Person(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final AppState app;
    private final BackgroundTasks tasks;
    private final BiConsumer<Session, Evaluator> switchTo;
    private volatile RoundPackageService.Opened lastOpened;
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>(this, "person");
    private final ObjectProperty<RoundPackageService.Preview> preview = new SimpleObjectProperty<>(this, "preview");
    private final StringProperty round = new SimpleStringProperty(this, "round", "");
    private final StringProperty units = new SimpleStringProperty(this, "units", "");
    private final StringProperty signer = new SimpleStringProperty(this, "signer", "");
    private final StringProperty keyText = new SimpleStringProperty(this, "keyText", "");
    private final StringProperty typedFingerprint = new SimpleStringProperty(this, "typedFingerprint", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final BooleanProperty working = new SimpleBooleanProperty(this, "working");
    private final BooleanBinding keyChanged;
    private final BooleanBinding canOpen;
    private Path file;

    /** @param switchTo makes the opened round's session current with the chosen person as its evaluator (FX thread) */
    public RoundPackageViewModel(AppState app, BackgroundTasks tasks, BiConsumer<Session, Evaluator> switchTo) {
        this.app = app;
        this.tasks = tasks;
        this.switchTo = switchTo;
        keyChanged = Bindings.createBooleanBinding(
                () -> preview.get() != null && preview.get().keyState() == KeyState.DIFFERENT, preview);
        canOpen = Bindings.createBooleanBinding(() -> !working.get() && preview.get() != null && person.get() != null
                && app.session() != null && !app.session().readOnly()
                && (!keyChanged.get() || (fingerprintConfirmed() && !reason.get().isBlank())),
                working, preview, person, typedFingerprint, reason, keyChanged, app.sessionProperty());
    }

    /** True when the typed fingerprint is the package key's (blanks and case aside). */
    private boolean fingerprintConfirmed() {
        RoundPackageService.Preview p = preview.get();
        return p != null && !typedFingerprint.get().isBlank()
                && Ed25519.normalizeFingerprint(typedFingerprint.get()).equals(Ed25519.normalizeFingerprint(p.signerFingerprint()));
    }

    /**
     * Reads the package on the worker and shows it; then calls shown (FX thread). A package that
     * cannot be read or is refused reaches the dialog service and leaves the form empty.
     */
    public void load(Path packageFile, Runnable shown) {
        Session s = app.session();
        if (s == null) {
            return;
        }
        clear();
        working.set(true);
        tasks.run(() -> s.services().roundPackages().preview(packageFile), read -> {
            working.set(false);
            file = packageFile;
            show(read);
            shown.run();
        }, failure -> working.set(false));
    }

    private void clear() {
        file = null;
        preview.set(null);
        people.clear();
        person.set(null);
        typedFingerprint.set("");
        reason.set("");
        round.set("");
        units.set("");
        signer.set("");
        keyText.set("");
    }

    private void show(RoundPackageService.Preview p) {
        Messages m = app.messages();
        RoundPackage content = p.content();
        round.set(m.format("roundPackage.round", SafeText.line(content.roundId()),
                SafeText.line(content.name().in(app.language())), kindText(m, content.kind())));
        units.set(m.format("roundPackage.units", content.definition().units().size(),
                SafeText.line(String.join(", ", content.definition().units().stream().map(u -> u.code()).toList()))));
        signer.set(m.format("roundPackage.signer", SafeText.line(content.signer().name()), p.signerFingerprint()));
        keyText.set(switch (p.keyState()) {
            case NEW -> m.get("roundPackage.key.new");
            case PINNED -> m.get("roundPackage.key.pinned");
            case DIFFERENT -> m.format("roundPackage.key.different", p.pinnedFingerprint(),
                    SafeText.line(p.pinnedSignerName() == null ? "" : p.pinnedSignerName()), p.signerFingerprint());
        });
        List<Person> choices = content.roster().stream().map(RoundPackage.Member::id).distinct()
                .map(id -> content.roster().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow())
                .map(x -> new Person(x.id(), SafeText.line(x.affiliation().isBlank() ? x.name()
                        : m.format("roundPackage.person", x.name(), x.affiliation())))).toList();
        people.setAll(choices);
        preview.set(p);
        // the evaluator of this database, when the package's roster names them, is who they are again
        Evaluator local = app.evaluator();
        person.set(local == null ? null : choices.stream().filter(c -> c.id().equals(local.id())).findFirst().orElse(null));
    }

    private static String kindText(Messages m, jp.clustereval.domain.RoundKind kind) {
        return m.get(switch (kind) {
            case MID_TERM -> "roundPackage.kind.midTerm";
            case FINAL -> "roundPackage.kind.final";
            case OTHER -> "roundPackage.kind.other";
        });
    }

    /**
     * Opens the package as the chosen person (with the accepted key when it changed); on the worker
     * the round is stored and a session for it made, then the desktop switches to it and done runs
     * (FX thread). False when the form is not complete.
     */
    public boolean open(Runnable done) {
        Session s = app.session();
        if (s == null || !canOpen.get()) {
            return false;
        }
        Path packageFile = file;
        String as = person.get().id();
        RoundPackageService.KeyAcceptance acceptance = keyChanged.get()
                ? new RoundPackageService.KeyAcceptance(typedFingerprint.get(), reason.get().strip()) : null;
        String actor = app.evaluator() == null ? "desktop" : app.evaluator().name();
        working.set(true);
        tasks.run(() -> {
            RoundPackageService.Opened opened = s.services().roundPackages().open(packageFile, as, acceptance, actor);
            return new Switch(s.onRound(opened.roundId()), opened.localEvaluator(), opened);
        }, sw -> {
            working.set(false);
            lastOpened = sw.opened();
            switchTo.accept(sw.session(), sw.evaluator());
            done.run();
        }, failure -> working.set(false));
        return true;
    }

    private record Switch(Session session, Evaluator evaluator, RoundPackageService.Opened opened) {
    }

    /**
     * What the last opening did, for the notice after it: the round made or updated, who the user
     * now is and how many units they grade. Empty before a package was opened.
     */
    public String openedText() {
        RoundPackageService.Opened o = lastOpened;
        if (o == null) {
            return "";
        }
        return app.messages().format(o.created() ? "roundPackage.opened.made" : "roundPackage.opened.updated",
                SafeText.line(o.roundId()), SafeText.line(o.localEvaluator().name()), o.assignedToLocal());
    }

    public ObservableList<Person> people() {
        return people;
    }

    /** Who of the package's roster the user is. */
    public ObjectProperty<Person> personProperty() {
        return person;
    }

    /** The package read; null before (or after a refusal). */
    public ObjectProperty<RoundPackageService.Preview> previewProperty() {
        return preview;
    }

    /** "id — name (kind)". */
    public StringProperty roundProperty() {
        return round;
    }

    public StringProperty unitsProperty() {
        return units;
    }

    /** The signer's name and key fingerprint. */
    public StringProperty signerProperty() {
        return signer;
    }

    /** What opening does with the key: pins it, finds it pinned, or finds another pinned (both fingerprints). */
    public StringProperty keyTextProperty() {
        return keyText;
    }

    /** The new key's fingerprint as the user typed it from the secretariat's word. */
    public StringProperty typedFingerprintProperty() {
        return typedFingerprint;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    /** True when the package is signed by another key than the one pinned for its round. */
    public BooleanBinding keyChangedProperty() {
        return keyChanged;
    }

    public BooleanBinding canOpenProperty() {
        return canOpen;
    }
}
