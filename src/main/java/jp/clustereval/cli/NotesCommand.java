package jp.clustereval.cli;

import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.common.SafeText;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.UnitNote;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "notes", mixinStandardHelpOptions = true,
        description = {"The panel meeting's record per unit: the chair's discussion note (for the decision record) and",
                "the panel's consensus comment (printed in the unit's feedback report)."},
        subcommands = {NotesCommand.Set.class, NotesCommand.ListNotes.class})
final class NotesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: use 'notes set' or 'notes list'");
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Set a unit's discussion note and/or consensus comment (an empty text clears it); recorded",
                    "with who (this database's local evaluator), when, and the old and the new text."})
    static final class Set implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Option(names = "--cluster", paramLabel = "CODE", required = true, description = "The unit of the round.")
        String cluster;

        @Option(names = "--note", paramLabel = "TEXT", description = "The chair's discussion note.")
        String note;

        @Option(names = "--consensus", paramLabel = "TEXT", description = "The panel's consensus comment.")
        String consensus;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                UnitNote stored = s.notes().set(roundId, cluster.strip(), note, consensus, ScoreFileCommands.ACTOR);
                spec.commandLine().getOut().println("notes of " + SafeText.line(stored.clusterCode()) + " in the round "
                        + SafeText.line(stored.roundId()) + ": note " + stored.note().length() + " characters, consensus "
                        + stored.consensus().length() + " characters");
            }
            return Cli.OK;
        }
    }

    @ReadsOnly
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"The round's units with a note or consensus comment, in the round's order:",
                    "round,cluster,note,consensus,updated_at,updated_by."})
    static final class ListNotes implements Callable<Integer> {
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
                Tabular t = new Tabular(List.of("round", "cluster", "note", "consensus", "updated_at", "updated_by"));
                for (UnitNote n : s.notes().notesOf(round.id())) {
                    t.add(List.of(n.roundId(), n.clusterCode(), n.note(), n.consensus(), n.updatedAt().toString(), n.updatedBy()));
                }
                output.print(t);
            }
            return Cli.OK;
        }
    }
}
