package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.clustereval.domain.Language;
import jp.clustereval.ui.common.Messages;

/** Both UI bundles are complete, and every text the views and code ask for exists. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndJapaneseHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_ja.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyUsedInViewsAndCodeExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Pattern fxml = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        Pattern code = Pattern.compile(
                "\"((?:app|welcome|cluster|clusters|status|sheet|evidence|radar|liveRadar|about|menu|common|error|dialog|imports|exportScores|conflicts|completeness|keyList|results|weights|calibration|sensitivity|allocation|comments|reports)\\.[A-Za-z0-9_.]+)\"");
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("resources/fxml")),
                Files.walk(Path.of("src/main/java/jp/clustereval/ui")))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = (f.toString().endsWith(".fxml") ? fxml : code).matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 60, "found the keys: " + used.size());
        // "imports.change." + name: prefixes of keys made from enum values (ImportViewModelTest checks those)
        used.removeIf(k -> k.endsWith("."));
        used.removeAll(keys);
        assertEquals(Set.of(), used, "keys used but missing from the bundles");
    }

    @Test
    void theLanguageChosenWinsOverTheMachineLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertEquals("Clusters", Messages.of(Language.EN).get("clusters.title"));
            assertEquals("クラスター", Messages.of(Language.JA).get("clusters.title"));
            assertEquals("Graded 3/9", Messages.of(Language.EN).format("sheet.progress", 3, 9));
            assertEquals("評価者 2 名", Messages.of(Language.JA).format("radar.subtitle.evaluators", 2));
            assertEquals("1 evaluator", Messages.of(Language.EN).format("radar.subtitle.evaluators", 1));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
