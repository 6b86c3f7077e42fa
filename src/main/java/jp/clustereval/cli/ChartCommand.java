package jp.clustereval.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import jp.clustereval.chart.ChartExporter;
import jp.clustereval.chart.RadarChartFactory;
import jp.clustereval.chart.RadarData;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.Results;
import jp.clustereval.domain.Round;
import jp.clustereval.service.ComparisonService;
import jp.clustereval.service.RadarCharts;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "chart", mixinStandardHelpOptions = true, description = "Draw a chart to a PNG or SVG file.",
        subcommands = {ChartCommand.Radar.class, ChartCommand.Grid.class, PanelChartCommands.Ranking.class,
                PanelChartCommands.Overlay.class, ChartCommand.Compare.class})
final class ChartCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing chart type: use 'chart radar', 'grid', 'ranking', 'overlay' or 'compare'");
    }

    /** The options every chart file shares. */
    static class ChartFileOptions {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE.png|FILE.svg", description = "Where to write the chart.")
        Path out;

        @Option(names = "--lang", paramLabel = "ja|en", converter = LanguageConverter.class,
                description = "Language of the labels (default: ja).")
        Language language = Language.JA;

        @Option(names = "--include-partial",
                description = "Count unfinished sheets too (the old behaviour); the chart's title or subtitle says so.")
        boolean includePartial;

        @Option(names = "--width", defaultValue = "800", description = "Width in pixels (default: ${DEFAULT-VALUE}).")
        int width;

        @Option(names = "--height", defaultValue = "700", description = "Height in pixels (default: ${DEFAULT-VALUE}).")
        int height;

        void checkOutput() {
            String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".png") && !name.endsWith(".svg")) {
                throw new ParameterException(spec.commandLine(),
                        new UserFacingException("chart.format", out.toString()).getMessage());
            }
            if (width < 100 || height < 100 || width > 10_000 || height > 10_000) {
                throw new ParameterException(spec.commandLine(), "--width and --height must be between 100 and 10000");
            }
        }

        void done() {
            spec.commandLine().getOut().println(out.toAbsolutePath());
        }
    }

    /** The options of a chart of one round. */
    static class ChartOptions extends ChartFileOptions {
        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;
    }

    @ReadsOnly
    @Command(name = "radar", mixinStandardHelpOptions = true,
            description = "A cluster's average over all evaluators against the cohort average.")
    static final class Radar extends ChartOptions implements Callable<Integer> {

        @Option(names = "--cluster", required = true, paramLabel = "CODE", description = "Cluster code, e.g. SAP.")
        String cluster;

        @Override
        public Integer call() throws IOException {
            checkOutput();
            try (Services s = Commands.root(spec).openServices()) {
                Round round = s.rounds().require(roundId);
                Cluster c = s.clusters().requireUnit(round.id(), cluster);
                Results results = s.results().results(round, round.cohort(), includePartial);
                if (results.cluster(c.code()).isEmpty()) {
                    throw new UserFacingException("chart.noData", c.code());
                }
                RadarData data = RadarCharts.markedPartial(RadarCharts.clusterAverage(round, results, c, language), includePartial);
                ChartExporter.write(RadarChartFactory.create(data), out, width, height);
            }
            done();
            return Cli.OK;
        }
    }

    @ReadsOnly
    @Command(name = "grid", mixinStandardHelpOptions = true,
            description = "Small multiples: every cluster of the round's cohort against the cohort average.")
    static final class Grid extends ChartOptions implements Callable<Integer> {

        @Override
        public Integer call() throws IOException {
            checkOutput();
            try (Services s = Commands.root(spec).openServices()) {
                Round round = s.rounds().require(roundId);
                Results results = s.results().results(round, round.cohort(), includePartial);
                List<Cluster> cohort = s.clusters().ofRound(round.id()).stream().filter(c -> round.cohort().contains(c.code())).toList();
                ChartExporter.writeGrid(RadarCharts.grid(round, results, cohort, language).stream()
                        .map(d -> RadarCharts.markedPartial(d, includePartial)).toList(), out,
                        Math.max(width, 1200), Math.max(height, 900));
            }
            done();
            return Cli.OK;
        }
    }

    @ReadsOnly
    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = {"A unit graded in two rounds (the mid-term and the final evaluation) on one radar: the later",
                    "round filled, the earlier as a line, each axis labelled with its change (later minus earlier) and",
                    "the totals in the subtitle. The rounds must have the same scale and the same axes."})
    static final class Compare extends ChartFileOptions implements Callable<Integer> {

        @Option(names = "--cluster", required = true, paramLabel = "CODE", description = "The unit's code, e.g. SAP.")
        String cluster;

        @Option(names = "--rounds", required = true, split = ",", paramLabel = "EARLIER,LATER",
                description = "The two rounds, the earlier first, e.g. mid-fy2004,final-fy2006.")
        List<String> rounds;

        @Override
        public Integer call() throws IOException {
            checkOutput();
            if (rounds.size() != 2) {
                throw new UserFacingException("compare.twoRounds", String.join(",", rounds));
            }
            try (Services s = Commands.root(spec).openServices()) {
                ComparisonService.UnitInRounds u = s.comparisons().unit(rounds.get(0), rounds.get(1), cluster, includePartial);
                RadarData data = RadarCharts.markedPartial(
                        RadarCharts.compared(u.earlier(), u.later(), u.unit(), u.comparison(), language), includePartial);
                ChartExporter.write(RadarChartFactory.create(data), out, width, height);
            }
            done();
            return Cli.OK;
        }
    }
}
