package jp.clustereval.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.EvaluatorDao;
import jp.clustereval.persistence.MetaDao;

/** The evaluators of a database, and which of them uses this machine (the local evaluator). */
public final class EvaluatorService {

    private static final int MAX_NAME = 200;

    private final Database db;

    public EvaluatorService(Database db) {
        this.db = db;
    }

    /** Creates an evaluator with a new UUID. The name is required; blanks around it are dropped. */
    public Evaluator add(String name, String affiliation) {
        Evaluator evaluator = validated(name, affiliation);
        db.inTransaction(c -> {
            new EvaluatorDao(c).insert(evaluator, Instant.now());
            return null;
        });
        return evaluator;
    }

    /** Creates the evaluator who uses this database on this machine ("who are you" on first start). */
    public Evaluator createLocal(String name, String affiliation) {
        return createLocal(name, affiliation, LocalRole.GRADER);
    }

    /**
     * As {@link #createLocal(String, String)}, storing the first-start answer (app_meta.local_role);
     * the chair's setup, which also rosters them, is {@link RosterService#setUpLocalChair}.
     */
    Evaluator createLocal(String name, String affiliation, LocalRole role) {
        Evaluator evaluator = validated(name, affiliation);
        db.inTransaction(c -> {
            insertLocal(c, evaluator, role);
            return null;
        });
        return evaluator;
    }

    /** The local person's rows: the evaluator, who the local one is, and their first-start answer. */
    static void insertLocal(java.sql.Connection c, Evaluator evaluator, LocalRole role) throws java.sql.SQLException {
        new EvaluatorDao(c).insert(evaluator, Instant.now());
        MetaDao meta = new MetaDao(c);
        meta.put(MetaDao.LOCAL_EVALUATOR, evaluator.id());
        meta.put(MetaDao.LOCAL_ROLE, role.stored());
    }

    /** What the local person answered at first start; empty for a database set up before the question. */
    public Optional<LocalRole> localRole() {
        return db.query(c -> new MetaDao(c).get(MetaDao.LOCAL_ROLE).flatMap(LocalRole::of));
    }

    public Optional<Evaluator> local() {
        return db.query(c -> {
            Optional<String> id = new MetaDao(c).get(MetaDao.LOCAL_EVALUATOR);
            return id.isEmpty() ? Optional.empty() : new EvaluatorDao(c).findById(id.get());
        });
    }

    public List<Evaluator> all() {
        return db.query(c -> new EvaluatorDao(c).findAll());
    }

    /** Finds an evaluator by id, or else by name; unknown or ambiguous names are refused. */
    public Evaluator resolve(String idOrName) {
        String key = idOrName == null ? "" : idOrName.trim();
        return db.query(c -> {
            EvaluatorDao dao = new EvaluatorDao(c);
            Optional<Evaluator> byId = dao.findById(key);
            if (byId.isPresent()) {
                return byId.get();
            }
            List<Evaluator> byName = dao.findByName(key);
            if (byName.isEmpty()) {
                throw new UserFacingException("evaluator.unknown", key);
            }
            if (byName.size() > 1) {
                throw new UserFacingException("evaluator.ambiguous", key, byName.size());
            }
            return byName.get(0);
        });
    }

    static Evaluator validated(String name, String affiliation) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new UserFacingException("evaluator.nameRequired");
        }
        if (n.length() > MAX_NAME) {
            throw new UserFacingException("evaluator.nameTooLong", MAX_NAME);
        }
        return new Evaluator(UUID.randomUUID().toString(), n, affiliation == null ? "" : affiliation.strip());
    }
}
