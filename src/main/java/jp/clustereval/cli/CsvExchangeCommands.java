package jp.clustereval.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import jp.clustereval.service.ImportOptions;
import jp.clustereval.service.ImportPreview;
import jp.clustereval.service.ImportProgress;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** export-csv and import-csv: one evaluator's grades as a spreadsheet (cluster,item,grade,comment; UTF-8 with BOM). */
final class CsvExchangeCommands {

    private CsvExchangeCommands() {
    }

    @ReadsOnly
    @Command(name = "export-csv", mixinStandardHelpOptions = true,
            description = "Write an evaluator's grades as CSV (cluster,item,grade,comment; UTF-8 with BOM for Excel).")
    static final class Export implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--evaluator", required = true, paramLabel = "ID|NAME", description = "Evaluator id or name.")
        String evaluator;

        @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The file to write.")
        Path out;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                int rows = s.csv().export(evaluator, roundId, out);
                spec.commandLine().getOut().printf("%s: %d rows%n", out, rows);
            }
            return Cli.OK;
        }
    }

    @Command(name = "import-csv", mixinStandardHelpOptions = true,
            description = {"Import an evaluator's grades from CSV with the checks and merge rules of score files.",
                    "The source is unsigned; a changed cluster becomes that sheet's next revision."})
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--evaluator", required = true, paramLabel = "ID|NAME", description = "Whose grades these are.")
        String evaluator;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Option(names = "--dry-run", description = "Only show what would happen; store nothing.")
        boolean dryRun;

        @Parameters(arity = "1", paramLabel = "FILE.csv", description = "The CSV file.")
        Path file;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                ImportPreview preview = s.csv().preview(file, evaluator, roundId,
                        ImportOptions.of(ScoreFileCommands.ACTOR));
                ImportPreview result = dryRun ? preview : s.imports().commit(preview, ImportProgress.none(), () -> false);
                return ImportCommand.print(spec.commandLine().getOut(), result, dryRun);
            }
        }
    }
}
