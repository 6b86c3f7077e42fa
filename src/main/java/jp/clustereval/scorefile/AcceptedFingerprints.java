package jp.clustereval.scorefile;

import java.util.Set;

/**
 * The round fingerprints a score file may carry to be checked against a round: the round's own
 * ({@link RoundFingerprint#of}), and the version-1 fingerprints ({@link RoundFingerprint#version1})
 * of the weight sets the round is known to have had, which files made before weights were left out
 * carry.
 */
public record AcceptedFingerprints(String current, Set<String> earlier) {

    public AcceptedFingerprints {
        earlier = Set.copyOf(earlier);
    }

    /** Only the round's own fingerprint (a round whose earlier weights are not known). */
    public static AcceptedFingerprints only(String current) {
        return new AcceptedFingerprints(current, Set.of());
    }

    public boolean accepts(String fingerprint) {
        return current.equals(fingerprint) || earlier.contains(fingerprint);
    }
}
