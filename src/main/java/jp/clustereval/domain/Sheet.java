package jp.clustereval.domain;

import java.time.Instant;

/** One evaluator's grading of one cluster in one round. The revision grows with every change. */
public record Sheet(String roundId, String evaluatorId, String clusterCode, SheetStatus status,
                   int revision, Instant createdAt, Instant updatedAt, String comment) {
}
