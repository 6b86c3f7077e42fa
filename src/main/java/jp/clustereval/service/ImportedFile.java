package jp.clustereval.service;

import java.time.Instant;

/**
 * A file the chair imported, kept byte for byte (its bytes are not part of this record): its
 * SHA-256, its name as received (untrusted text), kind ({@code cescore} or {@code csv}), size, the
 * round and evaluator it holds, its signing key's fingerprint, when it says it was exported, and
 * when and by whom it was imported.
 */
public record ImportedFile(long id, String sha256, String fileName, String kind, long size, String roundId,
                           String evaluatorId, String keyFingerprint, String exportedAt, Instant importedAt,
                           String importedBy) {
}
