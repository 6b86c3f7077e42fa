package jp.clustereval.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundles against the code, in the manner of JabRef's LocalizationConsistencyTest: no key defined
 * twice, no key that nothing uses, every key the code uses defined in Japanese and English, and the
 * same MessageFormat arguments in both languages with texts that format as written.
 */
class BundleConsistencyTest {

    private static final Path ROOT = Path.of("");
    private static final List<String> BUNDLES = List.of("messages", "errors", "charts", "reports");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern SIMPLE_ARGUMENT = Pattern.compile("\\{(\\d+)\\}");

    private static final Map<String, BundleFile> FILES = new LinkedHashMap<>();
    private static KeyUsage usage;
    private static List<DynamicKeys.Family> families;

    @BeforeAll
    static void read() throws IOException {
        for (String bundle : BUNDLES) {
            for (String file : List.of(bundle + ".properties", bundle + "_ja.properties")) {
                FILES.put(file, BundleFile.read(ROOT.resolve("resources/i18n").resolve(file)));
            }
        }
        usage = KeyUsage.scan(ROOT);
        families = DynamicKeys.all(ROOT);
    }

    // 1. each key once -------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_ja.properties", "errors.properties", "errors_ja.properties",
            "charts.properties", "charts_ja.properties", "reports.properties", "reports_ja.properties"})
    void noKeyIsDefinedTwice(String file) {
        assertEquals(Map.of(), FILES.get(file).duplicates(),
                file + ": keys defined more than once (key=[lines]); only the last definition is ever shown");
    }

    @Test
    void aDuplicateHiddenByPropertiesIsFound() throws IOException {
        String text = "# a comment=not a key\nstatus.readOnly={0} (read-only)\nother = x \\\n  continued\nstatus.readOnly=READ-ONLY\n";
        Properties p = new Properties();
        p.load(new StringReader(text));
        assertEquals(2, p.size(), "Properties shows each key once");
        BundleFile f = BundleFile.parse("sample.properties", text);
        assertEquals(Map.of("status.readOnly", List.of(2, 5)), f.duplicates());
        assertEquals("x continued", f.texts().get("other"));
        assertEquals("READ-ONLY", f.texts().get("status.readOnly"), "the last definition wins, as in a ResourceBundle");
    }

    // 2. no unused key ---------------------------------------------------------------------------

    /**
     * Used: named by a string literal of the product's code (wherever it is handed on to), by an FXML
     * {@code %key} (messages), or built from a {@link DynamicKeys} family of this bundle.
     */
    @ParameterizedTest
    @ValueSource(strings = {"messages", "errors", "charts", "reports"})
    void everyKeyIsUsed(String bundle) {
        Set<String> used = new TreeSet<>(usage.literals());
        if (bundle.equals("messages")) {
            used.addAll(usage.typedUses("messages")); // FXML %key
        }
        families.stream().filter(f -> f.bundle().equals(bundle)).forEach(f -> used.addAll(f.keys()));
        Set<String> unused = keys(bundle);
        unused.removeAll(used);
        assertEquals(Set.of(), unused, bundle + ": keys that no code, view or DynamicKeys family uses");
    }

    @Test
    void everyFamilyIsStillBuiltByTheCode() {
        List<String> stale = families.stream().map(DynamicKeys.Family::prefix)
                .filter(prefix -> !usage.literals().contains(prefix)).toList();
        assertEquals(List.of(), stale, "DynamicKeys prefixes no code builds keys from any more: they would hide unused keys");
    }

    // 3. every used key in both languages ------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"messages", "errors", "charts", "reports"})
    void everyKeyLookedUpInABundleIsInBothLanguages(String bundle) {
        assertFalse(usage.typedUses(bundle).isEmpty(), "the scan finds the lookups in " + bundle);
        Set<String> missing = new TreeSet<>();
        for (String key : usage.typedUses(bundle)) {
            for (String file : List.of(bundle + ".properties", bundle + "_ja.properties")) {
                if (!FILES.get(file).texts().containsKey(key)) {
                    missing.add(file + ": " + key);
                }
            }
        }
        assertEquals(Set.of(), missing, "keys the code looks up in " + bundle + " but a language lacks");
    }

    @Test
    void theScanFilesEachLookupUnderItsBundleAndSkipsComments() {
        JavaSource failing = JavaSource.of("A.java", """
                class StoreProblem extends UserFacingException {
                    StoreProblem() { super("store.problem"); }
                }
                class A {
                    // m.get("in.comment")
                    void f(Messages m) {
                        throw new StoreProblem(e, "store.gone", m.get("status." + s.name()));
                        label.setText(m.format("status.saved", when));
                        new jp.clustereval.common.UserFacingException("sheet.readOnly");
                    }
                }
                """);
        KeyUsage scanned = KeyUsage.of(List.of(failing), List.of("<Label text=\"%status.readOnly\"/>"));
        assertEquals(Set.of("store.problem", "store.gone", "sheet.readOnly"), scanned.typedUses("errors"));
        assertEquals(Set.of("status.saved", "status.readOnly"), scanned.typedUses("messages"));
        assertEquals(Set.of("store.problem", "store.gone", "status.", "status.saved", "sheet.readOnly"), scanned.literals());
    }

    @Test
    void everyKeyNamedInTheCodeIsInBothLanguagesOfABundle() {
        Set<String> areas = new TreeSet<>();
        FILES.values().forEach(f -> f.texts().keySet().forEach(k -> areas.add(k.substring(0, k.indexOf('.') + 1))));
        Set<String> prefixes = new TreeSet<>();
        families.forEach(f -> prefixes.add(f.prefix()));
        List<String> problems = new ArrayList<>();
        for (String literal : usage.literals()) {
            if (DynamicKeys.NOT_KEYS.contains(literal) || areas.stream().noneMatch(literal::startsWith)) {
                continue;
            }
            if (literal.endsWith(".")) {
                if (!prefixes.contains(literal)) {
                    problems.add(literal + " builds keys but is no DynamicKeys family (" + usage.whereIs(literal) + ")");
                }
            } else if (BUNDLES.stream().noneMatch(b -> inBothLanguages(b, literal))) {
                problems.add(literal + " is in no bundle in both languages (" + usage.whereIs(literal) + ")");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyBuiltKeyIsInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (DynamicKeys.Family f : families) {
            assertFalse(f.completions().isEmpty(), f.prefix() + " has no values");
            f.keys().stream().filter(k -> !inBothLanguages(f.bundle(), k))
                    .forEach(k -> missing.add(f.bundle() + ": " + k + " (built by " + f.builtBy() + ")"));
        }
        assertEquals(List.of(), missing);
    }

    // 4. the same arguments, texts that format as written -----------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"messages", "errors", "charts", "reports"})
    void bothLanguagesTakeTheSameArguments(String bundle) {
        Map<String, String> en = FILES.get(bundle + ".properties").texts();
        Map<String, String> ja = FILES.get(bundle + "_ja.properties").texts();
        List<String> differ = new ArrayList<>();
        for (String key : en.keySet()) {
            if (ja.containsKey(key) && !arguments(en.get(key)).equals(arguments(ja.get(key)))) {
                differ.add(key + ": " + arguments(en.get(key)) + " in English, " + arguments(ja.get(key)) + " in Japanese");
            }
        }
        assertEquals(List.of(), differ, bundle);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_ja.properties", "errors.properties", "errors_ja.properties",
            "charts.properties", "charts_ja.properties", "reports.properties", "reports_ja.properties"})
    void everyTextFormatsAsWritten(String file) {
        boolean escaped = !file.startsWith("charts");
        List<String> problems = new ArrayList<>();
        FILES.get(file).texts().forEach((key, text) -> {
            String problem = formatProblem(text, escaped);
            if (problem != null) {
                problems.add(key + ": " + problem);
            }
        });
        assertEquals(List.of(), problems, file);
    }

    @Test
    void theFormatCheckSeesWhatAnApostropheSwallows() {
        assertTrue(formatProblem("Can't open {0}", false).contains("shows as"), "MessageFormat quotes from the apostrophe on");
        assertEquals(null, formatProblem("Can't open {0}", true));
        assertTrue(formatProblem("Can''t open {0}", true).contains("''"));
        assertTrue(formatProblem("Open {0", true).contains("not a MessageFormat"));
        assertEquals(null, formatProblem("n = {0,choice,0#none|1#one|1<{0} of them}", false));
    }

    /**
     * Why a text would not show as written, or null. Messages, UserFacingException and ReportText
     * double every apostrophe before MessageFormat sees the text ({@code escaped}); PanelCharts and
     * RadarCharts hand it to MessageFormat as it is, where an apostrophe starts a quote.
     */
    private static String formatProblem(String text, boolean escaped) {
        if (escaped && text.contains("''")) {
            return "'' shows as two apostrophes (the formatters escape every apostrophe)";
        }
        MessageFormat format;
        try {
            format = new MessageFormat(escaped ? text.replace("'", "''") : text, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "not a MessageFormat pattern: " + e.getMessage();
        }
        if (ARGUMENT.matcher(text.replaceAll("\\{\\d+\\}", "")).find()) {
            return null; // a choice or number format: it parses; its output is not the text itself
        }
        Object[] args = new Object[arguments(text).stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        for (int i = 0; i < args.length; i++) {
            args[i] = "<" + i + ">";
        }
        String expected = SIMPLE_ARGUMENT.matcher(text).replaceAll("<$1>");
        String shown = format.format(args);
        return shown.equals(expected) ? null : "shows as \"" + shown + "\"";
    }

    private static Set<Integer> arguments(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static Set<String> keys(String bundle) {
        Set<String> keys = new TreeSet<>(FILES.get(bundle + ".properties").texts().keySet());
        keys.addAll(FILES.get(bundle + "_ja.properties").texts().keySet());
        return keys;
    }

    private static boolean inBothLanguages(String bundle, String key) {
        return FILES.get(bundle + ".properties").texts().containsKey(key)
                && FILES.get(bundle + "_ja.properties").texts().containsKey(key);
    }
}
