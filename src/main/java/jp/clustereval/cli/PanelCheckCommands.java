package jp.clustereval.cli;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.domain.PersonLabels;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.stats.Agreement;
import jp.clustereval.domain.stats.Outliers;
import jp.clustereval.service.PanelService;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The chair's checks of the evaluators: calibration side by side, outlier flags, agreement. */
final class PanelCheckCommands {

    private PanelCheckCommands() {
    }

    @ReadsOnly
    @Command(name = "calibration", mixinStandardHelpOptions = true,
            description = "Raw and calibrated totals and ranks side by side (calibrated: z-score per evaluator, back on 1-4).")
    static final class Calibration implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        PanelOptions panel;

        @Mixin
        TableFormat output;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                Round round = s.rounds().require(panel.roundId);
                Tabular t = new Tabular(List.of("code", "raw_total", "raw_rank", "calibrated_total", "calibrated_rank"));
                for (PanelService.CalibrationRow r : s.panel().calibrationComparison(panel.scope(round.id()))) {
                    t.add(java.util.Arrays.asList(r.clusterCode(), PanelResultsPrinter.decimal(r.rawTotal()),
                            PanelResultsPrinter.rank(r.rawRank()), PanelResultsPrinter.decimal(r.calibratedTotal()),
                            PanelResultsPrinter.rank(r.calibratedRank())));
                }
                output.print(panel.marked(t));
            }
            return Cli.OK;
        }
    }

    @ReadsOnly
    @Command(name = "outliers", mixinStandardHelpOptions = true,
            description = {"Flagged grades (1.5 grade points or more from the other evaluators' mean for that cluster",
                    "and item) and flagged evaluators (mean more than one SD of evaluator means from the panel's)."})
    static final class OutlierList implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Mixin
        TableFormat output;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                Round round = s.rounds().require(roundId);
                PersonLabels names = PersonLabels.of(s.evaluators().all());
                PanelService.OutlierReport report = s.panel().outliers(round.id());
                Tabular t = new Tabular(List.of("kind", "evaluator", "cluster", "item", "grade", "value", "reference",
                        "deviation"));
                for (Outliers.GradeOutlier g : report.grades()) {
                    t.add(List.of("grade", names.label(g.evaluatorId()), g.clusterCode(), g.itemId(),
                            g.grade(), new Tabular.Decimal(g.value(), 2), new Tabular.Decimal(g.othersMean(), 2),
                            new Tabular.Decimal(g.deviation(), 2)));
                }
                for (Outliers.EvaluatorOutlier e : report.evaluators()) {
                    t.add(Arrays.asList("evaluator", names.label(e.evaluatorId()), null, null, null,
                            new Tabular.Decimal(e.mean(), 2), new Tabular.Decimal(e.panelMean(), 2),
                            new Tabular.Decimal(e.deviation(), 2)));
                }
                output.print(t);
            }
            return Cli.OK;
        }
    }

    @ReadsOnly
    @Command(name = "agreement", mixinStandardHelpOptions = true,
            description = {"Inter-rater agreement per cluster (targets: its items), per axis and of the totals (targets: the",
                    "clusters): ICC(2,1) over the complete table (blank when none of 2 x 2 exists), Krippendorff's alpha",
                    "(interval, ordinal) over every value there is, Kendall's W of the evaluators' rankings by total.",
                    "With --calibrated every row uses calibrated grades. See docs/statistics.md."})
    static final class AgreementList implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        PanelOptions panel;

        @Mixin
        TableFormat output;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                Round round = s.rounds().require(panel.roundId);
                PanelService.AgreementReport report = s.panel().agreement(panel.scope(round.id()));
                Tabular t = new Tabular(List.of("scope", "code", "targets", "raters", "icc21", "alpha", "alpha_ordinal",
                        "alpha_units", "kendall_w"));
                add(t, "cluster", report.perCluster());
                add(t, "axis", report.perAxis());
                add(t, "total", List.of(report.totals()));
                output.print(panel.marked(t));
            }
            return Cli.OK;
        }

        private static Tabular.Decimal figure(double value) {
            return Double.isNaN(value) ? null : new Tabular.Decimal(value, 3);
        }

        private static void add(Tabular t, String scope, List<Agreement> list) {
            for (Agreement a : list) {
                t.add(Arrays.asList(scope, a.scope(), a.targets(), a.raters(), figure(a.icc()), figure(a.alphaInterval()),
                        figure(a.alphaOrdinal()), a.alphaUnits(), figure(a.kendallW())));
            }
        }
    }
}
