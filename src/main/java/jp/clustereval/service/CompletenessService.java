package jp.clustereval.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetScorer;
import jp.clustereval.persistence.AssignmentDao;
import jp.clustereval.persistence.CoiDao;
import jp.clustereval.persistence.ConflictDao;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.EvaluatorDao;
import jp.clustereval.persistence.RosterDao;
import jp.clustereval.persistence.SheetStateDao;
import jp.clustereval.persistence.StoredSheet;

/**
 * Builds the completeness matrix of a round from a handful of queries (not one per cell): the round's
 * units as columns, its rostered evaluators as rows (every evaluator while it has no roster), and a
 * cell only where the unit is the evaluator's to grade (every unit while the round has no assignments).
 */
public final class CompletenessService {

    private final Database db;
    private final RoundService rounds;
    private final ClusterService clusters;

    public CompletenessService(Database db, RoundService rounds, ClusterService clusters) {
        this.db = db;
        this.rounds = rounds;
        this.clusters = clusters;
    }

    public Completeness matrix(String roundId) {
        Round round = rounds.require(roundId);
        List<String> codes = clusters.ofRound(round.id()).stream().map(Cluster::code).toList();
        SheetScorer scorer = new SheetScorer(round);
        return db.query(c -> {
            List<Evaluator> evaluators = evaluators(c, round.id());
            Map<String, Set<String>> assigned = new AssignmentDao(c).ofRound(round.id());
            Map<String, StoredSheet> sheets = new SheetStateDao(c).round(round.id());
            Set<String> conflicts = new HashSet<>();
            for (ConflictDao.Row r : new ConflictDao(c).ofRound(round.id(), true)) {
                conflicts.add(SheetStateDao.key(r.evaluatorId(), r.clusterCode()));
            }
            Set<String> excluded = new HashSet<>();
            for (CoiDao.Row r : new CoiDao(c).ofRound(round.id())) {
                if (!r.included()) {
                    excluded.add(SheetStateDao.key(r.evaluatorId(), r.clusterCode()));
                }
            }
            Map<String, Map<String, Completeness.Cell>> cells = new LinkedHashMap<>();
            for (Evaluator e : evaluators) {
                Map<String, Completeness.Cell> row = new LinkedHashMap<>();
                for (String code : codes) {
                    String key = SheetStateDao.key(e.id(), code);
                    if (!assigned.isEmpty() && !assigned.getOrDefault(e.id(), Set.of()).contains(code) && !excluded.contains(key)) {
                        continue; // not theirs to grade: no cell (an excluded one stays, its assignment went with the declaration)
                    }
                    int total = round.items().gradedItems(code).size();
                    int graded = graded(scorer, code, sheets.get(key));
                    Completeness.State state = conflicts.contains(key) ? Completeness.State.CONFLICT
                            : excluded.contains(key) ? Completeness.State.EXCLUDED
                            : graded == 0 ? Completeness.State.MISSING
                            : graded >= total ? Completeness.State.GRADED : Completeness.State.PARTIAL;
                    row.put(code, new Completeness.Cell(state, graded, total));
                }
                cells.put(e.id(), row);
            }
            return new Completeness(round.id(), evaluators, codes, cells);
        });
    }

    /**
     * Whom the matrix lists: the round's rostered evaluators (role evaluator), also those who handed
     * nothing in, in roster order; a round without a roster lists every evaluator, as before rosters.
     */
    private static List<Evaluator> evaluators(Connection c, String roundId) throws SQLException {
        List<Evaluator> everyone = new EvaluatorDao(c).findAll();
        List<RosterDao.Row> roster = new RosterDao(c).ofRound(roundId);
        if (roster.isEmpty()) {
            return everyone;
        }
        Map<String, Evaluator> byId = new HashMap<>();
        everyone.forEach(e -> byId.put(e.id(), e));
        List<Evaluator> out = new ArrayList<>();
        for (RosterDao.Row row : roster) {
            if (RosterService.EVALUATOR.equals(row.role()) && byId.containsKey(row.evaluatorId())) {
                out.add(byId.get(row.evaluatorId()));
            }
        }
        return out;
    }

    private static int graded(SheetScorer scorer, String cluster, StoredSheet sheet) {
        if (sheet == null) {
            return 0;
        }
        Map<String, String> grades = new HashMap<>();
        sheet.entries().values().forEach(e -> {
            if (e.grade() != null) {
                grades.put(e.itemId(), e.grade());
            }
        });
        return scorer.gradedCount(cluster, grades);
    }
}
