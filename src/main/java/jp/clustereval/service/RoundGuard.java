package jp.clustereval.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import jp.clustereval.common.SafeText;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.EvaluatorDao;
import jp.clustereval.persistence.RoundFinalDao;
import jp.clustereval.persistence.SqlWork;

/**
 * The one check that keeps a finalised round's figures as the panel decided them: every service
 * that changes something of a round writes through {@link #write}, which refuses the change, inside
 * the same transaction (so that a round finalised meanwhile cannot slip through), while the round is
 * final. The import, which judges many files in one transaction, asks {@link #refusal} per file.
 */
public final class RoundGuard {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private RoundGuard() {
    }

    /** Runs the work in one transaction, after refusing it when the round is final. */
    public static <T> T write(Database db, String roundId, SqlWork<T> work) {
        return db.inTransaction(c -> {
            requireOpen(c, roundId);
            return work.run(c);
        });
    }

    /** Refuses ({@code round.final}) when the round is final; inside the caller's transaction. */
    public static void requireOpen(Connection c, String roundId) throws SQLException {
        Optional<UserFacingException> refused = refusal(c, roundId);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /** Why nothing of the round may change (empty: it is open). */
    public static Optional<UserFacingException> refusal(Connection c, String roundId) throws SQLException {
        Optional<RoundFinalDao.Row> row = new RoundFinalDao(c).find(roundId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        RoundFinalDao.Row f = row.get();
        String by = new EvaluatorDao(c).findById(f.finalisedBy()).map(e -> e.name()).orElse(f.finalisedBy());
        return Optional.of(new UserFacingException("round.final", SafeText.line(f.roundId()), DAY.format(f.finalisedAt()),
                SafeText.line(by)));
    }
}
