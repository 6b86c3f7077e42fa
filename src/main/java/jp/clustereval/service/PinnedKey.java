package jp.clustereval.service;

import java.time.Instant;

/**
 * A public key pinned to an evaluator on the chair's machine, or one it replaced ({@code active}
 * false). trust: {@code first_use}, {@code verified} (fingerprint compared with the evaluator) or
 * {@code override} (a new key accepted explicitly); who pinned it, when and why.
 */
public record PinnedKey(long id, String evaluatorId, String fingerprint, String publicKey, String trust, boolean active,
                        Instant at, String actor, String reason) {
}
