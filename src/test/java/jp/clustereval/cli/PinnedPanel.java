package jp.clustereval.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.weights.TestWeights;
import jp.clustereval.persistence.EvaluatorDao;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;

/**
 * A chair's database shaped like a real panel, with the ties the ranking rules are about, always the
 * same to the last bit (evaluator ids fixed, grades from fixed seeds), so that the figures every
 * output shows can be pinned:
 * <ul>
 * <li>five evaluators grade the 18 clusters, items 1.2.1/1.2.2 weighted 60/40 and item 3 double
 * within D, axes A 30, B 20, C 20, D 10, E 20 (axis values that binary fractions cannot hold);</li>
 * <li>SEN is graded exactly like SAP: an exact tie;</li>
 * <li>HAM has KYO's sheets handed to other evaluators (KYO's sheet of evaluator e is HAM's sheet of
 * evaluator e - 2): the same grades summed in another order, so their totals differ in the last bit
 * (HAM 2.6359999999999997, KYO 2.636): a tie within 1e-9 that is not an equality;</li>
 * <li>伊藤 grades only items 1.1 to 1.3 (axes A to C) of the FY2003 clusters; NGY is graded by 佐藤
 * alone; UBE by nobody; about one grade in eight is missing elsewhere;</li>
 * <li>田中 has a conflict of interest with KIT (excluded) and Smith one with HIR (included, with a reason).</li>
 * </ul>
 */
final class PinnedPanel {

    static final List<String> ITEMS = List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4");
    static final List<Evaluator> EVALUATORS = List.of(
            new Evaluator("00000000-0000-4000-8000-000000000001", "佐藤 花子", "東北大学"),
            new Evaluator("00000000-0000-4000-8000-000000000002", "田中 一郎", "京都大学"),
            new Evaluator("00000000-0000-4000-8000-000000000003", "Jane Smith", "MIT"),
            new Evaluator("00000000-0000-4000-8000-000000000004", "山田 太郎", "文部科学省"),
            new Evaluator("00000000-0000-4000-8000-000000000005", "伊藤 美咲", "大阪大学"));

    private PinnedPanel() {
    }

    static void fill(Path db, Path keys) {
        try (Services s = Services.open(db, false, keys)) {
            Round round = s.rounds().current();
            s.database().inTransaction(c -> {
                EvaluatorDao dao = new EvaluatorDao(c);
                for (Evaluator e : EVALUATORS) {
                    dao.insert(e, Instant.parse("2004-11-01T00:00:00Z"));
                }
                return null;
            });
            s.weights().set(round.id(), TestWeights.axes(30, 20, 20, 10, 20),
                    TestWeights.of("1.2.1", 60, "1.2.2", 40, "2.1", 1, "2.2", 1, "2.3", 1, "3", 2), "Weighting group");
            String[][] kyo = grades(new Random(5), 0);
            Random random = new Random(2005);
            for (Cluster cluster : s.clusters().all()) {
                String code = cluster.code();
                for (int e = 0; e < EVALUATORS.size(); e++) {
                    String[] sheet = switch (code) {
                        case "KYO" -> kyo[e];
                        case "HAM" -> kyo[(e + 2) % EVALUATORS.size()];
                        case "UBE", "SEN" -> null;
                        case "NGY" -> e == 0 ? grades(random, 8)[0] : null;
                        default -> grades(random, 8)[0];
                    };
                    if (sheet != null && e == 4 && cluster.startFiscalYear() == 2003) {
                        for (int i = 4; i < sheet.length; i++) {
                            sheet[i] = null;
                        }
                    }
                    if (sheet != null) {
                        grade(s, round, EVALUATORS.get(e), code, sheet);
                    }
                }
            }
            copy(s, round, "SAP", "SEN");
            s.coi().add(round.id(), EVALUATORS.get(1).id(), "KIT", "研究顧問", "chair");
            s.coi().add(round.id(), EVALUATORS.get(2).id(), "HIR", "visiting professor", "chair");
            s.coi().setIncluded(round.id(), EVALUATORS.get(2).id(), "HIR", true, "affiliation ended in 2003", "chair");
        }
    }

    /**
     * One sheet per evaluator; with {@code gapsOneIn} above 0 an item is left ungraded with that
     * chance (one draw per item, before its grade), with 0 every item is graded.
     */
    private static String[][] grades(Random random, int gapsOneIn) {
        int sheets = gapsOneIn == 0 ? EVALUATORS.size() : 1;
        String[][] g = new String[sheets][ITEMS.size()];
        for (int e = 0; e < sheets; e++) {
            for (int i = 0; i < ITEMS.size(); i++) {
                boolean gap = gapsOneIn > 0 && random.nextInt(gapsOneIn) == 0;
                String grade = String.valueOf("SABC".charAt(random.nextInt(4)));
                g[e][i] = gap ? null : grade;
            }
        }
        return g;
    }

    private static void grade(Services s, Round round, Evaluator e, String cluster, String[] sheet) {
        SheetKey key = new SheetKey(round.id(), e.id(), cluster);
        for (int i = 0; i < sheet.length; i++) {
            if (sheet[i] != null) {
                s.grading().setGrade(key, ITEMS.get(i), sheet[i], "test");
            }
        }
    }

    /** Every evaluator's grades of one cluster given to another, as they are. */
    private static void copy(Services s, Round round, String from, String to) {
        s.database().query(c -> new jp.clustereval.persistence.GradeDao(c).gradesOfRound(round.id())).stream()
                .filter(g -> g.clusterCode().equals(from))
                .forEach(g -> s.grading().setGrade(new SheetKey(round.id(), g.evaluatorId(), to), g.itemId(), g.grade(), "test"));
    }
}
