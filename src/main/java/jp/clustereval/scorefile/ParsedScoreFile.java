package jp.clustereval.scorefile;

/**
 * A score file that was read, is well-formed and whose signature verifies with the key it carries
 * (or, for a CSV, that is unsigned: {@code keyFingerprint} null). The bytes are kept so the chair's
 * database can store exactly what was imported.
 */
public record ParsedScoreFile(String fileName, byte[] bytes, String sha256, ScoreFile content,
                              String keyFingerprint, SourceKind kind) {

    /** Where the content came from. */
    public enum SourceKind { SCORE_FILE, CSV }

    public boolean signed() {
        return keyFingerprint != null;
    }
}
