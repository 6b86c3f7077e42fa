package jp.clustereval.scorefile;

import java.time.Instant;
import java.util.List;

/** The content of a score file (everything the signature covers). */
public record ScoreFile(int formatVersion, String appVersion, Instant exportedAt, String roundId,
                        String roundFingerprint, EvaluatorInfo evaluator, List<ScoreSheet> sheets) {

    public static final String FORMAT = "cluster-eval-score";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".cescore";
    /** Files above this size are refused before they are read. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** The longest comment accepted, as for grading in the application. */
    public static final int MAX_TEXT = 20_000;

    public ScoreFile {
        sheets = List.copyOf(sheets);
    }

    /** True when a file name ends in {@value #EXTENSION}, in any case ("X.CESCORE" from a Windows share too). */
    public static boolean hasExtension(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION);
    }
}
