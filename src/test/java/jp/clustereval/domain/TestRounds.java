package jp.clustereval.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rounds built in code, shaped like the seeded FY2004 mid-term round, for hand-worked examples. */
public final class TestRounds {

    private TestRounds() {
    }

    public static GradeScale scale() {
        return new GradeScale(List.of(
                new GradeLevel("S", 4, new LocalizedText("計画を大きく上回って進捗している", "Clearly exceeded the plan")),
                new GradeLevel("A", 3, new LocalizedText("計画どおり", "Achieved the plan")),
                new GradeLevel("B", 2, new LocalizedText("一部達成", "Below the plan")),
                new GradeLevel("C", 1, new LocalizedText("下回る", "Broadly below the plan"))));
    }

    /** Axis weights A..E and item weights (others 1) as given. */
    public static Round round(Map<String, Double> axisWeights, Map<String, Double> itemWeights, Set<String> cohort,
                              List<Item> extraItems) {
        List<Axis> axes = new ArrayList<>();
        for (String code : List.of("A", "B", "C", "D", "E")) {
            axes.add(new Axis(code, new LocalizedText(code, code), axisWeights.getOrDefault(code, 1.0)));
        }
        List<Item> items = new ArrayList<>();
        items.add(heading("1", null, 0));
        items.add(graded("1.1", "1", "A", itemWeights, 1));
        items.add(heading("1.2", "1", 2));
        items.add(graded("1.2.1", "1.2", "B", itemWeights, 3));
        items.add(graded("1.2.2", "1.2", "B", itemWeights, 4));
        items.add(graded("1.3", "1", "C", itemWeights, 5));
        items.add(heading("2", null, 6));
        items.add(graded("2.1", "2", "D", itemWeights, 7));
        items.add(graded("2.2", "2", "D", itemWeights, 8));
        items.add(graded("2.3", "2", "D", itemWeights, 9));
        items.add(graded("3", null, "D", itemWeights, 10));
        items.add(graded("4", null, "E", itemWeights, 11));
        items.addAll(extraItems);
        return new Round("test", new LocalizedText("テスト", "Test"), scale(), axes, new ItemTree(items), cohort);
    }

    public static Round equalWeights(Set<String> cohort) {
        return round(Map.of(), Map.of(), cohort, List.of());
    }

    public static Item subItem(String id, String parent, String cluster, int order) {
        return new Item(id, parent, ItemKind.SUB_ITEM, null, cluster, new LocalizedText(id, id),
                new LocalizedText("", ""), 1, order);
    }

    private static Item heading(String id, String parent, int order) {
        return new Item(id, parent, ItemKind.HEADING, null, null, new LocalizedText(id, id), new LocalizedText("", ""), 1,
                order);
    }

    private static Item graded(String id, String parent, String axis, Map<String, Double> weights, int order) {
        return new Item(id, parent, ItemKind.GRADED, axis, null, new LocalizedText(id, id), new LocalizedText("", ""),
                weights.getOrDefault(id, 1.0), order);
    }
}
