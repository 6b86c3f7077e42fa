package jp.clustereval.cli;

import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.domain.Round;
import jp.clustereval.service.CommentService;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "comments", mixinStandardHelpOptions = true,
        description = "Evaluators' comments and indications compiled per cluster; tag them with the common issues.",
        subcommands = {CommentsCommand.ListComments.class, CommentsCommand.Tag.class, CommentsCommand.Untag.class})
final class CommentsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: list, tag or untag");
    }

    @ReadsOnly
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Comments per cluster; authors hidden (E1, E2...) unless --names. Tags: rd-themes, "
                    + "commercialisation, ip, wide-area, people, regulation.")
    static final class ListComments implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Option(names = "--cluster", paramLabel = "CODE", description = "Only this cluster.")
        String cluster;

        @Option(names = "--tag", paramLabel = "TAG", description = "Only comments with this tag.")
        String tag;

        @Option(names = "--names", description = "Show the evaluators' names.")
        boolean names;

        @Mixin
        TableFormat output;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                Round round = s.rounds().require(roundId);
                Tabular t = new Tabular(List.of("cluster", "item", "field", "author", "tags", "text"));
                for (CommentService.CompiledComment c : s.comments().compiled(round.id(), cluster, tag, names)) {
                    t.add(List.of(c.clusterCode(), c.itemId().isEmpty() ? "-" : c.itemId(), c.field(), c.author(),
                            String.join(";", c.tags()), c.text()));
                }
                output.print(t);
            }
            return Cli.OK;
        }
    }

    /** Which comment a tag goes on. */
    abstract static class Target implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Option(names = {"--author", "--evaluator"}, paramLabel = "E1|ID|NAME",
                description = {"Who wrote the comment, as \"comments list\" shows it (E1, E2...) or an evaluator's id",
                        "or unique name; not needed when the cluster, item and field hold one comment."})
        String evaluator;

        @Option(names = "--cluster", required = true, paramLabel = "CODE", description = "The cluster.")
        String cluster;

        @Option(names = "--item", paramLabel = "ITEM_ID", description = "The item (default: the sheet's overall comment).")
        String item;

        @Option(names = "--field", defaultValue = "comment", paramLabel = "comment|indication",
                description = "Comment or indication (default: ${DEFAULT-VALUE}).")
        String field;

        @Option(names = "--tag", required = true, paramLabel = "TAG", description = "The common issue.")
        String tag;

        abstract boolean apply(Services s, String round, String actor);

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                Round round = s.rounds().require(roundId);
                // the tag is recorded as the local identity's (the chair's), as the desktop records it
                String actor = s.evaluators().local().map(jp.clustereval.domain.Evaluator::name).orElse("cli");
                spec.commandLine().getOut().println(apply(s, round.id(), actor) ? "changed" : "unchanged");
            }
            return Cli.OK;
        }
    }

    @Command(name = "tag", mixinStandardHelpOptions = true, description = "Tag a comment with a common issue.")
    static final class Tag extends Target {
        @Override
        boolean apply(Services s, String round, String actor) {
            return s.comments().tag(round, evaluator, cluster, item, field, tag, actor);
        }
    }

    @Command(name = "untag", mixinStandardHelpOptions = true, description = "Remove a tag from a comment.")
    static final class Untag extends Target {
        @Override
        boolean apply(Services s, String round, String actor) {
            return s.comments().untag(round, evaluator, cluster, item, field, tag, actor);
        }
    }
}
