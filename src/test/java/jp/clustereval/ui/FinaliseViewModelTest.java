package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.ui.finalise.FinaliseViewModel;
import jp.clustereval.ui.rounds.RoundTitle;

/**
 * Panel &gt; Finalise round…, Reopen round… and Reports &gt; Decision record…, without the toolkit:
 * the chairs offered, the round finalised in the chosen chair's name (and the title's mark), a blank
 * reason refused with its message, the record written, the round reopened.
 */
class FinaliseViewModelTest {

    @TempDir
    Path dir;
    private VmFixture f;
    private FinaliseViewModel vm;
    private Evaluator chair;

    @BeforeEach
    void setUp() {
        f = new VmFixture(dir.resolve("chair.db"), Language.EN);
        chair = f.createEvaluator("Chair");
        String round = f.session.round().id();
        f.session.services().roster().add(round, chair.id(), "chair", null, "test");
        PanelFixture.grade(f.session.services(), f.session.round());
        vm = f.viewModels(Duration.ofMillis(100)).finalise();
        f.awaitIdle();
    }

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    @Test
    void aChairFinalisesTheRoundTheRecordIsWrittenAndTheRoundReopened() throws Exception {
        assertNull(vm.finalisedProperty().get(), "open");
        List<Evaluator> chairs = new ArrayList<>();
        vm.loadChairs(chairs::addAll);
        f.awaitIdle();
        assertEquals(List.of(chair.id()), chairs.stream().map(Evaluator::id).toList());

        vm.finalise(chair.id());
        f.awaitIdle();
        assertNotNull(vm.finalisedProperty().get());
        assertEquals("Chair", vm.finalisedProperty().get().chairName());
        String round = f.session.round().id();
        assertTrue(RoundTitle.of(f.session.round(), Language.EN, "[final]").endsWith("(" + round + ") [final]"));
        assertEquals("round.final", ((UserFacingException) org.junit.jupiter.api.Assertions.assertThrows(UserFacingException.class,
                () -> f.session.services().weights().set(round, java.util.Map.of("A", 40.0, "B", 15.0, "C", 15.0, "D", 10.0, "E", 20.0), java.util.Map.of(), "test"))).key());

        Path pdf = dir.resolve("decision.pdf");
        vm.decisionRecord(pdf, Language.EN);
        f.awaitIdle();
        assertEquals(pdf, vm.writtenProperty().get());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getDocumentInformation().getTitle().startsWith("Decision record: "));
        }
        Path json = dir.resolve("decision.json");
        vm.decisionRecord(json, Language.EN);
        f.awaitIdle();
        assertEquals(chair.id(), f.session.services().decisions().verify(json).signerId());

        vm.reopen(" ");
        f.awaitIdle();
        assertEquals(1, f.reported.size(), f.reported::toString);
        assertEquals("finalise.reason", ((UserFacingException) f.reported.get(0)).key());
        assertNotNull(vm.finalisedProperty().get(), "still final");
        vm.reopen("a late file");
        f.awaitIdle();
        assertNull(vm.finalisedProperty().get());
        assertTrue(f.session.services().finalisation().state(round).isEmpty());
        assertTrue(Files.size(pdf) > 0);
    }
}
