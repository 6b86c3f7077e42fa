package jp.clustereval.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What the panel's meeting recorded for one unit of a round: the chair's discussion note (for the
 * decision record) and the panel's consensus comment (for the unit's feedback report), each empty
 * when not written, with who changed them last and when. The texts are as typed: escape them to show them.
 */
public record UnitNote(String roundId, String clusterCode, String note, String consensus, Instant updatedAt, String updatedBy) {

    public UnitNote {
        Objects.requireNonNull(roundId);
        Objects.requireNonNull(clusterCode);
        note = note == null ? "" : note;
        consensus = consensus == null ? "" : consensus;
    }

    /** An unwritten unit: no note, no consensus comment, never changed. */
    public static UnitNote empty(String roundId, String clusterCode) {
        return new UnitNote(roundId, clusterCode, "", "", null, "");
    }

    public boolean isEmpty() {
        return note.isEmpty() && consensus.isEmpty();
    }
}
