package jp.clustereval.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.scorefile.EvaluatorInfo;
import jp.clustereval.scorefile.ParsedScoreFile;

/**
 * Who the signed files of one import say they are from, gathered before any file is judged, so
 * that what a file's identity means does not depend on the order of the files: every key signing
 * for an evaluator, every evaluator a key signs for, and every name an evaluator is given, each
 * with the files that say so (sorted, so that every file of a conflict reads the same listing).
 */
final class BatchIdentities {

    private final Map<String, Map<String, List<String>>> keysByEvaluator = new HashMap<>();
    private final Map<String, Set<String>> evaluatorsByKey = new HashMap<>();
    private final Map<String, Map<String, List<String>>> namesByEvaluator = new HashMap<>();
    private final Map<String, Map<String, Evaluator>> namedAs = new HashMap<>();

    private BatchIdentities() {
    }

    /** The identities of the files read (refused-on-reading files have none; unsigned ones have no key). */
    static BatchIdentities of(Collection<ParsedScoreFile> files) {
        Builder b = builder();
        files.forEach(b::add);
        return b.build();
    }

    /** Gathers the identities of files read one chunk at a time (only who each file names is kept). */
    static Builder builder() {
        return new Builder();
    }

    /** See {@link #builder()}. */
    static final class Builder {
        private BatchIdentities made = new BatchIdentities();

        /** Adds who the file says it is from; a file refused on reading (null) adds nothing. */
        void add(ParsedScoreFile f) {
            if (f != null) {
                made.add(f);
            }
        }

        BatchIdentities build() {
            BatchIdentities b = made;
            made = null;
            return b;
        }
    }

    private void add(ParsedScoreFile f) {
        EvaluatorInfo info = f.content().evaluator();
        Evaluator who = new Evaluator(info.id(), info.name(), info.affiliation());
        String name = nameKey(who);
        namesByEvaluator.computeIfAbsent(who.id(), k -> new TreeMap<>()).computeIfAbsent(name, k -> new ArrayList<>())
                .add(f.fileName());
        namedAs.computeIfAbsent(who.id(), k -> new TreeMap<>()).putIfAbsent(name, who);
        if (f.signed()) {
            keysByEvaluator.computeIfAbsent(who.id(), k -> new TreeMap<>())
                    .computeIfAbsent(f.keyFingerprint(), k -> new ArrayList<>()).add(f.fileName());
            evaluatorsByKey.computeIfAbsent(f.keyFingerprint(), k -> new TreeSet<>()).add(who.id());
        }
    }

    /** The keys signing files for the evaluator, each with its files' names, by fingerprint. */
    Map<String, List<String>> keysOf(String evaluatorId) {
        return sorted(keysByEvaluator.getOrDefault(evaluatorId, Map.of()));
    }

    /** The evaluators (ids, sorted) whose files the key signs. */
    Set<String> evaluatorsSignedWith(String fingerprint) {
        return evaluatorsByKey.getOrDefault(fingerprint, Set.of());
    }

    /** The names (and affiliations) the evaluator's files give, each with its files. */
    Map<Evaluator, List<String>> namesOf(String evaluatorId) {
        Map<Evaluator, List<String>> out = new java.util.LinkedHashMap<>();
        namesByEvaluator.getOrDefault(evaluatorId, Map.of()).forEach((key, files) ->
                out.put(namedAs.get(evaluatorId).get(key), sortedList(files)));
        return out;
    }

    /** Everyone the files name, as the first file naming them does. */
    List<Evaluator> people() {
        List<Evaluator> out = new ArrayList<>();
        namedAs.values().forEach(byName -> out.add(byName.values().iterator().next()));
        return out;
    }

    /** Two names are the same when {@link Evaluator#sameNameAs} says so. */
    private static String nameKey(Evaluator e) {
        return java.text.Normalizer.normalize(e.name(), java.text.Normalizer.Form.NFC).strip() + "\u0000"
                + java.text.Normalizer.normalize(e.affiliation(), java.text.Normalizer.Form.NFC).strip();
    }

    private static Map<String, List<String>> sorted(Map<String, List<String>> byKey) {
        Map<String, List<String>> out = new TreeMap<>();
        byKey.forEach((k, v) -> out.put(k, sortedList(v)));
        return out;
    }

    private static List<String> sortedList(List<String> names) {
        List<String> copy = new ArrayList<>(names);
        copy.sort(null);
        return copy;
    }
}
