package jp.clustereval.domain;

import java.util.List;

/**
 * Everything that defines a round: its identity (id, names, kind, fiscal year), its units (the
 * clusters or areas it evaluates, in order) and the round itself (scale, axes with their weights,
 * item tree with item weights, cohort). {@link RoundRules} says whether it is valid.
 */
public record RoundDefinition(Round round, RoundKind kind, int fiscalYear, List<Cluster> units) {

    public RoundDefinition {
        units = List.copyOf(units);
    }

    public String id() {
        return round.id();
    }

    /** The same definition under another identity: how a round is made from another or from a file. */
    public RoundDefinition as(String id, LocalizedText name, RoundKind newKind) {
        Round r = new Round(id, name, round.scale(), round.axes(), round.items(), round.cohort());
        return new RoundDefinition(r, newKind, fiscalYear, units);
    }
}
