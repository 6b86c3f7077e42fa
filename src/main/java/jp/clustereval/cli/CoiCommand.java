package jp.clustereval.cli;

import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.service.ConflictOfInterest;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "coi", mixinStandardHelpOptions = true,
        description = {"Conflicts of interest: an evaluator affiliated with a cluster. Their grades for it are",
                "excluded from every average unless included with a recorded reason."},
        subcommands = {CoiCommand.Add.class, CoiCommand.Include.class, CoiCommand.Exclude.class, CoiCommand.ListCoi.class})
final class CoiCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: use 'coi add', 'include', 'exclude' or 'list'");
    }

    /** The options naming one evaluator and cluster. */
    static class Target {
        @Option(names = "--evaluator", required = true, paramLabel = "ID|NAME", description = "Evaluator id or name.")
        String evaluator;
        @Option(names = "--cluster", required = true, paramLabel = "CODE", description = "Cluster code, e.g. SAP.")
        String cluster;
        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Mark the evaluator as affiliated with the cluster.")
    static final class Add extends Target implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--note", paramLabel = "TEXT", defaultValue = "", description = "E.g. the affiliation.")
        String note;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                boolean added = s.coi().add(roundId, evaluator, cluster, note, ScoreFileCommands.ACTOR);
                spec.commandLine().getOut().println(added ? "conflict of interest recorded: grades excluded"
                        : "already recorded");
            }
            return Cli.OK;
        }
    }

    @Command(name = "include", mixinStandardHelpOptions = true, description = "Include the grades in the averages after all.")
    static final class Include extends Target implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (recorded).")
        String reason;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                s.coi().setIncluded(roundId, evaluator, cluster, true, reason, ScoreFileCommands.ACTOR);
                spec.commandLine().getOut().println("grades included");
            }
            return Cli.OK;
        }
    }

    @Command(name = "exclude", mixinStandardHelpOptions = true, description = "Exclude the grades again.")
    static final class Exclude extends Target implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                s.coi().setIncluded(roundId, evaluator, cluster, false, null, ScoreFileCommands.ACTOR);
                spec.commandLine().getOut().println("grades excluded");
            }
            return Cli.OK;
        }
    }

    @ReadsOnly
    @Command(name = "list", mixinStandardHelpOptions = true, description = "The recorded conflicts of interest.")
    static final class ListCoi implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;
        @Mixin
        TableFormat output;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                Tabular t = new Tabular(List.of("evaluator", "cluster", "note", "state", "reason", "by"));
                for (ConflictOfInterest r : s.coi().list(roundId)) {
                    t.add(List.of(r.evaluatorId(), r.clusterCode(), r.note(), r.included() ? "included" : "excluded",
                            r.includeReason() == null ? "" : r.includeReason(), r.included() ? r.includedBy() : r.createdBy()));
                }
                output.print(t);
            }
            return Cli.OK;
        }
    }
}
