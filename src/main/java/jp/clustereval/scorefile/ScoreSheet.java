package jp.clustereval.scorefile;

import java.time.Instant;
import java.util.List;

import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.SheetStatus;

/**
 * One evaluator's sheet for one cluster as a file carries it. A CSV sheet has no revision of its
 * own ({@code versioned} false): it becomes the next revision when its content differs.
 */
public record ScoreSheet(String cluster, SheetStatus status, long revision, Instant updatedAt, String comment,
                         List<ItemEntry> items, boolean versioned) {

    public ScoreSheet {
        comment = comment == null ? "" : comment;
        items = List.copyOf(items);
    }

    public ScoreSheet withRevision(long newRevision) {
        return new ScoreSheet(cluster, status, newRevision, updatedAt, comment, items, versioned);
    }
}
