package jp.clustereval.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.common.SafeText;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.weights.Ahp;
import jp.clustereval.domain.weights.WeightSet;
import jp.clustereval.domain.weights.Weights;
import jp.clustereval.service.Services;
import jp.clustereval.service.WeightChange;
import jp.clustereval.service.WeightService;
import jp.clustereval.service.WeightsFileService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "weights", mixinStandardHelpOptions = true,
        description = "The weighting group's axis and item weights: show, set, derive by AHP, exchange as signed files.",
        subcommands = {WeightsCommand.Show.class, WeightsCommand.Set.class, WeightsCommand.AhpCommand.class,
                WeightsCommand.Export.class, WeightsCommand.Import.class, WeightsCommand.History.class})
final class WeightsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: show, set, ahp, export, import or history");
    }

    /** Options every weights command shares. */
    static class Common {
        /** Said (on stderr) when the weights given equal the ones recorded: no second history entry. */
        static final String UNCHANGED = "unchanged: these are already the recorded weights, nothing stored, of ";

        @Spec
        CommandSpec spec;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Mixin
        TableFormat output;

        static String defaultWho() {
            return System.getProperty("user.name", "cli");
        }

        /** kind,code,axis,weight_pct: axes as shares of the total, items as shares within their axis. */
        void print(Round round, WeightSet set) {
            Tabular t = new Tabular(List.of("kind", "code", "axis", "weight_pct"));
            set.axes().forEach((code, w) -> t.add(List.of("axis", code, code, new Tabular.Decimal(w * 100, 2))));
            for (var item : Weights.weightedItems(round)) {
                t.add(List.of("item", item.id(), item.axisCode(), new Tabular.Decimal(set.items().get(item.id()) * 100, 2)));
            }
            output.print(t);
        }
    }

    @ReadsOnly
    @Command(name = "show", mixinStandardHelpOptions = true, description = "The current weights, normalised to 100 %.")
    static final class Show extends Common implements Callable<Integer> {
        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                Round round = s.rounds().require(roundId);
                print(round, s.weights().current(round.id()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Set axis weights (all axes) and/or item weights (all items of an axis); numbers are",
                    "normalised, so A=30,B=20,C=20,D=10,E=20 is 30 %, 20 %, ..."})
    static final class Set extends Common implements Callable<Integer> {
        @Option(names = "--axis", paramLabel = "A=30,B=20,...", description = "Every axis with its weight.")
        String axes;

        @Option(names = "--item", paramLabel = "1.2.1=60,1.2.2=40", description = "Item weights within their axis; repeatable.")
        List<String> items = new ArrayList<>();

        @Option(names = "--by", paramLabel = "NAME", description = "Who set them (default: the system user).")
        String by = defaultWho();

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                Round round = s.rounds().require(roundId);
                jp.clustereval.service.WeightService.Outcome outcome = s.weights().set(round.id(),
                        axes == null ? null : CliParsing.weights(axes), CliParsing.weights(items), by);
                print(s.rounds().require(round.id()), outcome.weights());
                if (!outcome.stored()) {
                    spec.commandLine().getErr().println(UNCHANGED + round.id());
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "ahp", mixinStandardHelpOptions = true,
            description = {"Axis weights from pairwise comparisons on Saaty's scale 1/9..9 with lambda_max and the",
                    "consistency ratio CR = (lambda_max - n) / ((n - 1) RI); rows in the round's axis order, e.g.",
                    "--matrix \"1,3,5,3,1;1/3,1,...\". --apply stores them (Saaty's principal eigenvector only)."})
    static final class AhpCommand extends Common implements Callable<Integer> {
        @Option(names = "--matrix", required = true, paramLabel = "ROWS", description = "Rows separated by ';', cells by ','.")
        String matrix;

        @Option(names = "--method", defaultValue = "eigenvector", paramLabel = "eigenvector|geometric",
                description = {"eigenvector (default): Saaty's principal eigenvector and its eigenvalue;",
                        "geometric: the rows' geometric means and the lambda_max estimated from them (shown only)."})
        String method;

        @Option(names = "--apply", description = "Store the weights (only the axis weights change).")
        boolean apply;

        @Option(names = "--by", paramLabel = "NAME", description = "Who set them (default: the system user).")
        String by = defaultWho();

        @Override
        public Integer call() {
            Ahp.Method how = Ahp.Method.parse(method);
            try (Services s = Commands.root(spec).openServices()) {
                Round round = s.rounds().require(roundId);
                Ahp.Result r = s.weights().ahp(round.id(), Ahp.parseMatrix(matrix), how);
                if (apply && how != Ahp.Method.EIGENVECTOR) {
                    throw new jp.clustereval.common.UserFacingException("ahp.geometricNotStored");
                }
                Tabular t = new Tabular(List.of("code", "weight_pct", "lambda_max", "consistency_ratio", "method"));
                double[] w = r.weights();
                for (int i = 0; i < w.length; i++) {
                    t.add(List.of(r.codes().get(i), new Tabular.Decimal(w[i] * 100, 2),
                            new Tabular.Decimal(r.lambdaMax(), 4), new Tabular.Decimal(r.consistencyRatio(), 4), how.id()));
                }
                output.print(t);
                if (!r.isConsistent()) {
                    spec.commandLine().getErr().printf("warning: consistency ratio %.4f (%s) is above Saaty's threshold %.2f:"
                            + " revisit the comparisons%n", r.consistencyRatio(), described(how), Ahp.CR_THRESHOLD);
                }
                if (apply) {
                    boolean stored = s.weights().applyAhp(round.id(), r, by).stored();
                    spec.commandLine().getErr().println((stored ? "stored as the axis weights of " : UNCHANGED) + round.id());
                }
            }
            return Cli.OK;
        }

        static String described(Ahp.Method how) {
            return how == Ahp.Method.EIGENVECTOR ? "Saaty's principal eigenvector" : "geometric-mean estimate";
        }
    }

    @ReadsOnly
    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the current weights as a signed weights file.")
    static final class Export extends Common implements Callable<Integer> {
        @Option(names = "--signer", required = true, paramLabel = "ID|NAME", description = "Who signs (an evaluator record with a key).")
        String signer;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (e.g. weights.ceweights).")
        Path out;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                spec.commandLine().getOut().println(s.weightsFiles().export(roundId, signer, out).toAbsolutePath());
            }
            return Cli.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Check a signed weights file and make its weights the round's weights. Accepted from a member",
                    "of the round's weighting group (roster role weighting) with their key (the first key is pinned);",
                    "any other signer only with --accept-signer ID --fingerprint HEX --reason TEXT (recorded)."})
    static final class Import extends Common implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @ArgGroup(exclusive = false, heading = "Accepting a signer outside the weighting group, or a new key of theirs:%n")
        SignerDecision accept;

        /** The chair's acceptance of the file's signer: all three options together. */
        static final class SignerDecision {
            @Option(names = "--accept-signer", required = true, paramLabel = "ID", description = "The signer's id.")
            String signer;

            @Option(names = "--fingerprint", required = true, paramLabel = "HEX",
                    description = "The fingerprint of the signer's key, checked with them.")
            String fingerprint;

            @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (it is recorded).")
            String reason;
        }

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                WeightsFileService.Imported r = s.weightsFiles().importFile(file, Common.defaultWho(), accept == null ? null
                        : new WeightsFileService.SignerAcceptance(accept.signer, accept.fingerprint, accept.reason));
                spec.commandLine().getErr().printf("weights of %s set by %s (%s) at %s (key %s)%s%n", r.roundId(), SafeText.line(r.setBy()),
                        r.signerId(), r.setAt(), r.keyFingerprint(), r.acceptedExplicitly() ? ", signer accepted by you" : "");
                print(s.rounds().require(r.roundId()), r.weights());
            }
            return Cli.OK;
        }
    }

    @ReadsOnly
    @Command(name = "history", mixinStandardHelpOptions = true, description = "Every change of the weights: who set them, when and how.")
    static final class History extends Common implements Callable<Integer> {
        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                Tabular t = new Tabular(List.of("id", "source", "set_by", "set_at", "axes", "consistency_ratio",
                        "key_fingerprint", "recorded_at", "recorded_by", "signer_id", "accepted_by", "accept_reason"));
                for (WeightChange c : s.weights().history(roundId)) {
                    t.add(java.util.Arrays.asList(c.id(), c.source(), c.setBy(), c.setAt().toString(), WeightService.json(c.axisWeights()),
                            c.consistencyRatio() == null ? null : new Tabular.Decimal(c.consistencyRatio(), 4),
                            c.keyFingerprint(), c.recordedAt().toString(), c.recordedBy(), c.signerId(), c.acceptedBy(),
                            c.acceptReason()));
                }
                output.print(t);
            }
            return Cli.OK;
        }
    }
}
