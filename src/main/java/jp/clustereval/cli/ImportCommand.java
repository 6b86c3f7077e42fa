package jp.clustereval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import jp.clustereval.common.SafeText;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.service.FileOutcome;
import jp.clustereval.service.FileReport;
import jp.clustereval.service.ImportOptions;
import jp.clustereval.service.ImportPreview;
import jp.clustereval.service.ImportProgress;
import jp.clustereval.service.Services;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import evaluators' score files (files or folders of .cescore files) in one transaction.",
                "Prints one line per file; exit 1 when a file was rejected, held or left a conflict (the good files are still in).",
                "A file whose signer is in doubt is held: accept it with --accept-key ID --fingerprint HEX --reason TEXT",
                "(the key you checked with the evaluator) or --accept-name ID --reason TEXT (the name the file gives)."})
final class ImportCommand implements Callable<Integer> {

    /** A key's fingerprint as {@link Ed25519#normalizeFingerprint} leaves it: 64 hex digits. */
    private static final java.util.regex.Pattern FINGERPRINT = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "Only show what would happen; store nothing.")
    boolean dryRun;

    @ArgGroup(exclusive = false, multiplicity = "0..*", heading = "The chair's decisions (each recorded with its reason):%n")
    List<Acceptance> acceptances = new ArrayList<>();

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Score files, or folders holding them.")
    List<Path> inputs;

    /** One decision: a key or a name accepted for one evaluator, with the reason. */
    static final class Acceptance {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Whom whom;

        @Option(names = "--fingerprint", paramLabel = "HEX",
                description = "With --accept-key: the fingerprint of the key you checked with the evaluator.")
        String fingerprint;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (it is recorded).")
        String reason;
    }

    /** Whose key or whose name. */
    static final class Whom {
        @Option(names = "--accept-key", required = true, paramLabel = "ID",
                description = "Accept this evaluator's files signed with the key --fingerprint names, although another key is"
                        + " pinned or their files in this import carry several keys.")
        String key;

        @Option(names = "--accept-name", required = true, paramLabel = "ID",
                description = "Accept this evaluator's files although their name or affiliation differs from the stored one"
                        + " (which becomes the file's).")
        String name;
    }

    @Override
    public Integer call() {
        try (Services s = Commands.root(spec).openServices()) {
            ImportOptions options = options(s);
            ImportPreview preview = s.imports().preview(inputs, options);
            ImportPreview result = dryRun ? preview : s.imports().commit(preview, ImportProgress.none(), () -> false);
            return print(spec.commandLine().getOut(), result, dryRun);
        }
    }

    private ImportOptions options(Services s) {
        ImportOptions options = ImportOptions.of(ScoreFileCommands.ACTOR);
        java.util.Set<String> keysGiven = new java.util.HashSet<>();
        for (Acceptance a : acceptances) {
            String reason = a.reason == null ? "" : a.reason.strip();
            if (reason.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--reason must not be blank (it is recorded)");
            }
            if (a.whom.key != null) {
                if (a.fingerprint == null || !FINGERPRINT.matcher(Ed25519.normalizeFingerprint(a.fingerprint)).matches()) {
                    throw new ParameterException(spec.commandLine(), "--accept-key " + a.whom.key
                            + " needs --fingerprint HEX: the 64 hex digits of the key you checked with the evaluator");
                }
                String id = evaluatorId(s, a.whom.key);
                if (!keysGiven.add(id)) {
                    throw new ParameterException(spec.commandLine(), "--accept-key " + a.whom.key
                            + " is given twice: one key is accepted per evaluator");
                }
                options = options.withAcceptedKey(id, a.fingerprint, reason);
            } else {
                if (a.fingerprint != null) {
                    throw new ParameterException(spec.commandLine(), "--fingerprint goes with --accept-key, not --accept-name");
                }
                options = options.withAcceptedName(evaluatorId(s, a.whom.name), reason);
            }
        }
        return options;
    }

    /** An id as given (in lower case: the files of a new evaluator are not stored yet), or a stored evaluator's name. */
    private static String evaluatorId(Services s, String idOrName) {
        String id = Evaluator.normaliseId(idOrName);
        try {
            return java.util.UUID.fromString(id).toString().equals(id) ? id : s.evaluators().resolve(idOrName).id();
        } catch (IllegalArgumentException notAnId) {
            return s.evaluators().resolve(idOrName).id();
        }
    }

    /** One line per file, whatever its name or its content holds (both are shown with control characters escaped). */
    static int print(PrintWriter out, ImportPreview result, boolean dryRun) {
        for (FileReport f : result.files()) {
            out.printf("%s: %s%s%n", SafeText.line(f.path().toString()), SafeText.line(f.summary(Locale.ROOT)),
                    dryRun ? " [dry run: nothing stored]" : "");
        }
        out.flush();
        boolean bad = result.files().stream().anyMatch(f -> f.outcome() == FileOutcome.REJECTED
                || f.outcome() == FileOutcome.HELD || f.hasConflicts());
        return bad ? Cli.FAILURE : Cli.OK;
    }
}
