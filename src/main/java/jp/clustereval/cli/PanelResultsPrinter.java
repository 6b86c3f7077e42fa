package jp.clustereval.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.clustereval.domain.CohortAverage;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.Score;
import jp.clustereval.domain.panel.ClusterFigures;
import jp.clustereval.domain.panel.CohortSpec;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.service.PanelService;
import jp.clustereval.service.Services;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The results table with the panel's options: the same columns as plain {@code results}, then a
 * {@code scores} column (raw or calibrated) when calibrated, and min, max, sd with --spread.
 */
final class PanelResultsPrinter {

    private final CommandSpec spec;
    private final OutputFormat format;

    PanelResultsPrinter(CommandSpec spec, OutputFormat format) {
        this.spec = spec;
        this.format = format;
    }

    int print(String roundId, String cohort, boolean calibrated, boolean spread) {
        try (Services s = Commands.root(spec).openServices()) {
            Round round = s.rounds().require(roundId);
            PanelResults results = s.panel().results(new PanelService.Scope(round.id(), CohortSpec.parse(cohort),
                    cohort != null, calibrated));
            List<String> columns = new ArrayList<>(List.of("code", "evaluators"));
            columns.addAll(results.axisCodes());
            columns.addAll(List.of("total", "rank"));
            if (spread) {
                columns.addAll(List.of("min", "max", "sd"));
            }
            if (calibrated) {
                columns.add("scores");
            }
            Tabular t = new Tabular(columns);
            for (ClusterFigures r : results.clusters()) {
                List<Object> row = new ArrayList<>(List.of(r.clusterCode(), r.evaluators()));
                addAxes(row, results.axisCodes(), r.axes());
                row.add(new Tabular.Decimal(r.total(), 2));
                row.add(r.rank());
                if (spread) {
                    row.add(decimal(r.min()));
                    row.add(decimal(r.max()));
                    row.add(decimal(r.sd()));
                }
                if (calibrated) {
                    row.add(results.basis());
                }
                t.add(row);
            }
            CohortAverage c = results.cohortAverage();
            List<Object> row = new ArrayList<>(List.of("COHORT", c.evaluators()));
            addAxes(row, results.axisCodes(), c.axes());
            row.add(c.total() == null ? null : new Tabular.Decimal(c.total().value(), 2));
            row.add(null);
            if (spread) {
                row.add(null);
                row.add(null);
                row.add(null);
            }
            if (calibrated) {
                row.add(results.basis());
            }
            t.add(row);
            t.print(spec.commandLine().getOut(), format);
        }
        return Cli.OK;
    }

    static Tabular.Decimal decimal(double v) {
        return Double.isNaN(v) ? null : new Tabular.Decimal(v, 2);
    }

    private static void addAxes(List<Object> row, List<String> axisCodes, Map<String, Score> axes) {
        for (String axis : axisCodes) {
            Score score = axes.get(axis);
            row.add(score == null ? null : new Tabular.Decimal(score.value(), 2));
        }
    }
}
