package jp.clustereval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.demo.SyntheticRound;
import jp.clustereval.domain.Round;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic round to try the application with (demo data; the separate benchmark jar uses it",
                "too): OUT/chair.db (a new chair database with the round and the N clusters, no evaluators yet),",
                "OUT/clusters.csv and one signed .cescore file per evaluator.",
                "The same seed gives the same score files byte for byte. Import them with: --db OUT/chair.db import OUT"})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--clusters", paramLabel = "N", description = "Clusters (or proposals) in the round (default: ${DEFAULT-VALUE}).")
    int clusters = 18;

    @Option(names = "--evaluators", paramLabel = "M", description = "Evaluators, one score file each (default: ${DEFAULT-VALUE}).")
    int evaluators = 30;

    @Option(names = "--per-cluster", paramLabel = "K", description = "Evaluators grading each cluster (default: all of them).")
    Integer perCluster;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of every random choice and key (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into (must not hold a chair.db yet).")
    Path out;

    @Override
    public Integer call() {
        int k = perCluster == null ? evaluators : perCluster;
        if (clusters < 1 || evaluators < 1 || k < 1 || k > evaluators) {
            throw new ParameterException(spec.commandLine(),
                    "Need --clusters >= 1, --evaluators >= 1 and 1 <= --per-cluster <= --evaluators");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SyntheticRound round = new SyntheticRound(seed, clusters, evaluators, k);
        Path db = out.resolve("chair.db");
        List<String> codes = round.createChairDatabase(db);
        SyntheticRound.writeClusterList(out.resolve("clusters.csv"), codes);
        Round r = SyntheticRound.loadRound(db);
        round.writeFiles(out, codes, r, f -> { });
        PrintWriter w = spec.commandLine().getOut();
        w.printf("Wrote %d score files (%d sheets), %s and %s%n", evaluators, round.sheets(),
                db, out.resolve("clusters.csv"));
        w.flush();
        return Cli.OK;
    }
}
