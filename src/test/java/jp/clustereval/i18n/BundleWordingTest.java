package jp.clustereval.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wording conventions of the bundles (issue 15, section 4): one ellipsis, the Unicode "…", in
 * both languages (three dots only in a command line shown to be typed); and English counts agree
 * with their number ("1 cluster", not "1 clusters"), which every text with a count shows by
 * formatting it with the count 1.
 */
class BundleWordingTest {

    private static final Path I18N = Path.of("resources/i18n");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** Three dots that are part of a command line the text tells the reader to type. */
    private static final Pattern COMMAND_LINE_DOTS = Pattern.compile("import \\.\\.\\. --|A,B,\\.\\.\\.");
    private static final Pattern ONE_PLURAL = Pattern.compile("(?<![\\d.,])1 (clusters|evaluators|sheets|files|grades"
            + "|items|comments|draws|characters|columns|entries|backups|bytes|keys|rows|axes|days)\\b");

    private static Properties read(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(I18N.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_ja.properties", "errors.properties", "errors_ja.properties",
            "charts.properties", "charts_ja.properties", "reports.properties", "reports_ja.properties"})
    void theEllipsisIsTheUnicodeOne(String file) throws IOException {
        TreeMap<String, String> dots = new TreeMap<>();
        read(file).forEach((k, v) -> {
            String text = COMMAND_LINE_DOTS.matcher((String) v).replaceAll("");
            if (text.contains("...")) {
                dots.put((String) k, (String) v);
            }
        });
        assertEquals(new TreeMap<>(), dots, file + ": write … (U+2026), not three dots");
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "errors.properties", "charts.properties", "reports.properties"})
    void englishCountsAgreeWithOne(String file) throws IOException {
        List<String> wrong = new ArrayList<>();
        read(file).forEach((k, v) -> {
            String pattern = (String) v;
            int args = 0;
            Matcher m = ARGUMENT.matcher(pattern);
            while (m.find()) {
                args = Math.max(args, Integer.parseInt(m.group(1)) + 1);
            }
            if (args == 0) {
                return;
            }
            Object[] ones = new Object[args];
            Arrays.fill(ones, 1);
            String text = new MessageFormat(pattern.replace("'", "''"), Locale.ENGLISH).format(ones);
            if (ONE_PLURAL.matcher(text).find()) {
                wrong.add(k + " = " + text);
            }
        });
        wrong.sort(null);
        assertEquals(List.of(), wrong, file + ": a count of one takes the singular (use {n,choice,...})");
    }
}
