package jp.clustereval.domain;

import java.time.Instant;

import jp.clustereval.common.UserFacingException;

/** One evaluator's grading of one cluster in one round. The revision grows with every change. */
public record Sheet(String roundId, String evaluatorId, String clusterCode, SheetStatus status,
                   long revision, Instant createdAt, Instant updatedAt, String comment) {

    /**
     * The highest revision, 2^53 - 1: the largest integer every JSON reader holds exactly (score files
     * carry it as a JSON number, signed in RFC 8785's canonical form, whose numbers are doubles). A
     * revision is 64-bit everywhere (SQLite's INTEGER, Java's long), so nothing wraps below it.
     */
    public static final long MAX_REVISION = 9_007_199_254_740_991L;

    /** The revision after {@code revision}; refused with a message (nothing changes) at {@link #MAX_REVISION}. */
    public static long nextRevision(long revision, String clusterCode) {
        if (revision >= MAX_REVISION) {
            throw new UserFacingException("sheet.revisionLimit", clusterCode, MAX_REVISION);
        }
        return revision + 1;
    }
}
