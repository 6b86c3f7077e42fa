package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Language;
import jp.clustereval.ui.reports.ReportsViewModel;

/** Panel > Reports > every cluster's feedback, without the toolkit, over {@link PanelFixture} (SAP and SEN graded). */
class FeedbackReportsViewModelTest {

    @TempDir
    Path dir;
    private VmFixture f;
    private ReportsViewModel reports;

    @BeforeEach
    void setUp() {
        f = new VmFixture(dir.resolve("chair.db"), Language.EN);
        f.createEvaluator("Chair");
        PanelFixture.grade(f.session.services(), f.session.round());
        reports = f.viewModels(Duration.ofMillis(100)).main().panelResults().reports();
    }

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    @Test
    void everyGradedClusterGetsItsPdfInTheFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("feedback"));
        reports.languageProperty().set(Language.EN);
        reports.feedbackReports(folder);
        f.awaitIdle();
        assertEquals(folder, reports.writtenProperty().get());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.containsAll(List.of("SAP.pdf", "SEN.pdf")), names.toString());
            assertEquals(names.size(), reports.feedbackCount(), "the count the message tells");
        }
        try (PDDocument doc = Loader.loadPDF(folder.resolve("SEN.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Sendai Cyber Forest Cluster"));
        }
    }

    @Test
    void aFileInsteadOfAFolderWritesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        reports.feedbackReports(file);
        f.awaitIdle();
        assertEquals(null, reports.writtenProperty().get());
        assertFalse(reports.runningProperty().get());
        assertEquals("x", Files.readString(file));
        assertEquals(1, f.reported.size(), "the failure reaches the person: " + f.reported);
        assertTrue(f.reported.get(0).getMessage().contains("report.folder") || f.reported.get(0) instanceof jp.clustereval.common.UserFacingException,
                f.reported.toString());
    }
}
