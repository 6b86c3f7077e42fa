package jp.clustereval.ui.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.Round;

/** The items of one axis (A R&D ... E Cluster formation) and my current score on it. */
public final class AxisGroupViewModel {

    private final Axis axis;
    private final List<ItemViewModel> items;
    /** Null while no item of the axis is graded. */
    private final ObjectProperty<Double> score = new SimpleObjectProperty<>(this, "score");

    public AxisGroupViewModel(Axis axis, List<ItemViewModel> items) {
        this.axis = axis;
        this.items = List.copyOf(items);
    }

    /**
     * Groups a cluster's graded items under the round's axes (each followed by its gradable
     * sub-items, e.g. research themes); axes without items are left out.
     */
    static List<AxisGroupViewModel> build(Round round, String clusterCode, List<Item> gradedItems,
                                          Function<Item, ItemViewModel> make) {
        List<AxisGroupViewModel> groups = new ArrayList<>();
        for (Axis axis : round.axes()) {
            List<ItemViewModel> axisItems = new ArrayList<>();
            for (Item item : gradedItems) {
                if (axis.code().equals(item.axisCode())) {
                    axisItems.add(make.apply(item));
                    for (Item sub : round.items().children(item.id(), clusterCode)) {
                        if (sub.isGradable()) {
                            axisItems.add(make.apply(sub));
                        }
                    }
                }
            }
            if (!axisItems.isEmpty()) {
                groups.add(new AxisGroupViewModel(axis, axisItems));
            }
        }
        return groups;
    }

    public Axis axis() {
        return axis;
    }

    public List<ItemViewModel> items() {
        return items;
    }

    public ObjectProperty<Double> scoreProperty() {
        return score;
    }
}
