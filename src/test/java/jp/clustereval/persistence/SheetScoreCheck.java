package jp.clustereval.persistence;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetScorer;

/**
 * For tests: compares every stored sheet_score row of a round with a recomputation from the grades
 * (by the domain's SheetScorer over the round as stored), and the stored basis with the round's.
 */
public final class SheetScoreCheck {

    private SheetScoreCheck() {
    }

    /** What differs; empty when the derived table is consistent with the grades. */
    public static List<String> problems(Database db, String roundId) {
        return db.query(c -> {
            Round round = new RoundDao(c).load(roundId).orElseThrow();
            SheetScorer scorer = new SheetScorer(round);
            List<String> problems = new ArrayList<>();
            String basis = new SheetScoreDao(c).basis(roundId).orElse(null);
            Map<String, String> expected = new TreeMap<>();
            new GradeDao(c).forEachGradedSheet(roundId, (evaluator, cluster, grades) -> expected.put(cluster + "/" + evaluator,
                    grades.size() + " " + Arrays.toString(scorer.axisScoreArray(cluster, grades))
                            + (scorer.isComplete(cluster, grades) ? " complete" : " partial")));
            if (!expected.isEmpty() && !scorer.basis().equals(basis)) {
                problems.add("basis " + basis + ", round has " + scorer.basis());
            }
            Map<String, String> stored = rows(c, roundId);
            if (!expected.equals(stored)) {
                problems.add("expected " + expected + "\nstored   " + stored);
            }
            return problems;
        });
    }

    /** The stored rows of a round: cluster/evaluator to "graded [axis scores] complete|partial". */
    public static Map<String, String> rows(java.sql.Connection c, String roundId) throws java.sql.SQLException {
        Map<String, String> stored = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT round_id, cluster_code, evaluator_id, graded, axis_scores, complete FROM sheet_score")) {
            while (rs.next()) {
                if (rs.getString(1).equals(roundId)) {
                    stored.put(rs.getString(2) + "/" + rs.getString(3),
                            rs.getInt(4) + " " + Arrays.toString(SheetScoreDao.decode(rs.getBytes(5)))
                                    + (rs.getInt(6) == 1 ? " complete" : " partial"));
                }
            }
        }
        return stored;
    }
}
