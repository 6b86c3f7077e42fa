package jp.clustereval.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One {@code .properties} bundle read line by line with every definition kept: java.util.Properties
 * keeps only the last definition of a key, so a key defined twice (the first text silently lost)
 * cannot be seen through it. The syntax is that of Properties.load: comments (# !), key and value
 * separated by '=', ':' or white space, backslash escapes and continuation lines.
 */
final class BundleFile {

    /** One definition: the key, its text and the line it starts on (1-based). */
    record Entry(String key, String text, int line) {
    }

    private final String name;
    private final List<Entry> entries;

    private BundleFile(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
    }

    static BundleFile read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    static BundleFile parse(String name, String content) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = content.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int first = i;
            String line = lines[i].stripLeading();
            if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '!') {
                continue;
            }
            StringBuilder logical = new StringBuilder();
            while (endsWithContinuation(line) && i + 1 < lines.length) {
                logical.append(line, 0, line.length() - 1);
                line = lines[++i].stripLeading();
            }
            logical.append(line);
            entries.add(entry(logical.toString(), first + 1));
        }
        return new BundleFile(name, entries);
    }

    String name() {
        return name;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The texts by key, as a ResourceBundle sees them (the last definition wins). */
    Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        entries.forEach(e -> texts.put(e.key(), e.text()));
        return texts;
    }

    /** Each key defined more than once, with the lines of its definitions. */
    Map<String, List<Integer>> duplicates() {
        Map<String, List<Integer>> lines = new TreeMap<>();
        entries.forEach(e -> lines.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e.line()));
        lines.values().removeIf(l -> l.size() < 2);
        return lines;
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static Entry entry(String logical, int line) {
        int end = 0;
        while (end < logical.length() && !isKeyEnd(logical.charAt(end))) {
            end += logical.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end, logical.length());
        int value = end;
        while (value < logical.length() && Character.isWhitespace(logical.charAt(value))) {
            value++;
        }
        if (value < logical.length() && (logical.charAt(value) == '=' || logical.charAt(value) == ':')) {
            value++;
            while (value < logical.length() && Character.isWhitespace(logical.charAt(value))) {
                value++;
            }
        }
        return new Entry(unescape(logical.substring(0, end)), unescape(logical.substring(value)), line);
    }

    private static boolean isKeyEnd(char c) {
        return c == '=' || c == ':' || Character.isWhitespace(c);
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
