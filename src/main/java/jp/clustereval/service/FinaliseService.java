package jp.clustereval.service;

import java.time.Instant;
import java.util.Optional;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Finalisation;
import jp.clustereval.domain.Round;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.EvaluatorDao;
import jp.clustereval.persistence.RosterDao;
import jp.clustereval.persistence.RoundAuditDao;
import jp.clustereval.persistence.RoundFinalDao;

/**
 * Finalising a round (its figures frozen as the panel decided them, {@link RoundGuard}) and
 * reopening it. Only a chair on the round's roster finalises; a reopening needs a reason. Both are
 * one transaction with their round_audit row (finalise: the chair; reopen: the reason).
 */
public final class FinaliseService {

    /** A reopening's reason is one line of at most this many characters. */
    public static final int MAX_REASON = 500;

    private final Database db;
    private final RoundService rounds;
    private final EvaluatorService evaluators;

    public FinaliseService(Database db, RoundService rounds, EvaluatorService evaluators) {
        this.db = db;
        this.rounds = rounds;
        this.evaluators = evaluators;
    }

    /** The round's finalisation (null: the current round); empty while it is open. */
    public Optional<Finalisation> state(String roundId) {
        Round round = rounds.require(roundId);
        return db.query(c -> {
            Optional<RoundFinalDao.Row> row = new RoundFinalDao(c).find(round.id());
            if (row.isEmpty()) {
                return Optional.<Finalisation>empty();
            }
            RoundFinalDao.Row f = row.get();
            String name = new EvaluatorDao(c).findById(f.finalisedBy()).map(Evaluator::name).orElse(f.finalisedBy());
            return Optional.of(new Finalisation(f.roundId(), f.finalisedAt(), f.finalisedBy(), name));
        });
    }

    /** Finalises the round (null: the current round) in the name of {@code chairIdOrName}, a chair of its roster. */
    public Finalisation finalise(String roundId, String chairIdOrName, String actor) {
        Round round = rounds.require(roundId);
        Evaluator chair = evaluators.resolve(chairIdOrName);
        Instant now = Instant.now();
        db.inTransaction(c -> {
            if (!new RosterDao(c).has(round.id(), chair.id(), RosterService.CHAIR)) {
                throw new UserFacingException("finalise.notChair", chair.name(), round.id());
            }
            Optional<UserFacingException> already = RoundGuard.refusal(c, round.id());
            if (already.isPresent()) {
                throw new UserFacingException("finalise.already", already.get().args());
            }
            new RoundFinalDao(c).insert(new RoundFinalDao.Row(round.id(), now, chair.id()));
            new RoundAuditDao(c).insert(new RoundAuditDao.Entry(now, actor, round.id(), "finalise", chair.id(), ""));
            return null;
        });
        return new Finalisation(round.id(), now, chair.id(), chair.name());
    }

    /** Reopens a final round (null: the current round): its figures can change again; the reason is recorded. */
    public void reopen(String roundId, String reason, String actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON || !jp.clustereval.common.SafeText.isSafeLine(why)) {
            throw new UserFacingException("finalise.reason", MAX_REASON);
        }
        Round round = rounds.require(roundId);
        Instant now = Instant.now();
        db.inTransaction(c -> {
            Optional<RoundFinalDao.Row> row = new RoundFinalDao(c).find(round.id());
            if (row.isEmpty()) {
                throw new UserFacingException("finalise.notFinal", round.id());
            }
            new RoundFinalDao(c).delete(round.id());
            new RoundAuditDao(c).insert(new RoundAuditDao.Entry(now, actor, round.id(), "reopen",
                    row.get().finalisedBy() + " " + row.get().finalisedAt(), why));
            return null;
        });
    }
}
