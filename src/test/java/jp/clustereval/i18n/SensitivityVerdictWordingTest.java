package jp.clustereval.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sensitivity verdict is one word per language wherever a person reads it (issue 14): the
 * desktop said 頑健 where the PDF and the workbook said 安定 for the same verdict.
 */
class SensitivityVerdictWordingTest {

    private static final Path I18N = Path.of("resources/i18n");

    private static Properties read(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(I18N.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_ja"})
    void theDesktopAndTheReportsNameTheVerdictAlike(String suffix) throws IOException {
        Properties messages = read("messages" + suffix + ".properties");
        Properties reports = read("reports" + suffix + ".properties");
        assertEquals(reports.getProperty("report.robust"), messages.getProperty("sensitivity.robust"));
        assertEquals(reports.getProperty("report.fragile"), messages.getProperty("sensitivity.fragile"));
        String robust = messages.getProperty("sensitivity.robust");
        // the summary and the hint name the verdict with the same word
        assertTrue(messages.getProperty("sensitivity.summary").contains(robust), messages.getProperty("sensitivity.summary"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_ja.properties", "reports_ja.properties", "charts_ja.properties", "errors_ja.properties"})
    void noJapaneseTextSaysTheOtherWord(String file) throws IOException {
        read(file).forEach((k, v) -> assertFalse(((String) v).contains("頑健"), k + " says 頑健; the verdict is 安定"));
    }
}
