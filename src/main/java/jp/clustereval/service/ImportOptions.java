package jp.clustereval.service;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.scorefile.Ed25519;

/**
 * The chair's decisions for an import, each recorded with its reason, and who imports (recorded
 * with every stored file):
 * <ul>
 * <li>acceptedKeys: per evaluator id, the one key (by the fingerprint the chair checked with the
 * evaluator) accepted although another key is pinned, or chosen among several keys of one batch;
 * a file signed with any other key is not accepted by it;</li>
 * <li>acceptedNames: per evaluator id, acceptance of files whose evaluator name or affiliation
 * differs from the stored one (the stored ones become the file's).</li>
 * </ul>
 */
public record ImportOptions(Map<String, KeyAcceptance> acceptedKeys, Map<String, String> acceptedNames, String actor) {

    /** A key the chair accepted for an evaluator: its fingerprint, and why. */
    public record KeyAcceptance(String fingerprint, String reason) {
    }

    public ImportOptions {
        acceptedKeys = normalised(acceptedKeys);
        acceptedNames = normalised(acceptedNames);
        actor = actor == null || actor.isBlank() ? "chair" : actor;
    }

    public static ImportOptions defaults() {
        return of("chair");
    }

    /** No decisions yet, imported by the given person. */
    public static ImportOptions of(String actor) {
        return new ImportOptions(Map.of(), Map.of(), actor);
    }

    /** These decisions and the acceptance of one key for an evaluator (replacing one given for them before). */
    public ImportOptions withAcceptedKey(String evaluatorId, String fingerprint, String reason) {
        Map<String, KeyAcceptance> keys = new LinkedHashMap<>(acceptedKeys);
        keys.put(Evaluator.normaliseId(evaluatorId), new KeyAcceptance(fingerprint, reason));
        return new ImportOptions(keys, acceptedNames, actor);
    }

    /** These decisions and the acceptance of an evaluator's name and affiliation as their files give them. */
    public ImportOptions withAcceptedName(String evaluatorId, String reason) {
        Map<String, String> names = new LinkedHashMap<>(acceptedNames);
        names.put(Evaluator.normaliseId(evaluatorId), reason);
        return new ImportOptions(acceptedKeys, names, actor);
    }

    /** The chair's acceptance of exactly this key for the evaluator, or null. */
    KeyAcceptance acceptanceOf(String evaluatorId, String fingerprint) {
        KeyAcceptance a = acceptedKeys.get(evaluatorId);
        return a != null && Ed25519.normalizeFingerprint(a.fingerprint()).equals(Ed25519.normalizeFingerprint(fingerprint))
                ? a : null;
    }

    private static <V> Map<String, V> normalised(Map<String, V> byEvaluator) {
        Map<String, V> out = new LinkedHashMap<>();
        byEvaluator.forEach((id, v) -> out.put(Evaluator.normaliseId(id), v));
        return Map.copyOf(out);
    }
}
