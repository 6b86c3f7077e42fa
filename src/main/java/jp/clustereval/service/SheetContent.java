package jp.clustereval.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.persistence.StoredSheet;
import jp.clustereval.scorefile.CanonicalJson;
import jp.clustereval.scorefile.ScoreFileJson;
import jp.clustereval.scorefile.ScoreFileReader;
import jp.clustereval.scorefile.ScoreSheet;

/**
 * What two sheets of the same revision must agree on to be "the same": status, overall comment and
 * every item's grade, comment and indication. Empty entries (no grade, no text) count as absent, and
 * the last-change time does not count, so an export-import round trip compares equal.
 */
record SheetContent(SheetStatus status, String comment, List<ItemEntry> items) {

    static SheetContent of(ScoreSheet s) {
        return new SheetContent(s.status(), s.comment(), normalized(s.items()));
    }

    static SheetContent of(StoredSheet s) {
        return new SheetContent(s.status(), s.comment(), normalized(List.copyOf(s.entries().values())));
    }

    static boolean isEmpty(ItemEntry e) {
        return e.grade() == null && e.comment().isEmpty() && e.indication().isEmpty();
    }

    private static List<ItemEntry> normalized(List<ItemEntry> entries) {
        List<ItemEntry> items = new ArrayList<>();
        for (ItemEntry e : entries) {
            if (!isEmpty(e)) {
                items.add(e);
            }
        }
        items.sort(Comparator.comparing(ItemEntry::itemId));
        return List.copyOf(items);
    }

    /** SHA-256 of the canonical JSON of the content: how decided conflicts are recognised again. */
    String hash() {
        return ScoreFileReader.sha256(CanonicalJson.bytes(ScoreFileJson.sheet(asSheet("", 0, Instant.EPOCH))));
    }

    ScoreSheet asSheet(String cluster, long revision, Instant updatedAt) {
        return new ScoreSheet(cluster, status, revision, updatedAt, comment, items, true);
    }

    Map<String, ItemEntry> byItem() {
        Map<String, ItemEntry> map = new java.util.LinkedHashMap<>();
        items.forEach(e -> map.put(e.itemId(), e));
        return map;
    }
}
