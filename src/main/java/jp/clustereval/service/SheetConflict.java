package jp.clustereval.service;

import java.time.Instant;

/**
 * A conflict: an imported file held the same revision of an evaluator's sheet as the stored one,
 * with other content. {@code fileName} is the file's name as received (untrusted text); resolution
 * is null while open, {@code stored} or {@code incoming} once the chair decided, with who and why.
 */
public record SheetConflict(long id, String roundId, String evaluatorId, String clusterCode, long revision, long fileId,
                            String fileName, Instant detectedAt, String resolution, String resolvedBy, String reason) {

    public boolean isOpen() {
        return resolution == null;
    }
}
