package jp.clustereval.service;

import java.util.List;
import java.util.stream.Collectors;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Cluster;
import jp.clustereval.persistence.AssignmentDao;
import jp.clustereval.persistence.ClusterDao;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.RosterDao;
import jp.clustereval.persistence.RoundDao;

/** Reads the clusters (units); their evidence is a round's ({@link EvidenceService}). */
public final class ClusterService {

    private final Database db;

    public ClusterService(Database db) {
        this.db = db;
    }

    public List<Cluster> all() {
        return db.query(c -> new ClusterDao(c).findAll());
    }

    /** The clusters with these codes, in the order of {@link #all}: without reading every other one. */
    public List<Cluster> withCodes(java.util.Collection<String> codes) {
        return db.query(c -> new ClusterDao(c).findAll(codes));
    }

    /** The units (clusters, areas) the round evaluates, in the round's order. */
    public List<Cluster> ofRound(String roundId) {
        return db.query(c -> {
            List<String> codes = new RoundDao(c).units(roundId);
            java.util.Map<String, Cluster> byCode = new java.util.HashMap<>();
            new ClusterDao(c).findAll(codes).forEach(cl -> byCode.put(cl.code(), cl));
            return codes.stream().map(byCode::get).toList();
        });
    }

    /**
     * The units of the round this person works on, in the round's order: for an evaluator the ones
     * assigned to them once the round has assignments (none when nothing is assigned to them), every
     * unit until then; for the round's chair (roster role chair, not also an evaluator) every unit.
     */
    public List<Cluster> ofRound(String roundId, String evaluatorId) {
        List<Cluster> units = ofRound(roundId);
        java.util.Optional<java.util.Set<String>> assigned = db.query(c -> {
            AssignmentDao dao = new AssignmentDao(c);
            RosterDao roster = new RosterDao(c);
            boolean chairOnly = roster.has(roundId, evaluatorId, RosterService.CHAIR)
                    && !roster.has(roundId, evaluatorId, RosterService.EVALUATOR);
            return dao.any(roundId) && !chairOnly
                    ? java.util.Optional.of(dao.ofRound(roundId).getOrDefault(evaluatorId, java.util.Set.of()))
                    : java.util.Optional.<java.util.Set<String>>empty();
        });
        return assigned.map(mine -> units.stream().filter(u -> mine.contains(u.code())).toList()).orElse(units);
    }

    /** The cluster with this code (case-insensitive); an unknown code is refused naming the valid ones. */
    public Cluster require(String code) {
        String wanted = code == null ? "" : code.trim();
        // the exact code by its key (every save checks it; a national round has 100,000 clusters)
        java.util.Optional<Cluster> exact = db.query(c -> new ClusterDao(c).find(wanted));
        if (exact.isPresent()) {
            return exact.get();
        }
        List<Cluster> all = all();
        return all.stream().filter(cl -> cl.code().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new UserFacingException("cluster.unknown", wanted,
                        all.stream().map(Cluster::code).collect(Collectors.joining(", "))));
    }

    /** The unit with this code (as {@link #require}), refused when the round does not evaluate it. */
    public Cluster requireUnit(String roundId, String code) {
        Cluster cluster = require(code);
        if (!db.query(c -> new RoundDao(c).hasUnit(roundId, cluster.code()))) {
            throw new UserFacingException("assign.notUnit", cluster.code(), roundId);
        }
        return cluster;
    }
}
