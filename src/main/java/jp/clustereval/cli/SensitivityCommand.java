package jp.clustereval.cli;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.domain.Round;
import jp.clustereval.domain.sensitivity.ClusterSensitivity;
import jp.clustereval.domain.sensitivity.SensitivityReport;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@ReadsOnly
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"How stable the ranking is: best/worst rank leaving one evaluator out, moving each axis",
                "weight by +/-20 %, and over N seeded random weight draws (each weight x U[0.8, 1.2]);",
                "tier_change_pct = share of draws that move the cluster to another third of the ranking;",
                "boot_* = as many draws resampling each cluster's evaluators with replacement.",
                "Blank = no scenario of that kind ranked the cluster. Same seed, same output."})
final class SensitivityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PanelOptions panel;

    @Option(names = "--draws", defaultValue = "1000", description = "Random weight draws (default: ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    TableFormat output;

    @Override
    public Integer call() {
        try (Services s = Commands.root(spec).openServices()) {
            Round round = s.rounds().require(panel.roundId);
            SensitivityReport report = s.panel().sensitivity(panel.scope(round.id()), draws, seed);
            Tabular t = new Tabular(List.of("code", "rank", "best_rank", "worst_rank", "loo_best", "loo_worst",
                    "perturb_best", "perturb_worst", "draw_best", "draw_worst", "tier_change_pct", "boot_best", "boot_worst", "boot_tier_change_pct",
                    "verdict"));
            for (ClusterSensitivity c : report.clusters()) {
                t.add(Arrays.asList(c.clusterCode(), c.rank(), c.bestRank(), c.worstRank(), orBlank(c.looBest()),
                        orBlank(c.looWorst()), orBlank(c.perturbBest()), orBlank(c.perturbWorst()), orBlank(c.drawBest()),
                        orBlank(c.drawWorst()), new Tabular.Decimal(c.tierChangeShare() * 100, 1), orBlank(c.bootBest()),
                        orBlank(c.bootWorst()), new Tabular.Decimal(c.bootTierChangeShare() * 100, 1),
                        c.robust() ? "robust" : "fragile"));
            }
            output.print(panel.marked(t));
        }
        return Cli.OK;
    }

    static Integer orBlank(int rank) {
        return rank == 0 ? null : rank;
    }
}
