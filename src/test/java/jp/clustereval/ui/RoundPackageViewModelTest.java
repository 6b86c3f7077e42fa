package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Language;
import jp.clustereval.service.DbSnapshot;
import jp.clustereval.service.RoundPackageFixture;
import jp.clustereval.service.RoundPackageService;
import jp.clustereval.ui.common.Session;
import jp.clustereval.ui.roundpackage.RoundPackageViewModel;

/**
 * File &gt; Open round package without the toolkit, over real databases: the package's round and
 * roster shown, the person picked from the roster, a changed key accepted only with its fingerprint
 * and a reason, the desktop switched to the opened round, and a refused package storing nothing.
 */
class RoundPackageViewModelTest {

    private static final String ROUND = RoundPackageFixture.ROUND;

    @TempDir
    Path dir;

    private RoundPackageFixture secretariat;
    private VmFixture f;
    private RoundPackageViewModel vm;
    private final AtomicInteger shown = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();

    @BeforeEach
    void setUp() {
        secretariat = new RoundPackageFixture(dir);
        f = new VmFixture(dir.resolve("evaluator.db"), Language.EN);
        vm = new RoundPackageViewModel(f.app, f.tasks, (session, evaluator) -> {
            f.app.evaluatorProperty().set(null);
            f.app.sessionProperty().set(session);
            f.app.evaluatorProperty().set(evaluator);
        });
    }

    @AfterEach
    void tearDown() {
        f.close();
        secretariat.close();
    }

    private void load(Path file) {
        vm.load(file, shown::incrementAndGet);
        f.awaitIdle();
    }

    private void pick(String evaluatorId) {
        vm.personProperty().set(vm.people().stream().filter(p -> p.id().equals(evaluatorId)).findFirst().orElseThrow());
    }

    private void openAndWait() {
        assertTrue(vm.open(done::incrementAndGet), "the form is complete");
        f.awaitIdle();
    }

    @Test
    void thePackageIsShownAndOpenedAsThePersonPickedFromItsRoster() {
        Path file = secretariat.write("final.ceround");
        Session before = f.app.session();
        load(file);
        assertEquals(1, shown.get());
        assertEquals(List.of(), f.reported);
        assertTrue(vm.roundProperty().get().contains(ROUND) && vm.roundProperty().get().contains("Final evaluation FY2006")
                && vm.roundProperty().get().contains("final evaluation"), vm.roundProperty().get());
        assertTrue(vm.unitsProperty().get().startsWith("18 units"), vm.unitsProperty().get());
        assertTrue(vm.signerProperty().get().contains(secretariat.sato.name())
                && vm.signerProperty().get().contains(secretariat.chair.keys().ownFingerprint(secretariat.sato.id())),
                vm.signerProperty().get());
        assertEquals(RoundPackageService.KeyState.NEW, vm.previewProperty().get().keyState());
        assertEquals(java.util.Set.of(secretariat.sato.id(), secretariat.hanako.id(), secretariat.taro.id(),
                secretariat.jiro.id()), vm.people().stream().map(RoundPackageViewModel.Person::id)
                .collect(java.util.stream.Collectors.toSet()), "everyone of the roster");
        assertEquals(4, vm.people().size());
        assertNull(vm.personProperty().get(), "a fresh database has no evaluator to preselect");
        assertFalse(vm.canOpenProperty().get(), "nobody picked yet");
        assertFalse(vm.open(done::incrementAndGet));

        pick(secretariat.hanako.id());
        assertTrue(vm.canOpenProperty().get());
        openAndWait();
        assertEquals(List.of(), f.reported);
        assertEquals(1, done.get());
        Session now = f.app.session();
        assertEquals(ROUND, now.round().id(), "the desktop is on the opened round");
        assertEquals(before.services(), now.services(), "the same database, still held by this desktop");
        assertEquals(secretariat.hanako.id(), f.app.evaluator().id(), "the person picked is the local evaluator");
        assertEquals(secretariat.hanako.id(), now.services().evaluators().local().orElseThrow().id());
        assertEquals(secretariat.chair.assignments().ofRound(ROUND), now.services().assignments().ofRound(ROUND));
        assertEquals("The round " + ROUND + " was made from the package. You are " + secretariat.hanako.name()
                + "; 2 units are assigned to you.", vm.openedText(), "the notice after opening");

        // the same package again: the local evaluator, on its roster, is preselected; the key is the pinned one
        load(file);
        assertEquals(secretariat.hanako.id(), vm.personProperty().get().id());
        assertEquals(RoundPackageService.KeyState.PINNED, vm.previewProperty().get().keyState());
        assertFalse(vm.keyChangedProperty().get());
        assertTrue(vm.canOpenProperty().get());
        openAndWait();
        assertEquals("The round " + ROUND + " was updated from the package; your grades stay as they were. You are "
                + secretariat.hanako.name() + "; 2 units are assigned to you.", vm.openedText());
    }

