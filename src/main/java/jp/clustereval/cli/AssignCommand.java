package jp.clustereval.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "assign", mixinStandardHelpOptions = true,
        description = {"Which units an evaluator of the round grades (a round without assignments lets every evaluator",
                "grade every unit; once it has one, grading an unassigned unit is refused)."},
        subcommands = AssignCommand.Import.class)
final class AssignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
    String roundId;

    @Option(names = "--evaluator", paramLabel = "ID|NAME", description = "The evaluator (on the round's roster as evaluator).")
    String evaluator;

    @Option(names = "--clusters", split = ",", paramLabel = "CODE", description = "The units.")
    List<String> clusters;

    @Option(names = "--remove", description = "Unassign them instead.")
    boolean remove;

    @Override
    public Integer call() {
        if (evaluator == null || clusters == null) {
            throw new ParameterException(spec.commandLine(), "assign needs --evaluator and --clusters (or 'assign import FILE.csv')");
        }
        try (Services s = Commands.root(spec).openServices()) {
            int changed = s.assignments().assign(roundId, evaluator, clusters, remove, ScoreFileCommands.ACTOR);
            spec.commandLine().getOut().println((remove ? "unassigned: " : "assigned: ") + changed);
        }
        return Cli.OK;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Assign every line of a CSV with the columns evaluator,cluster (id or exact name; all or nothing).")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Parameters(index = "0", paramLabel = "FILE.csv", description = "The assignments.")
        Path file;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                int added = s.assignments().importCsv(roundId, file, ScoreFileCommands.ACTOR);
                spec.commandLine().getOut().println("assigned: " + added);
            }
            return Cli.OK;
        }
    }
}
