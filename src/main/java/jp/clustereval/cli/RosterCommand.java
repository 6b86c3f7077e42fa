package jp.clustereval.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.common.SafeText;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.service.RosterService;
import jp.clustereval.service.Services;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "roster", mixinStandardHelpOptions = true,
        description = {"Who takes part in a round, in which role: evaluator, weighting (the weighting group: the only",
                "signers whose weights files are accepted without an explicit decision) or chair."},
        subcommands = {RosterCommand.Add.class, RosterCommand.Remove.class, RosterCommand.ListRoster.class})
final class RosterCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: use 'roster add', 'roster remove' or 'roster list'");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Put a person on a round's roster in a role: an evaluator record of this database",
                    "(--evaluator), or the signer of a score file held because they are not in this database",
                    "(--from: the file is verified, and its signer's id, name and affiliation become the record;",
                    "no grade is stored and no key pinned until the file is imported)."})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", required = true, paramLabel = "ID", description = "The round.")
        String roundId;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Who who;

        static final class Who {
            @Option(names = "--evaluator", required = true, paramLabel = "ID|NAME", description = "The person: id or name.")
            String evaluator;

            @Option(names = "--from", required = true, paramLabel = "FILE.cescore",
                    description = "The signer of this score file (one not in this database).")
            Path from;
        }

        @Option(names = "--role", paramLabel = "evaluator|weighting|chair",
                description = "Their role (required with --evaluator; default with --from: evaluator).")
        String role;

        @Option(names = "--email", paramLabel = "TEXT", description = "Their email address (with --evaluator).")
        String email;

        @Override
        public Integer call() {
            if (who.from != null && email != null) {
                throw new ParameterException(spec.commandLine(), "--email goes with --evaluator, not with --from");
            }
            if (who.evaluator != null && role == null) {
                throw new ParameterException(spec.commandLine(), "Missing required option: '--role=evaluator|weighting|chair'");
            }
            try (Services s = Commands.root(spec).openServices()) {
                if (who.from != null) {
                    Evaluator person = s.roster().addFromScoreFile(who.from, roundId,
                            role == null ? RosterService.EVALUATOR : role, ScoreFileCommands.ACTOR);
                    spec.commandLine().getOut().println("added " + SafeText.line(person.id()) + " "
                            + SafeText.line(person.displayName()) + ": import the file again");
                } else {
                    boolean added = s.roster().add(roundId, who.evaluator, role, email, ScoreFileCommands.ACTOR);
                    spec.commandLine().getOut().println(added ? "added" : "already in the roster");
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = {"Take a person off a round's roster (every role of theirs, or only --role); leaving the",
                    "evaluator role also removes their assignments of the round."})
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", required = true, paramLabel = "ID", description = "The round.")
        String roundId;

        @Option(names = "--evaluator", required = true, paramLabel = "ID|NAME", description = "The person: id or name.")
        String evaluator;

        @Option(names = "--role", paramLabel = "evaluator|weighting|chair",
                description = "Only this role (default: every role of theirs).")
        String role;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                List<String> removed = s.roster().remove(roundId, evaluator, role, ScoreFileCommands.ACTOR);
                spec.commandLine().getOut().println("removed: " + String.join(",", removed));
            }
            return Cli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"A round's roster: assigned = clusters to grade (every cluster while the round has no",
                    "assignments), handed_in = sheets or score files stored (evaluators) or a weights file applied",
                    "(weighting group)."})
    static final class ListRoster implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Mixin
        TableFormat output;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                Round round = s.rounds().require(roundId);
                Tabular t = new Tabular(List.of("evaluator", "name", "affiliation", "role", "assigned", "handed_in"));
                for (RosterService.Member m : s.roster().list(round.id())) {
                    t.add(Arrays.asList(m.person().id(), m.person().name(), m.person().affiliation(), m.role(),
                            m.assigned(), m.handedIn() == null ? null : m.handedIn() ? "yes" : "no"));
                }
                output.print(t);
            }
            return Cli.OK;
        }
    }
}
