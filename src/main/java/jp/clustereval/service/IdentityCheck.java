package jp.clustereval.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.PersonLabels;
import jp.clustereval.scorefile.ParsedScoreFile;
import jp.clustereval.scorefile.ScoreFileException;

/**
 * One person is one evaluator: whether a file may speak for the evaluator it names. Judged against
 * what is stored and against the whole batch (never against the files before it), in this order:
 * <ol>
 * <li>a key belongs to one evaluator: a file signed with a key stored (or kept on this machine) for
 * another evaluator, or signing files of several evaluators in this batch, is refused;</li>
 * <li>this database's own evaluator takes no file but one signed with their key on this machine;</li>
 * <li>the key against the stored pinned key: the pinned one, none yet (the key will be pinned, if it
 * is the only one signing for the evaluator in this batch; several are held), or another one
 * (refused unless the chair accepted exactly this key);</li>
 * <li>the name and affiliation against the stored evaluator's (or, for a new one, against the other
 * files of the batch): a difference holds the file until the chair accepts it.</li>
 * </ol>
 */
final class IdentityCheck {

    /** The key's status, and why the file is refused or held (at most one of them; both null: it may speak). */
    record Verdict(KeyStatus key, UserFacingException refusal, UserFacingException hold, boolean renames) {
        static Verdict ok(KeyStatus key, boolean renames) {
            return new Verdict(key, null, null, renames);
        }

        static Verdict refused(KeyStatus key, UserFacingException why) {
            return new Verdict(key, why, null, false);
        }

        static Verdict held(KeyStatus key, UserFacingException why) {
            return new Verdict(key, null, why, false);
        }
    }

    private final ImportOptions options;
    private final BatchIdentities batch;
    private final Map<String, String> keysHere;
    /** The labels of the state they were made for (made only when a message needs them). */
    private PersonLabels labels;
    private MergeState labelsFor;

    IdentityCheck(ImportOptions options, BatchIdentities batch, Map<String, String> keysHere) {
        this.options = options;
        this.batch = batch;
        this.keysHere = keysHere;
    }

    Verdict judge(ParsedScoreFile parsed, Evaluator who, MergeState state) {
        String key = parsed.keyFingerprint();
        KeyStatus status = status(parsed, who, state);
        if (parsed.signed()) {
            UserFacingException notTheirs = keyOfAnother(who, key, state);
            if (notTheirs != null) {
                return Verdict.refused(status, notTheirs);
            }
            if (who.id().equals(state.localEvaluatorId) && !key.equals(ownKeyHere(who.id()))) {
                return Verdict.refused(status, new ScoreFileException("import.localEvaluator", labels(state).label(who), key));
            }
        }
        if (status == KeyStatus.MISMATCH) {
            return Verdict.refused(status, new ScoreFileException("import.keyMismatch", labels(state).label(who),
                    state.pinnedKeys.get(who.id()), key));
        }
        if (status == KeyStatus.CONFLICTING) {
            Map<String, List<String>> keys = batch.keysOf(who.id());
            return Verdict.held(status, new ScoreFileException("import.keysInBatch", labels(state).label(who),
                    String.valueOf(keys.size()), listing(keys), who.id()));
        }
        return names(who, status, state);
    }

    private KeyStatus status(ParsedScoreFile parsed, Evaluator who, MergeState state) {
        if (!parsed.signed()) {
            return KeyStatus.UNSIGNED;
        }
        String key = parsed.keyFingerprint();
        String pinned = state.pinnedKeys.get(who.id());
        if (pinned != null) {
            return pinned.equals(key) ? KeyStatus.PINNED
                    : options.acceptanceOf(who.id(), key) != null ? KeyStatus.OVERRIDDEN : KeyStatus.MISMATCH;
        }
        if (batch.keysOf(who.id()).size() <= 1) {
            return KeyStatus.FIRST_USE;
        }
        return options.acceptanceOf(who.id(), key) != null ? KeyStatus.OVERRIDDEN : KeyStatus.CONFLICTING;
    }

    /** Why the key cannot be this evaluator's, or null when it may be. */
    private UserFacingException keyOfAnother(Evaluator who, String key, MergeState state) {
        String owner = state.keyOwners.get(key);
        if (owner == null) {
            owner = keysHere.get(key);
        }
        if (owner != null) {
            return owner.equals(who.id()) ? null
                    : new ScoreFileException("import.keyOfAnother", labels(state).label(who), key, labels(state).label(owner));
        }
        Set<String> signedFor = batch.evaluatorsSignedWith(key);
        if (signedFor.size() > 1) {
            PersonLabels labels = labels(state);
            return new ScoreFileException("import.keyShared", key,
                    String.join(", ", signedFor.stream().map(labels::label).toList()));
        }
        return null;
    }

    private String ownKeyHere(String evaluatorId) {
        return keysHere.entrySet().stream().filter(e -> e.getValue().equals(evaluatorId)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private Verdict names(Evaluator who, KeyStatus status, MergeState state) {
        Evaluator stored = state.storedEvaluators.get(who.id());
        Map<Evaluator, List<String>> named = batch.namesOf(who.id());
        if (stored == null) {
            return named.size() <= 1 ? Verdict.ok(status, false) : Verdict.held(status,
                    new ScoreFileException("import.namesInBatch", who.id(), String.valueOf(named.size()), names(named)));
        }
        if (stored.sameNameAs(who.name(), who.affiliation())) {
            return Verdict.ok(status, false);
        }
        long otherNames = named.keySet().stream().filter(e -> !stored.sameNameAs(e.name(), e.affiliation())).count();
        if (otherNames > 1) {
            return Verdict.held(status, new ScoreFileException("import.namesInBatch", who.id(),
                    String.valueOf(named.size()), names(named)));
        }
        if (options.acceptedNames().containsKey(who.id())) {
            return Verdict.ok(status, true);
        }
        return Verdict.held(status, new ScoreFileException("import.nameDiffers", who.displayName(), who.id(),
                stored.displayName()));
    }

    /** "fingerprint (file, file); fingerprint (file)": every key of the evaluator with its files. */
    private static String listing(Map<String, List<String>> keys) {
        List<String> parts = new ArrayList<>();
        keys.forEach((key, files) -> parts.add(key + " (" + String.join(", ", files) + ")"));
        return String.join("; ", parts);
    }

    private static String names(Map<Evaluator, List<String>> named) {
        List<String> parts = new ArrayList<>();
        named.forEach((e, files) -> parts.add("\"" + e.displayName() + "\" (" + String.join(", ", files) + ")"));
        return String.join("; ", parts);
    }

    /** The stored evaluators and those the batch names, labelled so that two alike are told apart. */
    private PersonLabels labels(MergeState state) {
        if (labelsFor != state) {
            labels = PersonLabels.of(state.storedEvaluators.values()).with(batch.people());
            labelsFor = state;
        }
        return labels;
    }
}
