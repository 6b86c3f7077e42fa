package jp.clustereval.cli;

import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.service.ConflictService;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetConflict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = "Sheets two files disagree on at the same revision: list, show side by side, resolve.",
        subcommands = {ConflictsCommand.ListConflicts.class, ConflictsCommand.Show.class, ConflictsCommand.Resolve.class})
final class ConflictsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: use 'conflicts list', 'show' or 'resolve'");
    }

    @ReadsOnly
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Open conflicts (with --all also resolved ones).")
    static final class ListConflicts implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--all", description = "Include resolved conflicts.")
        boolean all;
        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;
        @Mixin
        TableFormat output;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                Tabular t = new Tabular(List.of("id", "evaluator", "cluster", "revision", "file", "resolution", "reason"));
                for (SheetConflict r : s.conflicts().list(roundId, !all)) {
                    t.add(List.of(r.id(), r.evaluatorId(), r.clusterCode(), r.revision(), r.fileName(),
                            r.resolution() == null ? "open" : r.resolution(), r.reason() == null ? "" : r.reason()));
                }
                output.print(t);
            }
            return Cli.OK;
        }
    }

    @ReadsOnly
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Both sides of a conflict, field by field.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The conflict's id (see conflicts list).")
        long id;
        @Mixin
        TableFormat output;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                ConflictService.View v = s.conflicts().show(id);
                Tabular t = new Tabular(List.of("item", "field", "stored", "incoming", "differs"));
                for (ConflictService.Line l : v.lines()) {
                    t.add(List.of(l.itemId() == null ? "" : l.itemId(), l.field(), l.stored() == null ? "" : l.stored(),
                            l.incoming() == null ? "" : l.incoming(), l.differs() ? "*" : ""));
                }
                output.print(t);
            }
            return Cli.OK;
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = "Resolve a conflict by keeping the stored sheet or taking the incoming one (reason recorded).")
    static final class Resolve implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The conflict's id (see conflicts list).")
        long id;
        @Option(names = "--keep", required = true, paramLabel = "stored|incoming", description = "Which side to keep.")
        ConflictService.Choice keep;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (recorded).")
        String reason;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                s.conflicts().resolve(id, keep, reason, ScoreFileCommands.ACTOR);
                spec.commandLine().getOut().printf("conflict %d resolved: kept %s%n", id, keep.name().toLowerCase(java.util.Locale.ROOT));
            }
            return Cli.OK;
        }
    }
}
