package jp.clustereval.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.chart.ChartExporter;
import jp.clustereval.chart.RadarChartFactory;
import jp.clustereval.chart.RankingChartFactory;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.panel.CohortSpec;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.service.PanelCharts;
import jp.clustereval.service.PanelService;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The panel's charts: the ranking with min-max whiskers and the radar overlay of chosen clusters. */
final class PanelChartCommands {

    private PanelChartCommands() {
    }

    @ReadsOnly
    @Command(name = "ranking", mixinStandardHelpOptions = true,
            description = "Total Score (Average of the Evaluators): bars with the evaluators' min-max, the cohort average as a line.")
    static final class Ranking extends ChartCommand.ChartOptions implements Callable<Integer> {
        @Option(names = "--cohort", paramLabel = "fy2002|fy2003|fy2004|all|kansai|kyushu|field:NAME",
                description = "The clusters compared (default: the round's cohort, see 'clusters --round').")
        String cohort;

        @Option(names = "--calibrated", description = "Use calibrated grades.")
        boolean calibrated;

        @Option(names = "--sort", defaultValue = "rank", paramLabel = "rank|code", description = "Bar order (default: ${DEFAULT-VALUE}).")
        PanelCharts.Sort sort;

        @Override
        public Integer call() throws IOException {
            checkOutput();
            try (Services s = Commands.root(spec).openServices()) {
                Round round = s.rounds().require(roundId);
                PanelResults results = s.panel().results(new PanelService.Scope(round.id(), CohortSpec.parse(cohort), true,
                        calibrated, includePartial));
                if (results.clusters().isEmpty()) {
                    throw new UserFacingException("report.noData");
                }
                ChartExporter.write(RankingChartFactory.create(PanelCharts.ranking(results, s.clusters().ofRound(round.id()), language, sort)),
                        out, width, height);
            }
            done();
            return Cli.OK;
        }
    }

    @ReadsOnly
    @Command(name = "overlay", mixinStandardHelpOptions = true,
            description = "Two to four clusters on one radar with the cohort average.")
    static final class Overlay extends ChartCommand.ChartOptions implements Callable<Integer> {
        @Option(names = "--cohort", paramLabel = "fy2002|fy2003|fy2004|all|kansai|kyushu|field:NAME",
                description = "The clusters compared (default: the round's cohort, see 'clusters --round').")
        String cohort;

        @Option(names = "--calibrated", description = "Use calibrated grades.")
        boolean calibrated;

        @Option(names = "--clusters", required = true, split = ",", paramLabel = "A,B,...", description = "2 to 4 cluster codes.")
        List<String> clusters = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            checkOutput();
            try (Services s = Commands.root(spec).openServices()) {
                Round round = s.rounds().require(roundId);
                List<Cluster> chosen = new ArrayList<>();
                for (String code : clusters) {
                    chosen.add(s.clusters().requireUnit(round.id(), code));
                }
                PanelResults results = s.panel().results(new PanelService.Scope(round.id(), CohortSpec.parse(cohort), false,
                        calibrated, includePartial));
                ChartExporter.write(RadarChartFactory.create(PanelCharts.overlay(round, results, chosen, language)),
                        out, width, height);
            }
            done();
            return Cli.OK;
        }
    }
}
