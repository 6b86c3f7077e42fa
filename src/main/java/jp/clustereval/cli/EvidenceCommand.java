package jp.clustereval.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jp.clustereval.common.SafeText;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Achievements;
import jp.clustereval.domain.Round;
import jp.clustereval.service.EvidenceService;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = {"A round's evidence: the figures (achievements) each unit reported per period, shown beside the",
                "grades and in the unit's report."},
        subcommands = {EvidenceCommand.Import.class, EvidenceCommand.ListEvidence.class})
final class EvidenceCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: use 'evidence import' or 'evidence list'");
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Make a CSV's figures the round's figures for a period (all or nothing; that period's earlier",
                    "figures are replaced, other periods stay). Columns: code, then any of the known metrics."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Option(names = "--period", paramLabel = "TEXT",
                description = "The period of the figures, e.g. FY2002-2006 (default: the round's only period).")
        String period;

        @Parameters(index = "0", paramLabel = "FILE.csv", description = "The figures: code,papers_domestic,... as the shared achievements file.")
        Path file;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                EvidenceService.Imported done = s.evidence().importCsv(roundId, file, period, ScoreFileCommands.ACTOR);
                spec.commandLine().getOut().println("imported: " + done.units() + " units, " + done.values() + " values for "
                        + SafeText.line(done.period()) + " into the round " + SafeText.line(done.roundId())
                        + " (sha256 " + done.sha256() + ")");
            }
            return Cli.OK;
        }
    }

    @ReadsOnly
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "A round's figures, one line per unit, period and metric: round,cluster,period,metric,value.")
    static final class ListEvidence implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Option(names = "--cluster", paramLabel = "CODE", description = "Only this unit of the round.")
        String cluster;

        @Mixin
        TableFormat output;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                Round round = s.rounds().require(roundId);
                List<Achievements> figures;
                if (cluster == null) {
                    figures = s.evidence().ofRound(round.id());
                } else {
                    String code = cluster.strip();
                    if (s.clusters().ofRound(round.id()).stream().noneMatch(u -> u.code().equals(code))) {
                        throw new UserFacingException("evidence.noSuchUnit", code, round.id());
                    }
                    figures = s.evidence().ofRound(round.id(), code);
                }
                Tabular t = new Tabular(List.of("round", "cluster", "period", "metric", "value"));
                for (Achievements a : figures) {
                    for (Map.Entry<String, Long> m : a.metrics().entrySet()) {
                        t.add(List.of(round.id(), a.clusterCode(), a.period(), m.getKey(), m.getValue()));
                    }
                }
                output.print(t);
            }
            return Cli.OK;
        }
    }
}
