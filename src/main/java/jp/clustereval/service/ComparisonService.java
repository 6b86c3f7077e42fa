package jp.clustereval.service;

import java.util.List;
import java.util.Optional;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.ClusterResult;
import jp.clustereval.domain.Results;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.RoundComparison;
import jp.clustereval.domain.RoundComparison.Basis;

/**
 * Two rounds compared (the mid-term and the final evaluation of the same units): a unit's figures in
 * both, axis by axis, and which earlier round a round's feedback compares a unit with. Rounds that
 * grade on other scales are never compared; rounds with other axes only by their totals.
 */
public final class ComparisonService {

    /** One unit in two rounds: the rounds, the unit and its figures in both. */
    public record UnitInRounds(Round earlier, Round later, Cluster unit, RoundComparison comparison) {
    }

    private final RoundService rounds;
    private final ClusterService clusters;
    private final ResultsService results;

    ComparisonService(RoundService rounds, ClusterService clusters, ResultsService results) {
        this.rounds = rounds;
        this.clusters = clusters;
        this.results = results;
    }

    /**
     * The two rounds, refused unless they are two and {@code needed} is what their definitions allow
     * ({@link Basis#TOTALS}: the same scale; {@link Basis#PER_AXIS}: the same axes too).
     */
    public List<Round> requireComparable(String earlierId, String laterId, Basis needed) {
        Round earlier = rounds.require(earlierId);
        Round later = rounds.require(laterId);
        if (earlier.id().equals(later.id())) {
            throw new UserFacingException("compare.sameRound", earlier.id());
        }
        Basis basis = RoundComparison.basis(earlier, later);
        if (basis == Basis.NONE) {
            throw new UserFacingException("compare.scaleDiffers", earlier.id(), later.id(),
                    earlier.scale().codes(), later.scale().codes());
        }
        if (needed == Basis.PER_AXIS && basis != Basis.PER_AXIS) {
            throw new UserFacingException("compare.axesDiffer", earlier.id(), later.id(), axisCodes(earlier),
                    axisCodes(later));
        }
        return List.of(earlier, later);
    }

    /**
     * A unit's results in both rounds axis by axis (each round's own results: complete sheets,
     * unless {@code includePartial}); refused when the rounds cannot be compared per axis, when
     * either round does not evaluate the unit, or when it has no result in either.
     */
    public UnitInRounds unit(String earlierId, String laterId, String code, boolean includePartial) {
        List<Round> pair = requireComparable(earlierId, laterId, Basis.PER_AXIS);
        Round earlier = pair.get(0);
        Round later = pair.get(1);
        Cluster unit = clusters.requireUnit(later.id(), code);
        clusters.requireUnit(earlier.id(), unit.code());
        ClusterResult before = graded(earlier, unit, includePartial);
        ClusterResult after = graded(later, unit, includePartial);
        return new UnitInRounds(earlier, later, unit, RoundComparison.of(unit.code(), later.axes(), before.axes(),
                before.total(), after.axes(), after.total()));
    }

    /**
     * The rounds made before this one (by fiscal year, then by when they were made), newest first,
     * that grade on its scale: the rounds a unit's feedback may compare it with, the first in which
     * the unit was graded being its previous round.
     */
    public List<Round> earlierComparable(Round round) {
        List<String> ids = rounds.ids(); // newest first
        int at = ids.indexOf(round.id());
        return ids.subList(at + 1, ids.size()).stream().map(rounds::require)
                .filter(r -> RoundComparison.basis(r, round) != Basis.NONE).toList();
    }

    private ClusterResult graded(Round round, Cluster unit, boolean includePartial) {
        Results r = results.results(round, round.cohort(), includePartial);
        Optional<ClusterResult> result = r.cluster(unit.code());
        return result.orElseThrow(() -> new UserFacingException("compare.notGraded", unit.code(), round.id()));
    }

    private static String axisCodes(Round round) {
        return String.join(", ", round.axes().stream().map(Axis::code).toList());
    }
}
