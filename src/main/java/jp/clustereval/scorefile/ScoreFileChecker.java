package jp.clustereval.scorefile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.clustereval.domain.GradeLevel;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetScorer;
import jp.clustereval.domain.SheetStatus;

/**
 * Checks a file's content against the round it names and the clusters of the database: the round's
 * fingerprint, cluster codes, item ids (gradable and applying to that cluster), grades on the
 * scale, and that a sheet marked complete grades every item. Returns the content with grades as the
 * scale's codes (s becomes S).
 */
public final class ScoreFileChecker {

    private ScoreFileChecker() {
    }

    public static ScoreFile check(ScoreFile file, Round round, Set<String> clusterCodes) {
        return check(file, round, RoundFingerprint.of(round), clusterCodes);
    }

    /** As above, with the round's fingerprint already made (a batch of files checks it once). */
    public static ScoreFile check(ScoreFile file, Round round, String roundFingerprint, Set<String> clusterCodes) {
        if (!roundFingerprint.equals(file.roundFingerprint())) {
            throw new ScoreFileException("scorefile.roundFingerprint", file.roundId());
        }
        List<ScoreSheet> sheets = new ArrayList<>();
        for (ScoreSheet s : file.sheets()) {
            sheets.add(checkSheet(s, round, clusterCodes));
        }
        return new ScoreFile(file.formatVersion(), file.appVersion(), file.exportedAt(), file.roundId(),
                file.roundFingerprint(), file.evaluator(), sheets);
    }

    /**
     * The checks that need only the round (fingerprint, items, grades), which can run while the file is
     * read, away from the database; {@link #checkClusters} then finishes them. Together they refuse
     * exactly what {@link #check} refuses, with the same first defect: a file that passes these was
     * fine on every item, so its first defect can only be a sheet's cluster.
     */
    public static ScoreFile checkItems(ScoreFile file, Round round, String roundFingerprint) {
        if (!roundFingerprint.equals(file.roundFingerprint())) {
            throw new ScoreFileException("scorefile.roundFingerprint", file.roundId());
        }
        List<ScoreSheet> sheets = new ArrayList<>();
        for (ScoreSheet s : file.sheets()) {
            sheets.add(items(s, round));
        }
        return new ScoreFile(file.formatVersion(), file.appVersion(), file.exportedAt(), file.roundId(),
                file.roundFingerprint(), file.evaluator(), sheets);
    }

    /** The clusters of a file that passed {@link #checkItems}: refused for the first unknown one. */
    public static ScoreFile checkClusters(ScoreFile file, Set<String> clusterCodes) {
        for (ScoreSheet s : file.sheets()) {
            if (!clusterCodes.contains(s.cluster())) {
                throw new ScoreFileException("scorefile.unknownCluster", s.cluster());
            }
        }
        return file;
    }

    public static ScoreSheet checkSheet(ScoreSheet s, Round round, Set<String> clusterCodes) {
        if (!clusterCodes.contains(s.cluster())) {
            throw new ScoreFileException("scorefile.unknownCluster", s.cluster());
        }
        return items(s, round);
    }

    private static ScoreSheet items(ScoreSheet s, Round round) {
        List<ItemEntry> items = new ArrayList<>();
        for (ItemEntry e : s.items()) {
            Item item = round.items().find(e.itemId()).filter(i -> i.isGradable() && i.appliesTo(s.cluster()))
                    .orElseThrow(() -> new ScoreFileException("scorefile.unknownItem", e.itemId(), s.cluster()));
            String grade = null;
            if (e.grade() != null && !e.grade().isBlank()) {
                grade = round.scale().find(e.grade()).map(GradeLevel::code).orElseThrow(() -> new ScoreFileException(
                        "scorefile.gradeOffScale", e.grade(), item.id(), s.cluster(), round.scale().codes()));
            }
            items.add(new ItemEntry(item.id(), grade, e.comment(), e.indication()));
        }
        if (s.status() == SheetStatus.COMPLETE) {
            complete(s.cluster(), items, round);
        }
        return new ScoreSheet(s.cluster(), s.status(), s.revision(), s.updatedAt(), s.comment(), items, s.versioned());
    }

    /**
     * A sheet marked complete grades every graded item of its cluster (an item with sub-items counts
     * when it or one of its sub-items is graded, as for scoring), as the application requires before
     * it lets an evaluator mark a sheet complete.
     */
    private static void complete(String cluster, List<ItemEntry> items, Round round) {
        Map<String, String> grades = new HashMap<>();
        for (ItemEntry e : items) {
            if (e.grade() != null) {
                grades.put(e.itemId(), e.grade());
            }
        }
        List<String> missing = new SheetScorer(round).ungradedItems(cluster, grades);
        if (!missing.isEmpty()) {
            throw new ScoreFileException("scorefile.incomplete", cluster, String.join(", ", missing));
        }
    }
}
