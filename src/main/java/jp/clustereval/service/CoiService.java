package jp.clustereval.service;

import java.time.Instant;
import java.util.List;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.persistence.AssignmentDao;
import jp.clustereval.persistence.CoiDao;
import jp.clustereval.persistence.RoundAuditDao;
import jp.clustereval.persistence.Database;

/**
 * Conflicts of interest: an evaluator affiliated with a cluster. Their grades for it stay stored but
 * are left out of every average, unless the chair includes them with a recorded reason.
 */
public final class CoiService {

    private final Database db;
    private final RoundService rounds;
    private final EvaluatorService evaluators;
    private final ClusterService clusters;

    public CoiService(Database db, RoundService rounds, EvaluatorService evaluators, ClusterService clusters) {
        this.db = db;
        this.rounds = rounds;
        this.evaluators = evaluators;
        this.clusters = clusters;
    }

    /** Marks the affiliation; false when it was already marked. */
    public boolean add(String roundId, String evaluatorIdOrName, String clusterCode, String note, String actor) {
        Round round = rounds.require(roundId);
        Evaluator e = evaluators.resolve(evaluatorIdOrName);
        Cluster cl = clusters.requireUnit(round.id(), clusterCode);
        Instant now = Instant.now();
        return RoundGuard.write(db, round.id(), c -> {
            boolean added = new CoiDao(c).add(round.id(), e.id(), cl.code(), note, now, actor);
            // a declared conflict of interest removes the assignment: the evaluator does not grade that unit
            if (new AssignmentDao(c).remove(round.id(), e.id(), cl.code())) {
                new RoundAuditDao(c).insert(new RoundAuditDao.Entry(now, actor, round.id(), "unassign-coi",
                        e.id() + " " + cl.code(), note));
            }
            return added;
        });
    }

    /** Includes the grades in the averages (reason required), or excludes them again. */
    public void setIncluded(String roundId, String evaluatorIdOrName, String clusterCode, boolean included, String reason,
                            String actor) {
        if (included && (reason == null || reason.isBlank())) {
            throw new UserFacingException("coi.reasonRequired");
        }
        Round round = rounds.require(roundId);
        Evaluator e = evaluators.resolve(evaluatorIdOrName);
        Cluster cl = clusters.requireUnit(round.id(), clusterCode);
        boolean found = RoundGuard.write(db, round.id(), c -> new CoiDao(c).setIncluded(round.id(), e.id(), cl.code(), included,
                reason == null ? null : reason.strip(), Instant.now(), actor));
        if (!found) {
            throw new UserFacingException("coi.unknown", e.name(), cl.code());
        }
    }

    public List<ConflictOfInterest> list(String roundId) {
        Round round = rounds.require(roundId);
        return db.query(c -> new CoiDao(c).ofRound(round.id())).stream()
                .map(r -> new ConflictOfInterest(r.roundId(), r.evaluatorId(), r.clusterCode(), r.note(), r.createdAt(),
                        r.createdBy(), r.included(), r.includeReason(), r.includedBy()))
                .toList();
    }
}
