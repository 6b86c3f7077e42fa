package jp.clustereval.service;

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
import jp.clustereval.persistence.CoiDao;
import jp.clustereval.persistence.ConflictDao;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.EvaluatorDao;
import jp.clustereval.persistence.SheetStateDao;
import jp.clustereval.persistence.StoredSheet;

/** Builds the completeness matrix of a round from a handful of queries (not one per cell). */
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
        List<String> codes = clusters.all().stream().map(Cluster::code).toList();
        SheetScorer scorer = new SheetScorer(round);
        return db.query(c -> {
            List<Evaluator> evaluators = new EvaluatorDao(c).findAll();
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
