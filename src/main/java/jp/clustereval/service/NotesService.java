package jp.clustereval.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.UnitNote;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.RoundAuditDao;
import jp.clustereval.persistence.RoundDao;
import jp.clustereval.persistence.UnitNoteDao;

/**
 * The panel meeting's record per unit of a round: the chair's discussion note (it goes into the
 * decision record) and the panel's consensus comment (it goes into the unit's feedback report).
 * The texts are checked as evaluators' comments are (at most {@value GradingService#MAX_TEXT}
 * characters, stored as typed, escaped wherever shown). Every change is one transaction with a
 * round_audit row per changed text holding who, when, the old and the new text; refused input stores nothing.
 */
public final class NotesService {

    /** The round_audit action of a changed discussion note. */
    public static final String AUDIT_NOTE = "unit-note";
    /** The round_audit action of a changed consensus comment. */
    public static final String AUDIT_CONSENSUS = "unit-consensus";

    private final Database db;
    private final RoundService rounds;
    private final EvaluatorService evaluators;

    public NotesService(Database db, RoundService rounds, EvaluatorService evaluators) {
        this.db = db;
        this.rounds = rounds;
        this.evaluators = evaluators;
    }

    /** Every unit of the round (null: the current round) with a stored note or consensus comment, in the round's order. */
    public List<UnitNote> notesOf(String roundId) {
        Round round = rounds.require(roundId);
        return db.query(c -> new UnitNoteDao(c).ofRound(round.id()));
    }

    /** The unit's note and consensus comment in the round (null: the current round); empty texts when none was written. */
    public UnitNote of(String roundId, String clusterCode) {
        Round round = rounds.require(roundId);
        return db.query(c -> {
            requireUnit(c, round.id(), clusterCode);
            return new UnitNoteDao(c).find(round.id(), clusterCode).orElse(UnitNote.empty(round.id(), clusterCode));
        });
    }

    /**
     * Sets the unit's discussion note and/or consensus comment (null: left as it is; "" clears it).
     * Recorded as changed by this database's local evaluator (their id), or by {@code fallbackActor}
     * in a database without one. A text equal to the stored one changes nothing and is not audited.
     */
    public UnitNote set(String roundId, String clusterCode, String note, String consensus, String fallbackActor) {
        if (note == null && consensus == null) {
            throw new UserFacingException("notes.nothingToSet");
        }
        checked(note);
        checked(consensus);
        Round round = rounds.require(roundId);
        String actor = evaluators.local().map(Evaluator::id).orElse(fallbackActor);
        Instant now = Instant.now();
        // a final round's notes and consensus are those of its decision record: they change only once it is reopened
        return RoundGuard.write(db, round.id(), c -> {
            requireUnit(c, round.id(), clusterCode);
            UnitNoteDao dao = new UnitNoteDao(c);
            UnitNote old = dao.find(round.id(), clusterCode).orElse(UnitNote.empty(round.id(), clusterCode));
            String newNote = note == null ? old.note() : note;
            String newConsensus = consensus == null ? old.consensus() : consensus;
            if (newNote.equals(old.note()) && newConsensus.equals(old.consensus())) {
                return old;
            }
            UnitNote stored = new UnitNote(round.id(), clusterCode, newNote, newConsensus, now, actor);
            dao.put(stored);
            RoundAuditDao audit = new RoundAuditDao(c);
            if (!newNote.equals(old.note())) {
                audit.insert(new RoundAuditDao.Entry(now, actor, round.id(), AUDIT_NOTE, detail(clusterCode, old.note(), newNote), ""));
            }
            if (!newConsensus.equals(old.consensus())) {
                audit.insert(new RoundAuditDao.Entry(now, actor, round.id(), AUDIT_CONSENSUS,
                        detail(clusterCode, old.consensus(), newConsensus), ""));
            }
            return stored;
        });
    }

    private static void requireUnit(Connection c, String roundId, String clusterCode) throws SQLException {
        if (clusterCode == null || !new RoundDao(c).units(roundId).contains(clusterCode)) {
            throw new UserFacingException("notes.notUnit", clusterCode == null ? "" : clusterCode, roundId);
        }
    }

    /** The comments' rule: at most {@value GradingService#MAX_TEXT} characters, any characters (escaped where shown). */
    private static void checked(String text) {
        if (text != null && text.length() > GradingService.MAX_TEXT) {
            throw new UserFacingException("text.tooLong", GradingService.MAX_TEXT);
        }
    }

    /** The audit detail as JSON, keys sorted: the unit, the old and the new text. */
    private static String detail(String clusterCode, String old, String now) {
        Map<String, Object> fields = new TreeMap<>(Map.of("cluster", clusterCode, "old", old, "new", now));
        try {
            return new ObjectMapper().writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
