package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.clustereval.domain.Language;

/**
 * When the desktop starts again so that GTK's file chooser speaks the application's language: the
 * rules of gettext (LC_ALL, LC_MESSAGES, LANG; LANGUAGE only under a locale other than C).
 */
class ToolkitLanguageTest {

    private static Optional<Map<String, String>> changes(Language language, Map<String, String> env) {
        return ToolkitLanguage.changes(language, env, "Linux");
    }

    @Test
    void japaneseUnderAnEnglishOrPlainEnvironmentStartsAgainWithJapaneseMessages() {
        assertEquals(Optional.of(Map.of("LANGUAGE", "ja", "CLUSTEREVAL_TOOLKIT_LANGUAGE", "ja")),
                changes(Language.JA, Map.of("LANG", "en_US.UTF-8")));
        // no locale at all is C, where gettext ignores LANGUAGE: the messages locale becomes C.UTF-8
        assertEquals(Optional.of(Map.of("LANGUAGE", "ja", "LC_MESSAGES", "C.UTF-8", "CLUSTEREVAL_TOOLKIT_LANGUAGE", "ja")),
                changes(Language.JA, Map.of()));
        assertEquals(Optional.of(Map.of("LANGUAGE", "ja", "LC_ALL", "C.UTF-8", "CLUSTEREVAL_TOOLKIT_LANGUAGE", "ja")),
                changes(Language.JA, Map.of("LC_ALL", "C", "LANG", "ja_JP.UTF-8")));
        // under C.UTF-8 LANGUAGE is read: only it is set
        assertEquals(Optional.of(Map.of("LANGUAGE", "ja", "CLUSTEREVAL_TOOLKIT_LANGUAGE", "ja")),
                changes(Language.JA, Map.of("LANG", "C.UTF-8")));
        // LANGUAGE decides under a real locale
        assertTrue(changes(Language.JA, Map.of("LANG", "ja_JP.UTF-8", "LANGUAGE", "en:ja")).isPresent());
    }

    @Test
    void anEnvironmentThatAlreadySpeaksTheLanguageStartsOnce() {
        assertEquals(Optional.empty(), changes(Language.JA, Map.of("LANG", "ja_JP.UTF-8")));
        assertEquals(Optional.empty(), changes(Language.JA, Map.of("LANG", "C.UTF-8", "LANGUAGE", "ja:en")));
        assertEquals(Optional.empty(), changes(Language.EN, Map.of()));
        assertEquals(Optional.empty(), changes(Language.EN, Map.of("LANG", "en_GB.UTF-8")));
        // C.UTF-8 (Debian's default in containers and CI) speaks GTK's own words: English
        assertEquals(Optional.empty(), changes(Language.EN, Map.of("LANG", "C.UTF-8")));
        // restarted once already: never again, whatever the environment says
        assertEquals(Optional.empty(), changes(Language.JA, Map.of("CLUSTEREVAL_TOOLKIT_LANGUAGE", "ja")));
        // Windows and macOS: their choosers follow the system
        assertEquals(Optional.empty(), ToolkitLanguage.changes(Language.JA, Map.of(), "Windows 11"));
    }

    @Test
    void englishUnderAJapaneseEnvironmentStartsAgainWithEnglishMessages() {
        assertEquals(Optional.of(Map.of("LANGUAGE", "en", "CLUSTEREVAL_TOOLKIT_LANGUAGE", "en")),
                changes(Language.EN, Map.of("LANG", "ja_JP.UTF-8")));
    }
}
