package jp.clustereval.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How people are named wherever several are listed (outliers, comments, tags, completeness, the
 * import preview, keys, the weighting group): "Name (Affiliation)" ({@link Evaluator#displayName}),
 * and when another person listed reads the same, a short id after it ("Name (Affiliation) · 0b6f3c",
 * longer where two ids begin alike). Two people are never shown alike. Names are compared as a
 * reader sees them: Unicode-compatibility folded, ignoring case and blanks around them, so that
 * "Alice Example" and "ALICE EXAMPLE" of the same affiliation are told apart by their ids.
 */
public final class PersonLabels {

    /** The shortest id prefix shown; longer when two listed ids begin alike. */
    static final int SHORT_ID = 6;

    private final Map<String, Evaluator> people = new LinkedHashMap<>();
    private Map<String, String> labels;

    private PersonLabels() {
    }

    /** The labels of these people (a person given twice, by id, counts once). */
    public static PersonLabels of(Collection<Evaluator> people) {
        PersonLabels l = new PersonLabels();
        people.forEach(l::put);
        return l;
    }

    /** These people and some more (e.g. the stored evaluators and those a batch of files names). */
    public PersonLabels with(Collection<Evaluator> more) {
        PersonLabels l = new PersonLabels();
        people.values().forEach(l::put);
        more.forEach(l::put);
        return l;
    }

    private void put(Evaluator e) {
        people.putIfAbsent(Evaluator.normaliseId(e.id()), e);
    }

    /** The label of a listed person; a person not listed is shown by their id. */
    public String label(String id) {
        String normalised = Evaluator.normaliseId(id);
        return labels().getOrDefault(normalised, normalised == null ? "" : normalised);
    }

    public String label(Evaluator e) {
        return people.containsKey(Evaluator.normaliseId(e.id())) ? label(e.id()) : with(List.of(e)).label(e.id());
    }

    private Map<String, String> labels() {
        if (labels == null) {
            labels = compute();
        }
        return labels;
    }

    private Map<String, String> compute() {
        Map<String, List<Evaluator>> alike = new HashMap<>();
        people.values().forEach(e -> alike.computeIfAbsent(fold(e.name()) + "\u0000" + fold(e.affiliation()),
                k -> new ArrayList<>()).add(e));
        Map<String, String> out = new HashMap<>();
        for (List<Evaluator> same : alike.values()) {
            if (same.size() == 1) {
                out.put(Evaluator.normaliseId(same.get(0).id()), same.get(0).displayName());
            } else {
                int length = distinctPrefix(same);
                same.forEach(e -> out.put(Evaluator.normaliseId(e.id()),
                        e.displayName() + " · " + shortId(Evaluator.normaliseId(e.id()), length)));
            }
        }
        return out;
    }

    /** The shortest prefix length (at least SHORT_ID) that tells these ids apart. */
    private static int distinctPrefix(List<Evaluator> alike) {
        int length = SHORT_ID;
        while (true) {
            int n = length;
            long distinct = alike.stream().map(e -> shortId(e.id(), n)).distinct().count();
            int longest = alike.stream().mapToInt(e -> e.id().length()).max().orElse(0);
            if (distinct == alike.size() || n >= longest) {
                return n;
            }
            length++;
        }
    }

    private static String shortId(String id, int length) {
        String compact = id.replace("-", "");
        return compact.length() <= length ? compact : compact.substring(0, length);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
