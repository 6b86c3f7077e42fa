package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.roundpackage.RoundPackage;
import jp.clustereval.roundpackage.RoundPackageReader;
import jp.clustereval.roundpackage.RoundPackageWriter;
import jp.clustereval.ui.rounds.PackageWriteViewModel;

/** Round &gt; Hand out as round package: the chair of this machine writes the session's round, signed; nobody else can. */
class PackageWriteViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theChairOfThisMachineWritesTheRoundSignedWithTheirKey() throws Exception {
        try (VmFixture f = new VmFixture(dir.resolve("chair.db"), Language.EN)) {
            Evaluator me = f.createEvaluator("Sato Chair");
            String round = f.session.round().id();
            f.session.services().roster().add(round, me.id(), "chair", null, me.id());
            PackageWriteViewModel vm = f.viewModels(Duration.ZERO).packageWrite();
            assertEquals(round + ".ceround", vm.suggestedFileName());
            Path file = dir.resolve(vm.suggestedFileName());
            AtomicReference<PackageWriteViewModel.Written> written = new AtomicReference<>();

            vm.write(file, written::set);
            f.awaitIdle();

            assertEquals(java.util.List.of(), f.reported);
            assertNotNull(written.get());
            byte[] bytes = Files.readAllBytes(file);
            RoundPackage p = RoundPackageReader.parse(bytes); // the signature verifies
            assertEquals(round, p.roundId());
            assertEquals(me.id(), p.signer().id());
            assertEquals(RoundPackageWriter.sha256(bytes), written.get().sha256());
            String fingerprint = f.session.services().keys().ownFingerprint(me.id());
            assertEquals(fingerprint, written.get().keyFingerprint());
            assertTrue(vm.message(written.get()).contains(fingerprint), vm.message(written.get()));
        }
    }

    @Test
    void someoneWhoIsNotTheRoundsChairIsRefusedAndNothingIsWritten() throws Exception {
        try (VmFixture f = new VmFixture(dir.resolve("e.db"), Language.EN)) {
            f.createEvaluator("Yamada Hanako");
            PackageWriteViewModel vm = f.viewModels(Duration.ZERO).packageWrite();
            Path file = dir.resolve("x.ceround");
            AtomicReference<PackageWriteViewModel.Written> written = new AtomicReference<>();

            vm.write(file, written::set);
            f.awaitIdle();

            assertEquals(1, f.reported.size(), f.reported::toString);
            assertTrue(f.reported.get(0) instanceof UserFacingException u && u.key().equals("roundpackage.notChair"),
                    f.reported::toString);
            assertEquals(null, written.get());
            assertFalse(Files.exists(file));
        }
    }
}
