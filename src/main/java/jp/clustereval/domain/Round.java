package jp.clustereval.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An evaluation exercise (the FY2004 mid-term evaluation, the final evaluation...): its items,
 * grade scale, weighted axes and the default cohort whose average every cluster is compared with.
 */
public record Round(String id, LocalizedText name, GradeScale scale, List<Axis> axes, ItemTree items,
                    Set<String> cohort) {

    public Round {
        axes = List.copyOf(axes);
        cohort = Set.copyOf(cohort);
    }

    public Optional<Axis> axis(String code) {
        return axes.stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
