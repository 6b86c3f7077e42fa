package jp.clustereval.service;

import java.util.List;

/** What an import would do, file by file, before anything is stored. Commit it with {@link ImportService#commit}. */
public record ImportPreview(List<FileReport> files, ImportOptions options) {

    public ImportPreview {
        files = List.copyOf(files);
    }

    public boolean allGood() {
        return files.stream().allMatch(f -> (f.outcome() == FileOutcome.ACCEPTED || f.outcome() == FileOutcome.UNCHANGED)
                && !f.hasConflicts());
    }
}
