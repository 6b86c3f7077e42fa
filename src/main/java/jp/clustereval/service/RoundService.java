package jp.clustereval.service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Round;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.MetaDao;
import jp.clustereval.persistence.RoundDao;

/** The evaluation rounds of the database; a round's definition is read once and kept. */
public final class RoundService {

    private final Database db;
    private final Map<String, Round> cache = new ConcurrentHashMap<>();

    public RoundService(Database db) {
        this.db = db;
    }

    public List<String> ids() {
        return db.query(c -> new RoundDao(c).ids());
    }

    /**
     * The current round: what every command and the desktop take when no round is named. The one
     * chosen with 'round use' ({@link RoundSetupService#use}), or, until one is chosen (and in every
     * database from before rounds could be made), the newest.
     */
    public Round current() {
        return require(currentId());
    }

    /** The current round's id (see {@link #current}). */
    public String currentId() {
        return db.query(c -> {
            List<String> ids = new RoundDao(c).ids();
            if (ids.isEmpty()) {
                throw new UserFacingException("round.none", db.file().toString());
            }
            return new MetaDao(c).get(MetaDao.CURRENT_ROUND).filter(ids::contains).orElse(ids.get(0));
        });
    }

    /** The round with this id, or the current one when id is null; unknown ids are refused. */
    public Round require(String id) {
        if (id == null) {
            return current();
        }
        Round cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        Round round = db.query(c -> new RoundDao(c).load(id))
                .orElseThrow(() -> new UserFacingException("round.unknown", id, String.join(", ", ids())));
        cache.put(id, round);
        return round;
    }

    /** The round if it was read already (no database access, for other threads); null if not. */
    Round cached(String id) {
        return id == null ? null : cache.get(id);
    }

    /** Forgets the cached definition, e.g. after its weights changed, so that the next read sees them. */
    public void invalidate(String id) {
        cache.remove(id);
    }
}
