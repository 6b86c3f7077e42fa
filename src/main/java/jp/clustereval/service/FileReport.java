package jp.clustereval.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.scorefile.ParsedScoreFile;

/**
 * One file of an import, in the preview or after the commit: who it is from, whether its signature
 * and key are good, and per sheet what happens. A rejected file carries the reason and nothing else
 * is known of it (evaluator and sheets may be absent); a held file carries in {@code rejection} why
 * it waits for the chair's decision. pinnedFingerprint is the key stored for the evaluator (null
 * when none is), never one this import is about to pin.
 */
public record FileReport(Path path, String sha256, FileOutcome outcome, UserFacingException rejection,
                         Evaluator evaluator, KeyStatus keyStatus, String keyFingerprint, String pinnedFingerprint,
                         List<SheetReport> sheets, ParsedScoreFile parsed) {

    public FileReport {
        sheets = List.copyOf(sheets);
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

    public String fileName() {
        return path.getFileName().toString();
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