    @Test
    void aPackageSignedByAnotherKeyOpensOnlyWithThatKeysFingerprintAndAReason() {
        Path first = secretariat.write("first.ceround");
        secretariat.reopenWithKeys("other-keys");
        Path second = secretariat.write("second.ceround");
        String newKey = secretariat.chair.keys().ownFingerprint(secretariat.sato.id());
        load(first);
        pick(secretariat.hanako.id());
        openAndWait();

        load(second);
        assertEquals(List.of(), f.reported);
        assertTrue(vm.keyChangedProperty().get());
        RoundPackageService.Preview p = vm.previewProperty().get();
        assertTrue(vm.keyTextProperty().get().contains(p.pinnedFingerprint()) && vm.keyTextProperty().get().contains(newKey),
                "both fingerprints shown: " + vm.keyTextProperty().get());
        assertEquals(secretariat.hanako.id(), vm.personProperty().get().id());
        assertFalse(vm.canOpenProperty().get(), "neither fingerprint nor reason yet");
        vm.reasonProperty().set("new secretariat laptop");
        assertFalse(vm.canOpenProperty().get(), "a reason without the fingerprint");
        vm.typedFingerprintProperty().set("00" + newKey.substring(2));
        assertFalse(vm.canOpenProperty().get(), "a wrong fingerprint");
        vm.typedFingerprintProperty().set(newKey.replace(" ", "").toUpperCase(java.util.Locale.ROOT));
        vm.reasonProperty().set("   ");
        assertFalse(vm.canOpenProperty().get(), "a blank reason");
        vm.reasonProperty().set("new secretariat laptop");
        assertTrue(vm.canOpenProperty().get());
        openAndWait();
        assertEquals(List.of(), f.reported);
        assertEquals(2, done.get());
        load(second);
        assertEquals(RoundPackageService.KeyState.PINNED, vm.previewProperty().get().keyState(), "the new key is pinned now");
    }

    @Test
    void aTamperedPackageIsRefusedAndNothingIsStored() throws Exception {
        String before = DbSnapshot.of(f.session.services().database());
        load(Path.of("src/test/resources/ceround-corpus/11-tampered-roster.ceround"));
        assertEquals(1, f.reported.size());
        assertTrue(f.reported.get(0) instanceof UserFacingException, String.valueOf(f.reported.get(0)));
        assertEquals(0, shown.get(), "no window for a refused package");
        assertNull(vm.previewProperty().get());
        assertTrue(vm.people().isEmpty());
        assertFalse(vm.canOpenProperty().get());
        assertEquals(before, DbSnapshot.of(f.session.services().database()));

        // read whole, then changed on disk before Open: opening checks the file again and refuses it
        Path file = secretariat.write("final.ceround");
        load(file);
        pick(secretariat.hanako.id());
        Session session = f.app.session();
        byte[] tampered = Files.readAllBytes(Path.of("src/test/resources/ceround-corpus/11-tampered-roster.ceround"));
        Files.write(file, tampered);
        openAndWait();
        assertEquals(2, f.reported.size(), String.valueOf(f.reported));
        assertTrue(f.reported.get(1) instanceof UserFacingException, String.valueOf(f.reported.get(1)));
        assertEquals(0, done.get());
        assertFalse(vm.workingProperty().get());
        assertEquals(session, f.app.session(), "the desktop stays where it was");
        assertNull(f.app.evaluator());
        assertEquals(before, DbSnapshot.of(f.session.services().database()));
    }
}
