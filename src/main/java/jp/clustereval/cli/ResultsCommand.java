package jp.clustereval.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jp.clustereval.domain.ClusterResult;
import jp.clustereval.domain.CohortAverage;
import jp.clustereval.domain.Results;
import jp.clustereval.domain.Round;
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
                "totals; --include-partial counts unfinished sheets too and adds a 'sheets' column saying so."})
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

    @Override
    public Integer call() {
        if (cohort != null || calibrated || spread) {
            return new PanelResultsPrinter(spec, output.format).print(roundId, cohort, calibrated, spread, includePartial);
        }
        try (Services s = Commands.root(spec).openServices()) {
            Round round = s.rounds().require(roundId);
            Results results = s.results().results(round, round.cohort(), includePartial);
            List<String> columns = new ArrayList<>(List.of("code", "evaluators"));
            columns.addAll(results.axisCodes());
            columns.addAll(List.of("total", "rank"));
            PanelResultsPrinter.addSheetsColumns(columns, includePartial);
            Tabular t = new Tabular(columns);
            for (ClusterResult r : results.clusters()) {
                List<Object> row = new ArrayList<>(List.of(r.clusterCode(), r.evaluators()));
                addAxes(row, results.axisCodes(), r.axes());
                row.add(PanelResultsPrinter.decimal(r.total()));
                row.add(PanelResultsPrinter.rank(r.rank()));
                PanelResultsPrinter.addSheets(row, includePartial, r.partial());
                t.add(row);
            }
            CohortAverage cohort = results.cohort();
            List<Object> row = new ArrayList<>(List.of("COHORT", cohort.evaluators()));
            addAxes(row, results.axisCodes(), cohort.axes());
            row.add(cohort.total() == null ? null : new Tabular.Decimal(cohort.total().value(), 2));
            row.add(null);
            PanelResultsPrinter.addSheets(row, includePartial, null);
            t.add(row);
            output.print(t);
            if (output.isTable()) {
                TieNotes.print(spec.commandLine().getOut(), results.clusters().stream()
                        .map(r -> new jp.clustereval.domain.panel.TieNotes.Row(r.clusterCode(), r.total(), r.rank(), -1)).toList());
            }
        }
        return Cli.OK;
    }

    private static void addAxes(List<Object> row, List<String> axisCodes, Map<String, Score> axes) {
        for (String axis : axisCodes) {
            Score score = axes.get(axis);
            row.add(score == null ? null : new Tabular.Decimal(score.value(), 2));
        }
    }
}
