package jp.clustereval.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the product names message keys: string literals in src/main/java (comments excluded) and
 * {@code %key} attributes of the FXML views. Where the call tells which bundle a key is looked up in,
 * the use is filed under that bundle:
 * <ul>
 * <li>errors: the first text argument of {@code new UserFacingException(...)} or of any subclass
 * ({@code StoreException}, {@code ScoreFileException}, ...), and {@code super("...")} in those classes;</li>
 * <li>messages: {@code resources.getString}, {@code Messages.format(resources, ...)}, {@code m./messages./messages().get|format|has}
 * in classes that use Messages or a ResourceBundle, and FXML {@code %key};</li>
 * <li>reports: {@code t.get("...")} in classes that use ReportText;</li>
 * <li>charts: {@code b.getString} and {@code format(b, ...)} in classes that read i18n/charts.</li>
 * </ul>
 * Other literals (a key handed on through a variable, a ternary, a list) are uses of no known bundle.
 */
final class KeyUsage {

    /** A literal that looks like a message key: dotted lower-camel segments, possibly a prefix ending in '.'. */
    static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*((\\.[A-Za-z0-9_]+)+\\.?|\\.)");

    private static final Pattern SUBCLASS = Pattern.compile("class\\s+(\\w+)\\s+extends\\s+UserFacingException\\b");
    /** The literal is the whole argument (not the start of a built key such as "status." + name). */
    private static final String WHOLE = "(?=\\s*[,)])";
    private static final Pattern FXML_KEY = Pattern.compile("\"%([^\"\\s]+)\"");

    private final List<JavaSource> sources;
    private final Map<String, Set<String>> typed = new TreeMap<>();
    private final Set<String> literals = new TreeSet<>();

    private KeyUsage(List<JavaSource> sources, List<String> fxml) {
        this.sources = sources;
        sources.forEach(s -> s.literals().stream().filter(l -> KEY_SHAPE.matcher(l).matches()).forEach(literals::add));
        for (String view : fxml) {
            Matcher m = FXML_KEY.matcher(view);
            while (m.find()) {
                use("messages", m.group(1));
            }
        }
        Set<String> exceptions = new TreeSet<>(Set.of("UserFacingException"));
        sources.forEach(s -> SUBCLASS.matcher(s.code()).results().forEach(r -> exceptions.add(r.group(1))));
        String names = String.join("|", exceptions);
        Pattern raised = Pattern.compile("new\\s+(?:[\\w.]+\\.)?(?:" + names + ")\\s*\\(\\s*(?:[\\w.]+(?:\\(\\))?\\s*,\\s*)?\"([^\"]+)\"" + WHOLE);
        Pattern superCall = Pattern.compile("\\bsuper\\s*\\(\\s*(?:\\w+\\s*,\\s*)?\"([^\"]+)\"" + WHOLE);
        Pattern messages = Pattern.compile("(?:\\bresources\\.getString\\(|\\bMessages\\.format\\(\\s*resources\\s*,"
                + "|\\b(?:m|messages|messages\\(\\))\\.(?:get|format|has)\\()\\s*\"([^\"]+)\"" + WHOLE);
        Pattern reports = Pattern.compile("\\bt\\.get\\(\\s*\"([^\"]+)\"" + WHOLE);
        Pattern charts = Pattern.compile("(?:\\bb\\.getString\\(|\\bformat\\(\\s*b\\s*,)\\s*\"([^\"]+)\"" + WHOLE);
        for (JavaSource s : sources) {
            collect("errors", raised, s.code());
            if (SUBCLASS.matcher(s.code()).find()) {
                collect("errors", superCall, s.code());
            }
            if (s.code().contains("Messages") || s.code().contains("ResourceBundle resources")) {
                collect("messages", messages, s.code());
            }
            if (s.code().contains("ReportText")) {
                collect("reports", reports, s.code());
            }
            if (s.code().contains("\"i18n/charts\"")) {
                collect("charts", charts, s.code());
            }
        }
    }

    static KeyUsage of(List<JavaSource> sources, List<String> fxml) {
        return new KeyUsage(sources, fxml);
    }

    static KeyUsage scan(Path root) throws IOException {
        return new KeyUsage(javaSources(root.resolve("src/main/java")), texts(root.resolve("resources"), ".fxml"));
    }

    /** Every key-shaped string literal of the product's Java code. */
    Set<String> literals() {
        return literals;
    }

    /** The keys looked up in a bundle where the call says which one (see the class comment). */
    Set<String> typedUses(String bundle) {
        return typed.getOrDefault(bundle, Set.of());
    }

    /** The files whose code holds the literal, for messages. */
    String whereIs(String literal) {
        return sources.stream().filter(s -> s.literals().contains(literal)).map(JavaSource::file)
                .collect(Collectors.joining(", "));
    }

    private void collect(String bundle, Pattern call, String code) {
        call.matcher(code).results().forEach(r -> use(bundle, r.group(1)));
    }

    private void use(String bundle, String key) {
        typed.computeIfAbsent(bundle, b -> new TreeSet<>()).add(key);
    }

    private static List<JavaSource> javaSources(Path dir) throws IOException {
        List<JavaSource> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                out.add(JavaSource.of(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private static List<String> texts(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
