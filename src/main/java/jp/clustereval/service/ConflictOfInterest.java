package jp.clustereval.service;

import java.time.Instant;

/**
 * An evaluator's affiliation with a cluster: their grades of it are left out of every average unless
 * {@code included}, which the chair decides with a reason (who and why kept).
 */
public record ConflictOfInterest(String roundId, String evaluatorId, String clusterCode, String note, Instant createdAt,
                                 String createdBy, boolean included, String includeReason, String includedBy) {
}
