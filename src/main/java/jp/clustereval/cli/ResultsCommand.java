package jp.clustereval.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jp.clustereval.domain.ClusterResult;
import jp.clustereval.domain.CohortAverage;
import jp.clustereval.domain.Results;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.RoundComparison;
import jp.clustereval.domain.Score;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@ReadsOnly
@Command(name = "results", mixinStandardHelpOptions = true,
        description = {"Each graded cluster's axis averages over its evaluators, weighted total and rank,",
                "then a COHORT row with the cohort averages. Blank = nobody graded that axis.",
                "Only complete sheets (every item graded) count for the total, rank and 'evaluators';",
                "the last column 'partial' counts the unfinished sheets left out. The round's cohort is",
                "ranked; other graded clusters follow without a rank.",
                "--cohort lists and ranks only that cohort's clusters (all: every cluster); --calibrated",
                "adds a 'scores' column saying so; --spread adds min, max and sd of the evaluators' own",
                "totals; --include-partial counts unfinished sheets too and adds a 'sheets' column saying so.",
                "--compare EARLIER adds, last, 'compare_total' (the unit's total in that round, by the same options)",
                "and 'delta' (total minus compare_total), blank where either round has no total."})
final class ResultsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
    String roundId;

    @Mixin
    TableFormat output;

    @Option(names = "--cohort", paramLabel = "fy2002|fy2003|fy2004|all|kansai|kyushu|field:NAME",
            description = "List, rank and average only these clusters (default: rank the round's cohort, list the other graded clusters after it).")
    String cohort;

    @Option(names = "--include-partial",
            description = "Count unfinished sheets for totals and ranks too (the old behaviour; every output says so).")
    boolean includePartial;

    @Option(names = "--calibrated", description = "Calibrated grades (z-score per evaluator, back on the 1-4 scale).")
    boolean calibrated;

    @Option(names = "--spread", description = "Add min, max and sd (sample) of the evaluators' own totals.")
    boolean spread;

    @Option(names = "--compare", paramLabel = "EARLIER_ROUND_ID",
            description = "Add each unit's total in that (earlier) round and the change: compare_total and delta.")
    String compareRoundId;

    @Override
    public Integer call() {
        if (cohort != null || calibrated || spread) {
            return new PanelResultsPrinter(spec, output.format).print(roundId, cohort, calibrated, spread, includePartial,
                    compareRoundId);
        }
        try (Services s = Commands.root(spec).openServices()) {
            Round round = s.rounds().require(roundId);
            CompareColumns compare = compareRoundId == null ? CompareColumns.none() : earlier(s, round);
            Results results = s.results().results(round, round.cohort(), includePartial);
            List<String> columns = new ArrayList<>(List.of("code", "evaluators"));
            columns.addAll(results.axisCodes());
            columns.addAll(List.of("total", "rank"));
            PanelResultsPrinter.addSheetsColumns(columns, includePartial);
            compare.addColumns(columns);
            Tabular t = new Tabular(columns);
            for (ClusterResult r : results.clusters()) {
                List<Object> row = new ArrayList<>(List.of(r.clusterCode(), r.evaluators()));
                addAxes(row, results.axisCodes(), r.axes());
                row.add(PanelResultsPrinter.decimal(r.total()));
                row.add(PanelResultsPrinter.rank(r.rank()));
                PanelResultsPrinter.addSheets(row, includePartial, r.partial());
                compare.addUnit(row, r.clusterCode(), r.total());
                t.add(row);
            }
            CohortAverage cohort = results.cohort();
            List<Object> row = new ArrayList<>(List.of("COHORT", cohort.evaluators()));
            addAxes(row, results.axisCodes(), cohort.axes());
            row.add(cohort.total() == null ? null : new Tabular.Decimal(cohort.total().value(), 2));
            row.add(null);
            PanelResultsPrinter.addSheets(row, includePartial, null);
            compare.addCohort(row, cohort.total() == null ? null : cohort.total().value());
            t.add(row);
            output.print(t);
            if (output.isTable()) {
                TieNotes.print(spec.commandLine().getOut(), results.clusters().stream()
                        .map(r -> new jp.clustereval.domain.panel.TieNotes.Row(r.clusterCode(), r.total(), r.rank(), -1)).toList());
            }
        }
        return Cli.OK;
    }

    /** The earlier round's totals by the same rules (its own cohort), refused when the scales differ. */
    private CompareColumns earlier(Services s, Round round) {
        Round earlier = s.comparisons().requireComparable(compareRoundId, round.id(), RoundComparison.Basis.TOTALS).get(0);
        Results r = s.results().results(earlier, earlier.cohort(), includePartial);
        Map<String, Double> totals = new HashMap<>();
        r.clusters().stream().filter(c -> !Double.isNaN(c.total())).forEach(c -> totals.put(c.clusterCode(), c.total()));
        return new CompareColumns(totals, r.cohort().total() == null ? null : r.cohort().total().value());
    }

    private static void addAxes(List<Object> row, List<String> axisCodes, Map<String, Score> axes) {
        for (String axis : axisCodes) {
            Score score = axes.get(axis);
            row.add(score == null ? null : new Tabular.Decimal(score.value(), 2));
        }
    }
}
