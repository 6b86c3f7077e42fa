package jp.clustereval.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.clustereval.domain.CompleteSheets;
import jp.clustereval.domain.GradeRecord;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.panel.Calibration;
import jp.clustereval.domain.panel.ClusterFigures;
import jp.clustereval.domain.panel.CohortSpec;
import jp.clustereval.domain.panel.GradeValuation;
import jp.clustereval.domain.panel.PanelCalculator;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.domain.panel.ScoreCube;
import jp.clustereval.domain.sensitivity.SensitivityAnalysis;
import jp.clustereval.domain.sensitivity.SensitivityReport;
import jp.clustereval.domain.stats.Agreement;
import jp.clustereval.domain.stats.AgreementCalculator;
import jp.clustereval.domain.stats.Outliers;
import jp.clustereval.domain.weights.Weights;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.GradeDao;

/**
 * The chair's figures over every evaluator's grades (conflicts of interest left out): results with
 * spread, raw or calibrated, for a chosen cohort; outliers; agreement; sensitivity of the ranking.
 * Every method returns plain records, ready for a table, a chart or a report.
 */
public final class PanelService {

    /**
     * What to compute over: which clusters are ranked (the cohort's), whether the other graded
     * clusters are listed after them without a rank ({@code onlyCohort} false), raw or calibrated
     * grades, and whether unfinished sheets count for totals and ranks ({@code includePartial}: the
     * old behaviour; by default only complete sheets count).
     */
    public record Scope(String roundId, CohortSpec cohort, boolean onlyCohort, boolean calibrated, boolean includePartial) {
        /** Complete sheets only. */
        public Scope(String roundId, CohortSpec cohort, boolean onlyCohort, boolean calibrated) {
            this(roundId, cohort, onlyCohort, calibrated, false);
        }

        /** The round's cohort, ranked among themselves, raw grades, complete sheets. */
        public static Scope cohortOf(String roundId) {
            return new Scope(roundId, CohortSpec.ROUND, true, false);
        }

        Scope withCalibrated(boolean value) {
            return new Scope(roundId, cohort, onlyCohort, value, includePartial);
        }
    }

    /** A cluster's raw and calibrated figures side by side. */
    public record CalibrationRow(String clusterCode, double rawTotal, int rawRank, double calibratedTotal,
                                 int calibratedRank) {
    }

    /** The two outlier lists of a round. */
    public record OutlierReport(List<Outliers.GradeOutlier> grades, List<Outliers.EvaluatorOutlier> evaluators) {
    }

    /** Inter-rater agreement per cluster, per axis and of the totals (ICC(2,1), Krippendorff's alpha, Kendall's W). */
    public record AgreementReport(List<Agreement> perCluster, List<Agreement> perAxis, Agreement totals) {
    }

    private final Database db;
    private final RoundService rounds;
    private final ClusterService clusters;

    public PanelService(Database db, RoundService rounds, ClusterService clusters) {
        this.db = db;
        this.rounds = rounds;
        this.clusters = clusters;
    }

    public PanelResults results(Scope scope) {
        Round round = rounds.require(scope.roundId());
        List<GradeRecord> grades = grades(round);
        Set<String> members = scope.cohort().members(round, clusters.ofRound(round.id()));
        // every graded cluster's figures; the scope says which of them are listed; the cohort is ranked
        ScoreCube cube = ScoreCube.of(round, grades, valuation(round, grades, scope), null);
        return PanelCalculator.compute(round.id(), cube, Weights.current(round).axes(), scope.calibrated(),
                scope.cohort().text(), scope.onlyCohort() ? members : null, members, members, scope.includePartial());
    }

    public List<CalibrationRow> calibrationComparison(Scope scope) {
        PanelResults raw = results(scope.withCalibrated(false));
        PanelResults cal = results(scope.withCalibrated(true));
        List<CalibrationRow> rows = new ArrayList<>();
        for (ClusterFigures r : raw.clusters()) {
            ClusterFigures c = cal.cluster(r.clusterCode()).orElseThrow();
            rows.add(new CalibrationRow(r.clusterCode(), r.total(), r.rank(), c.total(), c.rank()));
        }
        return rows;
    }

    public OutlierReport outliers(String roundId) {
        Round round = rounds.require(roundId);
        List<GradeRecord> grades = grades(round);
        return new OutlierReport(Outliers.grades(round, grades), Outliers.evaluators(round, grades));
    }

    public AgreementReport agreement(Scope scope) {
        Round round = rounds.require(scope.roundId());
        List<GradeRecord> grades = grades(round);
        Set<String> members = scope.cohort().members(round, clusters.ofRound(round.id()));
        List<GradeRecord> counted = counted(round, grades, scope);
        List<GradeRecord> inScope = scope.onlyCohort()
                ? counted.stream().filter(g -> members.contains(g.clusterCode())).toList() : counted;
        ScoreCube cube = cube(round, grades, scope, members);
        return new AgreementReport(AgreementCalculator.perCluster(round, inScope, valuation(round, grades, scope)),
                AgreementCalculator.perAxis(cube), AgreementCalculator.totals(round, cube));
    }

    public SensitivityReport sensitivity(Scope scope, int draws, long seed) {
        Round round = rounds.require(scope.roundId());
        List<GradeRecord> grades = grades(round);
        Set<String> members = scope.cohort().members(round, clusters.ofRound(round.id()));
        ScoreCube cube = cube(round, grades, scope, members);
        return SensitivityAnalysis.run(cube, PanelCalculator.weightVector(cube, Weights.current(round).axes()), draws, seed);
    }

    /** The sheets that count for totals, ranks, agreement and sensitivity: complete ones (docs/scoring.md). */
    private ScoreCube cube(Round round, List<GradeRecord> grades, Scope scope, Set<String> members) {
        return ScoreCube.of(round, grades, valuation(round, grades, scope), scope.onlyCohort() ? members : null)
                .counted(scope.includePartial());
    }

    private static GradeValuation valuation(Round round, List<GradeRecord> grades, Scope scope) {
        // calibration always uses every counted grade of the evaluator in the round, whatever the cohort shown
        return scope.calibrated() ? new Calibration(round, counted(round, grades, scope)) : GradeValuation.raw(round);
    }

    private static List<GradeRecord> counted(Round round, List<GradeRecord> grades, Scope scope) {
        return scope.includePartial() ? grades : CompleteSheets.only(round, grades);
    }

    private List<GradeRecord> grades(Round round) {
        return db.query(c -> new GradeDao(c).gradesOfRound(round.id()));
    }
}
