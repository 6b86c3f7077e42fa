package jp.clustereval.service;

/**
 * What a database or a backup of it holds: its schema version, evaluators, sheets, grades given,
 * comments written (item comments and indications, and sheet comments), and the newest sheet
 * change (null when there is none).
 */
public record BackupSummary(int schemaVersion, int evaluators, int sheets, int grades, int comments, String lastChange) {
}
