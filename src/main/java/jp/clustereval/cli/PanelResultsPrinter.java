package jp.clustereval.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.clustereval.domain.CohortAverage;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.RoundComparison;
import jp.clustereval.domain.Score;
import jp.clustereval.domain.panel.ClusterFigures;
import jp.clustereval.domain.panel.CohortSpec;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.service.PanelService;
import jp.clustereval.service.Services;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The results table with the panel's options: the same columns as plain {@code results}, then a
 * {@code scores} column (raw or calibrated) when calibrated, min, max, sd with --spread, then (like
 * plain results) a {@code sheets} column with --include-partial, the {@code partial} count, and with
 * --compare the earlier round's total and the change ({@link CompareColumns}).
 */
final class PanelResultsPrinter {

    private final CommandSpec spec;
    private final OutputFormat format;

    PanelResultsPrinter(CommandSpec spec, OutputFormat format) {
        this.spec = spec;
        this.format = format;
    }

    /** The value of the {@code sheets} column when unfinished sheets were counted. */
    static final String PARTIAL_INCLUDED = "partial-included";

    /** {@code compareRoundId}: the earlier round of --compare, read with the same options; null: none. */
    int print(String roundId, String cohort, boolean calibrated, boolean spread, boolean includePartial,
              String compareRoundId) {
        try (Services s = Commands.root(spec).openServices()) {
            Round round = s.rounds().require(roundId);
            CompareColumns compare = CompareColumns.none();
            if (compareRoundId != null) {
                Round earlier = s.comparisons().requireComparable(compareRoundId, round.id(),
                        RoundComparison.Basis.TOTALS).get(0);
                PanelResults before = s.panel().results(new PanelService.Scope(earlier.id(), CohortSpec.parse(cohort),
                        cohort != null, calibrated, includePartial));
                Map<String, Double> totals = new HashMap<>();
                before.clusters().stream().filter(f -> !Double.isNaN(f.total()))
                        .forEach(f -> totals.put(f.clusterCode(), f.total()));
                CohortAverage c = before.cohortAverage();
                compare = new CompareColumns(totals, c.total() == null ? null : c.total().value());
            }
            PanelResults results = s.panel().results(new PanelService.Scope(round.id(), CohortSpec.parse(cohort),
                    cohort != null, calibrated, includePartial));
            List<String> columns = new ArrayList<>(List.of("code", "evaluators"));
            columns.addAll(results.axisCodes());
            columns.addAll(List.of("total", "rank"));
            if (spread) {
                columns.addAll(List.of("min", "max", "sd"));
            }
            if (calibrated) {
                columns.add("scores");
            }
            addSheetsColumns(columns, includePartial);
            compare.addColumns(columns);
            Tabular t = new Tabular(columns);
            for (ClusterFigures r : results.clusters()) {
                List<Object> row = new ArrayList<>(List.of(r.clusterCode(), r.evaluators()));
                addAxes(row, results.axisCodes(), r.axes());
                row.add(decimal(r.total()));
                row.add(rank(r.rank()));
                if (spread) {
                    row.add(decimal(r.min()));
                    row.add(decimal(r.max()));
                    row.add(decimal(r.sd()));
                }
                if (calibrated) {
                    row.add(results.basis());
                }
                addSheets(row, includePartial, r.partial());
                compare.addUnit(row, r.clusterCode(), r.total());
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
            addSheets(row, includePartial, null);
            compare.addCohort(row, c.total() == null ? null : c.total().value());
            t.add(row);
            t.print(spec.commandLine().getOut(), format);
            if (format == OutputFormat.TABLE) {
                TieNotes.print(spec.commandLine().getOut(), results.clusters().stream()
                        .map(r -> new jp.clustereval.domain.panel.TieNotes.Row(r.clusterCode(), r.total(), r.rank(), -1)).toList());
            }
        }
        return Cli.OK;
    }

    /** The last columns of every results table: {@code sheets} (only with --include-partial), {@code partial}. */
    static void addSheetsColumns(List<String> columns, boolean includePartial) {
        if (includePartial) {
            columns.add("sheets");
        }
        columns.add("partial");
    }

    /** A row's values for {@link #addSheetsColumns}; {@code partial} null for the cohort row. */
    static void addSheets(List<Object> row, boolean includePartial, Integer partial) {
        if (includePartial) {
            row.add(PARTIAL_INCLUDED);
        }
        row.add(partial);
    }

    /** A rank, blank for a cluster without one (0). */
    static Integer rank(int rank) {
        return rank == 0 ? null : rank;
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
