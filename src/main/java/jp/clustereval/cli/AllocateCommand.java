package jp.clustereval.cli;

import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.domain.Round;
import jp.clustereval.domain.allocation.Allocation;
import jp.clustereval.domain.allocation.AllocationRequest;
import jp.clustereval.domain.allocation.AllocationRule;
import jp.clustereval.domain.allocation.ClusterAllocation;
import jp.clustereval.domain.allocation.YenAmount;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "allocate", mixinStandardHelpOptions = true,
        description = {"Share a subsidy pool among the cohort's clusters: in proportion to the total score, or by",
                "tiers (top third +20 %, middle 0, bottom third -20 % of the baseline, scaled to the pool),",
                "within floor and cap; the allocations add up to the pool to the yen. Settings are kept."})
final class AllocateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PanelOptions panel;

    @Option(names = "--pool", required = true, paramLabel = "YEN", description = "The budget pool in yen (6000000000 or 6,000,000,000).")
    String pool;

    @Option(names = "--rule", required = true, paramLabel = "proportional|tiers", description = "How to share the pool.")
    String rule;

    @Option(names = "--floor", defaultValue = "0", paramLabel = "YEN", description = "Least per cluster (default: 0).")
    String floor;

    @Option(names = "--cap", paramLabel = "YEN", description = "Most per cluster (default: none).")
    String cap;

    @Option(names = "--baseline", defaultValue = "500000000", paramLabel = "YEN",
            description = "The baseline per cluster (default: 500000000, the programme's 500 million yen).")
    String baseline;

    @Option(names = "--tier-step", defaultValue = "0.20", description = "The tiers' change (default: 0.20 = 20 %).")
    double tierStep;

    @Mixin
    TableFormat output;

    @Override
    public Integer call() {
        AllocationRequest request = new AllocationRequest(yen(pool), AllocationRule.parse(rule), yen(floor),
                cap == null ? Long.MAX_VALUE : yen(cap), yen(baseline), tierStep);
        try (Services s = Commands.root(spec).openServices()) {
            Round round = s.rounds().require(panel.roundId);
            Allocation a = s.allocation().allocateAndSave(panel.scope(round.id()), request, ScoreFileCommands.ACTOR);
            Tabular t = new Tabular(List.of("code", "total", "rank", "baseline_yen", "allocation_yen", "change_pct"));
            for (ClusterAllocation c : a.clusters()) {
                t.add(List.of(c.clusterCode(), new Tabular.Decimal(c.total(), 2), c.rank(), c.baselineYen(),
                        c.allocationYen(), new Tabular.Decimal(c.changePct(), 2)));
            }
            output.print(panel.marked(t));
            if (output.isTable()) {
                spec.commandLine().getOut().printf("sum %,d yen = pool %,d yen (%s grades)%n", a.sumYen(),
                        request.poolYen(), (panel.calibrated ? "calibrated" : "raw")
                        + (panel.includePartial ? ", unfinished sheets counted" : ""));
                List<jp.clustereval.domain.panel.TieNotes.Row> rows = a.clusters().stream()
                        .map(c -> new jp.clustereval.domain.panel.TieNotes.Row(c.clusterCode(), c.total(), c.rank(), c.allocationYen())).toList();
                TieNotes.print(spec.commandLine().getOut(), rows);
            }
        }
        return Cli.OK;
    }

    /** Whole yen, with or without thousands separators (YenAmount: commas only in groups of three). */
    static long yen(String text) {
        return YenAmount.parse(text);
    }
}
