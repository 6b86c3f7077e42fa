package jp.clustereval.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.Round;
import jp.clustereval.service.Overview;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The evaluator's overview (View &gt; Overview in the desktop): one row per cluster. */
@ReadsOnly
@Command(name = "overview", mixinStandardHelpOptions = true,
        description = {"One evaluator's grades across every cluster: one row per cluster, one column per item,",
                "then the axis scores, the total and the evaluator's own rank (complete sheets only),",
                "the state (complete, partial, not started) and the number of comments and indications."})
final class OverviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--evaluator", paramLabel = "ID|NAME", description = "The evaluator (default: this database's own).")
    String evaluator;

    @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
    String roundId;

    @Mixin
    TableFormat output;

    @Override
    public Integer call() {
        try (Services s = Commands.root(spec).openServices()) {
            Round round = s.rounds().require(roundId);
            String who = evaluator != null ? evaluator
                    : s.evaluators().local().map(Evaluator::id)
                            .orElseThrow(() -> new UserFacingException("overview.noEvaluator"));
            output.print(table(s.grading().overview(round.id(), who)));
        }
        return Cli.OK;
    }

    static Tabular table(Overview o) {
        List<String> columns = new ArrayList<>(List.of("cluster", "name"));
        o.columns().forEach(i -> columns.add(i.id()));
        columns.addAll(o.axisCodes());
        columns.addAll(List.of("total", "rank", "state", "graded", "items", "notes"));
        Tabular t = new Tabular(columns);
        for (Overview.Row r : o.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.code(), r.cluster().name().en()));
            for (Item i : o.columns()) {
                row.add(r.grade(i.id()));
            }
            for (String axis : o.axisCodes()) {
                Double v = r.axes().get(axis);
                row.add(v == null ? null : new Tabular.Decimal(v, 2));
            }
            row.add(Double.isNaN(r.total()) ? null : new Tabular.Decimal(r.total(), 2));
            row.add(r.rank() == 0 ? null : r.rank());
            row.add(r.complete() ? "complete" : r.isPartial() ? "partial" : "not-started");
            row.add(r.graded());
            row.add(r.items());
            row.add(o.notes(r).size());
            t.add(row);
        }
        return t;
    }
}
