package jp.clustereval.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.panel.CohortSpec;
import jp.clustereval.ui.common.Messages;

/** A choice of clusters to compare, with the text the chair reads. */
public record CohortChoice(CohortSpec spec, String label) {

    @Override
    public String toString() {
        return label;
    }

    /**
     * The round's cohort first (named by its size: the seed's 12 FY2002 clusters, a City Area round's
     * own), then every start year, wide area and field among the round's units, then all of them.
     */
    public static List<CohortChoice> of(Round round, List<Cluster> clusters, Messages m) {
        List<CohortChoice> out = new ArrayList<>();
        out.add(new CohortChoice(CohortSpec.ROUND, m.format("results.cohort.round", round.cohort().size())));
        new TreeSet<>(clusters.stream().map(Cluster::startFiscalYear).toList()).forEach(y ->
                out.add(new CohortChoice(CohortSpec.parse("fy" + y), m.format("results.cohort.year", String.valueOf(y)))));
        new TreeSet<>(clusters.stream().map(Cluster::wideArea).filter(a -> a != null && !a.isBlank()).toList())
                .forEach(a -> add(out, a, m.format("results.cohort.wide", a)));
        new TreeSet<>(clusters.stream().flatMap(c -> c.fields().stream()).toList()).forEach(f ->
                out.add(new CohortChoice(CohortSpec.parse("field:" + f), m.format("results.cohort.field", f))));
        out.add(new CohortChoice(new CohortSpec("all"), m.get("results.cohort.all")));
        return out;
    }

    private static void add(List<CohortChoice> out, String spec, String label) {
        try {
            out.add(new CohortChoice(CohortSpec.parse(spec), label));
        } catch (RuntimeException e) {
            // a wide area whose name the cohort syntax cannot hold is left out of the choice
        }
    }
}
