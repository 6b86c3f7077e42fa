package jp.clustereval.cli;

import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Round;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@ReadsOnly
@Command(name = "clusters", mixinStandardHelpOptions = true, description = "List the units (clusters, areas) a round evaluates.")
final class ClustersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TableFormat output;

    @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
    String roundId;

    @Override
    public Integer call() {
        try (Services s = Commands.root(spec).openServices()) {
            Round round = s.rounds().require(roundId);
            Tabular t = new Tabular(List.of("code", "name_ja", "name_en", "fields", "start_fy", "wide_area", "cohort"));
            for (Cluster c : s.clusters().ofRound(round.id())) {
                t.add(List.of(c.code(), c.name().ja(), c.name().en(), String.join(";", c.fields()),
                        c.startFiscalYear(), c.wideArea(), round.cohort().contains(c.code()) ? "yes" : "no"));
            }
            output.print(t);
        }
        return Cli.OK;
    }
}
