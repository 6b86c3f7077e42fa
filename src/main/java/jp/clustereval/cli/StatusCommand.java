package jp.clustereval.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.service.Completeness;
import jp.clustereval.service.CompletenessCsv;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@ReadsOnly
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"The completeness matrix: one row per evaluator, one column per cluster",
                "(graded, partial, missing, conflict or excluded), then the counts of each state."})
final class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
    String roundId;

    @Mixin
    TableFormat output;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Also write the matrix as CSV (UTF-8 with BOM) to this file.")
    Path out;

    @Override
    public Integer call() {
        try (Services s = Commands.root(spec).openServices()) {
            Completeness m = s.completeness().matrix(roundId);
            Tabular t = table(m);
            output.print(t);
            if (out != null) {
                CompletenessCsv.write(m, out);
            }
        }
        return Cli.OK;
    }

    static Tabular table(Completeness m) {
        List<String> columns = new ArrayList<>(List.of("evaluator", "name"));
        columns.addAll(m.clusters());
        for (Completeness.State st : Completeness.State.values()) {
            columns.add(st.name().toLowerCase(Locale.ROOT));
        }
        Tabular t = new Tabular(columns);
        for (Evaluator e : m.evaluators()) {
            List<Object> row = new ArrayList<>(List.of(e.id(), e.name()));
            for (String code : m.clusters()) {
                Completeness.Cell cell = m.cell(e.id(), code);
                row.add(cell == null ? "" : cell.state().name().toLowerCase(Locale.ROOT));
            }
            Map<Completeness.State, Integer> counts = m.counts(e.id());
            counts.values().forEach(row::add);
            t.add(row);
        }
        return t;
    }
}
