package jp.clustereval.cli;

import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "evaluator", mixinStandardHelpOptions = true, description = "Add or list evaluators.",
        subcommands = {EvaluatorCommand.Add.class, EvaluatorCommand.ListEvaluators.class})
final class EvaluatorCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: use 'evaluator add' or 'evaluator list'");
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an evaluator; prints the new id.")
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The evaluator's name.")
        String name;

        @Option(names = "--affiliation", paramLabel = "TEXT", defaultValue = "", description = "University, company or office.")
        String affiliation;

        @Option(names = "--local", description = "This machine's own evaluator (what the desktop's first-start page sets up).")
        boolean local;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                if (local) {
                    s.evaluators().local().ifPresent(existing -> {
                        throw new UserFacingException("evaluator.localExists", existing.name());
                    });
                }
                Evaluator e = local ? s.evaluators().createLocal(name, affiliation) : s.evaluators().add(name, affiliation);
                spec.commandLine().getOut().println(e.id());
            }
            return Cli.OK;
        }
    }

    @ReadsOnly
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the evaluators of the database.")
    static final class ListEvaluators implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        TableFormat output;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                String local = s.evaluators().local().map(Evaluator::id).orElse("");
                Tabular t = new Tabular(List.of("id", "name", "affiliation", "local"));
                for (Evaluator e : s.evaluators().all()) {
                    t.add(List.of(e.id(), e.name(), e.affiliation(), e.id().equals(local) ? "yes" : "no"));
                }
                output.print(t);
            }
            return Cli.OK;
        }
    }
}
