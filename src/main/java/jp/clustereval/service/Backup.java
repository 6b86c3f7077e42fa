package jp.clustereval.service;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup file of a database: where it is, when it was made (UTC, from its name), why (import,
 * migration, restore, daily, manual) and its size in bytes.
 */
public record Backup(Path file, Instant createdAt, String reason, long size) {
}
