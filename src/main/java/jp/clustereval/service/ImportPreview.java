package jp.clustereval.service;

import java.util.ArrayList;
import java.util.List;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.scorefile.ParsedScoreFile;
import jp.clustereval.scorefile.ScoreFileReader;

/**
 * What an import would do, file by file, before anything is stored. Commit it with
 * {@link ImportService#commit}, which reads every file again with {@code parser} (a preview keeps
 * each file's report and SHA-256, never its content: its memory does not grow with the files' size).
 * identities: who every file of the batch says it is from, the commit judges against them as the
 * preview did.
 */
public record ImportPreview(List<FileReport> files, ImportOptions options, Parser parser, BatchIdentities identities) {

    /** How the files' bytes become a parsed file: as score files, or as one evaluator's CSV. */
    @FunctionalInterface
    public interface Parser {
        ParsedScoreFile parse(String fileName, byte[] bytes);

        /** The bytes read again for the commit: refused (import.changedSincePreview) unless their SHA-256 is the previewed one. */
        default ParsedScoreFile parseAgain(String fileName, byte[] bytes, String previewedSha256) {
            if (!ScoreFileReader.sha256(bytes).equals(previewedSha256)) {
                throw new UserFacingException("import.changedSincePreview", fileName);
            }
            return parse(fileName, bytes);
        }
    }

    /** Score files; read again, the very bytes previewed are not verified a second time. */
    public static final Parser SCORE_FILES = new Parser() {
        @Override
        public ParsedScoreFile parse(String fileName, byte[] bytes) {
            return ScoreFileReader.parseOwned(fileName, bytes);
        }

        @Override
        public ParsedScoreFile parseAgain(String fileName, byte[] bytes, String previewedSha256) {
            return ScoreFileReader.parseAccepted(fileName, bytes, previewedSha256);
        }
    };

    public ImportPreview {
        files = List.copyOf(files);
    }

    /** A preview of score files (who they are from: as the files themselves say, read by the commit). */
    public ImportPreview(List<FileReport> files, ImportOptions options) {
        this(files, options, SCORE_FILES, BatchIdentities.of(List.of()));
    }

    /** The same preview with more files' reports after these (files refused before they were read). */
    public ImportPreview plus(List<FileReport> more) {
        List<FileReport> all = new ArrayList<>(files);
        all.addAll(more);
        return new ImportPreview(all, options, parser, identities);
    }

    public boolean allGood() {
        return files.stream().allMatch(f -> (f.outcome() == FileOutcome.ACCEPTED || f.outcome() == FileOutcome.UNCHANGED)
                && !f.hasConflicts());
    }
}
