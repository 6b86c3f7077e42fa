package jp.clustereval.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A round's evaluation items as a tree of any depth, in display order. */
public final class ItemTree {

    private final Map<String, Item> byId = new LinkedHashMap<>();
    // looked up for every item of every sheet scored (500,000 sheets in a national round): kept, in display order
    private final Map<String, List<Item>> childrenOf = new HashMap<>();
    private final Map<String, List<Item>> gradedOnAxis = new HashMap<>();
    private final List<Item> graded = new ArrayList<>();

    public ItemTree(List<Item> items) {
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(Item::order).thenComparing(Item::id));
        for (Item item : sorted) {
            if (byId.put(item.id(), item) != null) {
                throw new IllegalArgumentException("Item id '" + item.id() + "' appears twice");
            }
        }
        for (Item item : sorted) {
            if (item.parentId() != null && !byId.containsKey(item.parentId())) {
                throw new IllegalArgumentException(
                        "Item '" + item.id() + "' names an unknown parent '" + item.parentId() + "'");
            }
            if (item.parentId() != null) {
                childrenOf.computeIfAbsent(item.parentId(), k -> new ArrayList<>()).add(item);
            }
            if (item.kind() == ItemKind.GRADED) {
                graded.add(item);
                if (item.axisCode() != null) {
                    gradedOnAxis.computeIfAbsent(item.axisCode(), k -> new ArrayList<>()).add(item);
                }
            }
        }
    }

    private static List<Item> applying(List<Item> items, String clusterCode) {
        if (items == null) {
            return List.of();
        }
        List<Item> out = new ArrayList<>(items.size());
        for (Item i : items) {
            if (i.appliesTo(clusterCode)) {
                out.add(i);
            }
        }
        return List.copyOf(out);
    }

    public List<Item> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Item> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Item> children(String parentId, String clusterCode) {
        return applying(childrenOf.get(parentId), clusterCode);
    }

    /** The items graded on an axis for a cluster (not their sub-items), in display order. */
    public List<Item> axisItems(String axisCode, String clusterCode) {
        return applying(gradedOnAxis.get(axisCode), clusterCode);
    }

    /** Every graded item (one per row of a sheet) that applies to a cluster. */
    public List<Item> gradedItems(String clusterCode) {
        return applying(graded, clusterCode);
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
