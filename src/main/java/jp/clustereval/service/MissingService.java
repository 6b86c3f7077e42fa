package jp.clustereval.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.Round;

/**
 * Who is missing in a round, read off the completeness matrix ({@link CompletenessService}, the one
 * place that decides what a sheet's state is): per rostered evaluator, the units whose cell is
 * missing or partial. A conflict or an excluded cell (conflict of interest) is not owed; a unit not
 * assigned to the evaluator has no cell and is not owed either. The e-mail comes from the roster.
 * "Nothing handed in" ({@link MissingEvaluators.State#NOTHING}): no unit of theirs holds a grade and
 * the roster knows of no sheet or score file of theirs in the round.
 */
public final class MissingService {

    private final RoundService rounds;
    private final ClusterService clusters;
    private final CompletenessService completeness;
    private final RosterService roster;

    public MissingService(RoundService rounds, ClusterService clusters, CompletenessService completeness,
                          RosterService roster) {
        this.rounds = rounds;
        this.clusters = clusters;
        this.completeness = completeness;
        this.roster = roster;
    }

    /** The round's missing evaluators (roundId null: the current round). */
    public MissingEvaluators of(String roundId) {
        Round round = rounds.require(roundId);
        Completeness matrix = completeness.matrix(round.id());
        Map<String, LocalizedText> names = new HashMap<>();
        for (Cluster c : clusters.ofRound(round.id())) {
            names.put(c.code(), c.name());
        }
        Map<String, String> emails = new HashMap<>();
        java.util.Set<String> handedIn = new java.util.HashSet<>();
        for (RosterService.Member m : roster.list(round.id())) {
            if (RosterService.EVALUATOR.equals(m.role())) {
                emails.put(m.person().id(), m.email());
                if (Boolean.TRUE.equals(m.handedIn())) {
                    handedIn.add(m.person().id());
                }
            }
        }
        List<MissingEvaluators.Row> rows = new ArrayList<>();
        for (Evaluator e : matrix.evaluators()) {
            List<MissingEvaluators.Unit> owed = new ArrayList<>();
            boolean anyGraded = false;
            for (String code : matrix.clusters()) {
                Completeness.Cell cell = matrix.cell(e.id(), code);
                if (cell == null) {
                    continue;
                }
                switch (cell.state()) {
                    case MISSING, PARTIAL -> owed.add(new MissingEvaluators.Unit(code,
                            names.getOrDefault(code, new LocalizedText(code, code)), cell.graded(), cell.total()));
                    default -> { }
                }
                anyGraded |= cell.graded() > 0 || cell.state() == Completeness.State.CONFLICT;
            }
            if (!owed.isEmpty()) {
                // a stored sheet or file without a grade (comments only) is handed in, though not graded
                boolean something = anyGraded || handedIn.contains(e.id());
                rows.add(new MissingEvaluators.Row(e, emails.getOrDefault(e.id(), ""),
                        something ? MissingEvaluators.State.PARTIAL : MissingEvaluators.State.NOTHING, owed));
            }
        }
        return new MissingEvaluators(round.id(), round.name(), rows);
    }
}
