package jp.clustereval.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import jp.clustereval.common.SafeText;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.service.RoundPackageService;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** 'round package' and 'round open': the signed round package (docs/round-package-format.md). */
final class RoundPackageCommands {

    private RoundPackageCommands() {
    }

    @Command(name = "package", mixinStandardHelpOptions = true,
            description = {"Write the round as a signed round package (.ceround): its definition, evidence, roster,",
                    "assignments and weights, signed with the signer's own key of this machine. The signer must be",
                    "a chair of the round's roster."})
    static final class Package implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", required = true, paramLabel = "ID", description = "The round.")
        String roundId;

        @Option(names = "--signer", required = true, paramLabel = "ID|NAME", description = "Who signs: a chair of the round.")
        String signer;

        @Option(names = "--out", required = true, paramLabel = "FILE.ceround", description = "The file to write.")
        Path out;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                String sha = s.roundPackages().write(roundId, signer, out, ScoreFileCommands.ACTOR);
                spec.commandLine().getOut().printf("%s: round %s, sha256 %s%n", SafeText.line(out.toString()),
                        SafeText.line(roundId), sha);
            }
            return Cli.OK;
        }
    }

    @Command(name = "open", mixinStandardHelpOptions = true,
            description = {"Open a round package: the round is made (or updated: roster, assignments, evidence, weights;",
                    "never a grade), its signer's key pinned for the round, the person --as becomes this database's",
                    "evaluator, and the round the current one. A package signed by another key than the pinned one",
                    "is opened only with --accept-key --fingerprint HEX --reason TEXT."})
    static final class Open implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE.ceround", description = "The package.")
        Path file;

        @Option(names = "--as", required = true, paramLabel = "ID|NAME", description = "Who you are, from the package's roster.")
        String as;

        @Option(names = "--accept-key", description = "Accept the package's signing key, another than the round's pinned one.")
        boolean acceptKey;

        @Option(names = "--fingerprint", paramLabel = "HEX",
                description = "With --accept-key: the new key's fingerprint, as the secretariat reads it to you.")
        String fingerprint;

        @Option(names = "--reason", paramLabel = "TEXT", description = "With --accept-key: why the key is accepted (recorded).")
        String reason;

        @Override
        public Integer call() {
            if (acceptKey != (fingerprint != null) || acceptKey != (reason != null)) {
                throw new UserFacingException("roundpackage.acceptOptions");
            }
            RoundPackageService.KeyAcceptance accepted = acceptKey
                    ? new RoundPackageService.KeyAcceptance(fingerprint, reason) : null;
            try (Services s = Commands.root(spec).openServices()) {
                RoundPackageService.Opened o = s.roundPackages().open(file, as, accepted, ScoreFileCommands.ACTOR);
                var out = spec.commandLine().getOut();
                out.printf("round %s %s%s%s; you are %s (%s), %d units assigned to you%n", SafeText.line(o.roundId()),
                        o.created() ? "made" : "updated", o.redefined() ? ", definition replaced" : "",
                        o.keyReplaced() ? ", new signing key accepted" : "", SafeText.line(o.localEvaluator().name()),
                        o.localEvaluator().id(), o.assignedToLocal());
                out.printf("roster changes %d, assignment changes %d; current round: %s%n", o.rosterChanges(),
                        o.assignmentChanges(), SafeText.line(o.roundId()));
            }
            return Cli.OK;
        }
    }
}
