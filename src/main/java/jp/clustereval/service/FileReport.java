package jp.clustereval.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.scorefile.ParsedScoreFile;
import jp.clustereval.scorefile.ScoreSheet;

/**
 * One file of an import, in the preview or after the commit: who it is from, whether its signature
 * and key are good, and per sheet what happens. A rejected file carries the reason and nothing else
 * is known of it (evaluator and sheets may be absent); a held file carries in {@code rejection} why
 * it waits for the chair's decision. pinnedFingerprint is the key stored for the evaluator (null
 * when none is), never one this import is about to pin. Only what is shown is kept, never the
 * file's content: a preview of many large files holds their reports, not the files.
 *
 * @param source how the file was read (null: it could not be read or parsed)
 * @param clusters the clusters the file has sheets for (also when it was refused after it was read)
 */
public record FileReport(Path path, String sha256, FileOutcome outcome, UserFacingException rejection,
                         Evaluator evaluator, KeyStatus keyStatus, String keyFingerprint, String pinnedFingerprint,
                         List<SheetReport> sheets, ParsedScoreFile.SourceKind source, List<String> clusters) {

    public FileReport {
        sheets = List.copyOf(sheets);
        clusters = List.copyOf(clusters);
    }

    /** The report of a file as it was read: what is shown of it is taken, the content is not kept. */
    FileReport(Path path, String sha256, FileOutcome outcome, UserFacingException rejection, Evaluator evaluator,
               KeyStatus keyStatus, String keyFingerprint, String pinnedFingerprint, List<SheetReport> sheets,
               ParsedScoreFile parsed) {
        this(path, sha256, outcome, rejection, evaluator, keyStatus, keyFingerprint, pinnedFingerprint, sheets,
                parsed == null ? null : parsed.kind(),
                parsed == null ? List.of() : parsed.content().sheets().stream().map(ScoreSheet::cluster).toList());
    }

    static FileReport rejected(Path path, String sha256, UserFacingException why, ParsedScoreFile parsed, Evaluator who,
                               KeyStatus key, String pinned) {
        return new FileReport(path, sha256, FileOutcome.REJECTED, why, who, key,
                parsed == null ? null : parsed.keyFingerprint(), pinned, List.of(), parsed);
    }

    static FileReport held(Path path, String sha256, UserFacingException why, ParsedScoreFile parsed, Evaluator who,
                           KeyStatus key, String pinned) {
        return new FileReport(path, sha256, FileOutcome.HELD, why, who, key, parsed.keyFingerprint(), pinned, List.of(),
                parsed);
    }

    /** A file refused before it was read (a folder without score files, a file that cannot be read). */
    public static FileReport refused(Path path, UserFacingException why) {
        return rejected(path, null, why, null, null, null, null);
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    /** Whether the file was read and parsed (its signature verified, for a score file). */
    public boolean wasRead() {
        return source != null;
    }

    /** A score file whose signature verified (a CSV is unsigned). */
    public boolean signed() {
        return source == ParsedScoreFile.SourceKind.SCORE_FILE;
    }

    public long count(SheetChange change) {
        return sheets.stream().filter(s -> s.change() == change).count();
    }

    /** Why the file is refused or held; null when it is neither. */
    public UserFacingException reason() {
        return rejection;
    }

    public boolean hasConflicts() {
        return count(SheetChange.CONFLICT) > 0;
    }

    /**
     * The report line of the command line: "accepted (new 2, ...)", "unchanged (...)", "held: REASON"
     * or "rejected: REASON".
     */
    public String summary(Locale locale) {
        if (outcome == FileOutcome.REJECTED) {
            return "rejected: " + rejection.message(locale);
        }
        if (outcome == FileOutcome.HELD) {
            return "held: " + rejection.message(locale);
        }
        return String.format(Locale.ROOT, "%s (new %d, updated %d, unchanged %d, skipped %d, conflicts %d)",
                outcome.name().toLowerCase(Locale.ROOT), count(SheetChange.NEW), count(SheetChange.NEWER),
                count(SheetChange.UNCHANGED), count(SheetChange.OLDER), count(SheetChange.CONFLICT));
    }
}
