package jp.clustereval.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.service.PinnedKey;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Signing keys: the keys pinned to evaluators (chair), and an evaluator's own key fingerprint.",
        subcommands = {KeysCommand.ListKeys.class, KeysCommand.Pin.class, KeysCommand.Own.class})
final class KeysCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: use 'keys list', 'keys pin' or 'keys own'");
    }

    @ReadsOnly
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every evaluator's pinned key and the keys it replaced.")
    static final class ListKeys implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        TableFormat output;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                Tabular t = new Tabular(List.of("evaluator", "fingerprint", "trust", "active", "at", "by", "reason"));
                for (PinnedKey r : s.keys().pinnedKeys()) {
                    t.add(List.of(r.evaluatorId(), r.fingerprint(), r.trust(), r.active() ? "yes" : "no", r.at().toString(),
                            r.actor(), r.reason()));
                }
                output.print(t);
            }
            return Cli.OK;
        }
    }

    @Command(name = "pin", mixinStandardHelpOptions = true,
            description = {"Mark an evaluator's pinned key as verified after comparing its fingerprint with them.",
                    "A different key is accepted only with 'import --accept-key ID --fingerprint HEX --reason TEXT'."})
    static final class Pin implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--evaluator", required = true, paramLabel = "ID|NAME", description = "Evaluator id or name.")
        String evaluator;
        @Option(names = "--fingerprint", required = true, paramLabel = "HEX", description = "The fingerprint the evaluator read out.")
        String fingerprint;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                PinnedKey r = s.keys().verify(evaluator, fingerprint, ScoreFileCommands.ACTOR);
                spec.commandLine().getOut().printf("%s: key %s verified%n", r.evaluatorId(), r.fingerprint());
            }
            return Cli.OK;
        }
    }

    @Command(name = "own", mixinStandardHelpOptions = true,
            description = "The fingerprint of an evaluator's own signing key on this machine (created if missing).")
    static final class Own implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--evaluator", required = true, paramLabel = "ID|NAME", description = "Evaluator id or name.")
        String evaluator;
        @Option(names = "--keys-dir", paramLabel = "DIR", description = "Folder of the signing keys (default: keys in the data directory).")
        Path keysDir;

        @Override
        public Integer call() {
            try (Services s = ScoreFileCommands.open(spec, keysDir)) {
                String id = s.evaluators().resolve(evaluator).id();
                spec.commandLine().getOut().println(s.keys().ownFingerprint(id));
            }
            return Cli.OK;
        }
    }
}
