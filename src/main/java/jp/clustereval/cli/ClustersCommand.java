package jp.clustereval.cli;

import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Round;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@ReadsOnly
@Command(name = "clusters", mixinStandardHelpOptions = true, description = "List the clusters of the database.")
final class ClustersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TableFormat output;

    @Override
    public Integer call() {
        try (Services s = Commands.root(spec).openServices()) {
            Round round = s.rounds().current();
            Tabular t = new Tabular(List.of("code", "name_ja", "name_en", "fields", "start_fy", "wide_area", "cohort"));
            for (Cluster c : s.clusters().all()) {
                t.add(List.of(c.code(), c.name().ja(), c.name().en(), String.join(";", c.fields()),
                        c.startFiscalYear(), c.wideArea(), round.cohort().contains(c.code()) ? "yes" : "no"));
            }
            output.print(t);
        }
        return Cli.OK;
    }
}
