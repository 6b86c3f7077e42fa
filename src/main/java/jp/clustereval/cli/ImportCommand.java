package jp.clustereval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import jp.clustereval.common.SafeText;
import jp.clustereval.service.FileOutcome;
import jp.clustereval.service.FileReport;
import jp.clustereval.service.ImportOptions;
import jp.clustereval.service.ImportPreview;
import jp.clustereval.service.ImportProgress;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import evaluators' score files (files or folders of .cescore files) in one transaction.",
                "Prints one line per file; exit 1 when a file was rejected or left a conflict (the good files are still in)."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "Only show what would happen; store nothing.")
    boolean dryRun;

    @Option(names = "--accept-key", paramLabel = "ID|NAME",
            description = "Accept a new signing key for this evaluator although another is pinned (needs --reason; recorded).")
    List<String> acceptKeys = List.of();

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the new key is accepted (with --accept-key).")
    String reason;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Score files, or folders holding them.")
    List<Path> inputs;

    @Override
    public Integer call() {
        if (!acceptKeys.isEmpty() && (reason == null || reason.isBlank())) {
            throw new ParameterException(spec.commandLine(), "--accept-key needs --reason TEXT (it is recorded)");
        }
        try (Services s = Commands.root(spec).openServices()) {
            Map<String, String> accepted = new LinkedHashMap<>();
            for (String who : acceptKeys) {
                accepted.put(s.evaluators().resolve(who).id(), reason.strip());
            }
            ImportPreview preview = s.imports().preview(inputs, new ImportOptions(accepted, ScoreFileCommands.ACTOR));
            ImportPreview result = dryRun ? preview : s.imports().commit(preview, ImportProgress.none(), () -> false);
            return print(spec.commandLine().getOut(), result, dryRun);
        }
    }

    /** One line per file, whatever its name or its content holds (both are shown with control characters escaped). */
    static int print(PrintWriter out, ImportPreview result, boolean dryRun) {
        for (FileReport f : result.files()) {
            out.printf("%s: %s%s%n", SafeText.line(f.path().toString()), SafeText.line(f.summary(Locale.ROOT)),
                    dryRun ? " [dry run: nothing stored]" : "");
        }
        out.flush();
        boolean bad = result.files().stream().anyMatch(f -> f.outcome() == FileOutcome.REJECTED || f.hasConflicts());
        return bad ? Cli.FAILURE : Cli.OK;
    }
}
