package jp.clustereval.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Japanese and English are both complete: every key of one bundle is in the other, none empty. */
class BundleCompletenessTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "errors", "charts", "reports"})
    void japaneseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties ja = load(bundle + "_ja.properties");
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(ja.stringPropertyNames());
        Set<String> onlyJa = new TreeSet<>(ja.stringPropertyNames());
        onlyJa.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), onlyEn, "keys missing from " + bundle + "_ja.properties");
        assertEquals(Set.of(), onlyJa, "keys missing from " + bundle + ".properties");
        for (Properties p : new Properties[] {en, ja}) {
            for (String key : p.stringPropertyNames()) {
                assertTrue(!p.getProperty(key).isBlank(), bundle + ": empty text for " + key);
            }
        }
        assertTrue(en.size() > 0);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("resources/i18n", name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
