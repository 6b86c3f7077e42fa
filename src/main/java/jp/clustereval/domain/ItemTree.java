package jp.clustereval.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A round's evaluation items as a tree of any depth, in display order. */
public final class ItemTree {

    private final Map<String, Item> byId = new LinkedHashMap<>();
    /** Clusters some item is specific to; every other cluster sees the same items. */
    private final java.util.Set<String> clustersWithOwnItems = new java.util.HashSet<>();
    /**
     * The answers of {@link #children} and {@link #gradedItems}, made once: scoring a sheet asks them
     * for every item, and an import scores tens of thousands of sheets. Keyed by the cluster only
     * where it has items of its own, so the caches stay as small as the tree, not as the clusters.
     */
    private final Map<String, List<Item>> childrenCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<Item>> gradedCache = new java.util.concurrent.ConcurrentHashMap<>();

    public ItemTree(List<Item> items) {
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(Item::order).thenComparing(Item::id));
        for (Item item : sorted) {
            if (byId.put(item.id(), item) != null) {
                throw new IllegalArgumentException("Item id '" + item.id() + "' appears twice");
            }
        }
        for (Item item : sorted) {
            if (item.clusterCode() != null) {
                clustersWithOwnItems.add(item.clusterCode());
            }
            if (item.parentId() != null && !byId.containsKey(item.parentId())) {
                throw new IllegalArgumentException(
                        "Item '" + item.id() + "' names an unknown parent '" + item.parentId() + "'");
            }
        }
    }

    public List<Item> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Item> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Item> children(String parentId, String clusterCode) {
        return childrenCache.computeIfAbsent(scope(clusterCode) + "\u0000" + parentId, k -> byId.values().stream()
                .filter(i -> parentId.equals(i.parentId()) && i.appliesTo(clusterCode))
                .toList());
    }

    /** The items graded on an axis for a cluster (not their sub-items), in display order. */
    public List<Item> axisItems(String axisCode, String clusterCode) {
        return byId.values().stream()
                .filter(i -> i.kind() == ItemKind.GRADED && axisCode.equals(i.axisCode()) && i.appliesTo(clusterCode))
                .toList();
    }

    /** Every graded item (one per row of a sheet) that applies to a cluster. */
    public List<Item> gradedItems(String clusterCode) {
        return gradedCache.computeIfAbsent(scope(clusterCode), k -> byId.values().stream()
                .filter(i -> i.kind() == ItemKind.GRADED && i.appliesTo(clusterCode))
                .toList());
    }

    /** The cache key of a cluster: its code where it has items of its own, else one key for all others. */
    private String scope(String clusterCode) {
        return clusterCode != null && clustersWithOwnItems.contains(clusterCode) ? "=" + clusterCode : "*";
    }

    /** The axis an item counts in: its own, or the nearest ancestor's for a sub-item. */
    public Optional<String> axisOf(String itemId) {
        Item item = byId.get(itemId);
        while (item != null) {
            if (item.axisCode() != null) {
                return Optional.of(item.axisCode());
            }
            item = item.parentId() == null ? null : byId.get(item.parentId());
        }
        return Optional.empty();
    }
}
