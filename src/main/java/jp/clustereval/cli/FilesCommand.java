package jp.clustereval.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.common.SafeText;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.service.ImportedFile;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "files", mixinStandardHelpOptions = true,
        description = "The imported score files, kept byte for byte: list them, find a sheet's source, write one out again.",
        subcommands = {FilesCommand.ListFiles.class, FilesCommand.Source.class, FilesCommand.ExportFile.class})
final class FilesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: use 'files list', 'files source' or 'files export'");
    }

    private static final List<String> COLUMNS = List.of("id", "file", "kind", "evaluator", "sha256", "size",
            "key_fingerprint", "exported_at", "imported_at", "imported_by");

    private static List<Object> row(ImportedFile r) {
        return java.util.Arrays.asList(r.id(), r.fileName(), r.kind(), r.evaluatorId(), r.sha256(), r.size(),
                r.keyFingerprint(), r.exportedAt(), r.importedAt().toString(), r.importedBy());
    }

    @ReadsOnly
    @Command(name = "list", mixinStandardHelpOptions = true, description = "The files imported for the round, oldest first.")
    static final class ListFiles implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Mixin
        TableFormat output;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                Tabular t = new Tabular(COLUMNS);
                s.importedFiles().list(s.rounds().require(roundId).id()).forEach(r -> t.add(row(r)));
                output.print(t);
            }
            return Cli.OK;
        }
    }

    @ReadsOnly
    @Command(name = "source", mixinStandardHelpOptions = true,
            description = "The file an evaluator's sheet for a cluster came from (nothing when graded in this database).")
    static final class Source implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--evaluator", required = true, paramLabel = "ID|NAME")
        String evaluator;

        @Option(names = "--cluster", required = true, paramLabel = "CODE")
        String cluster;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Mixin
        TableFormat output;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                Round round = s.rounds().require(roundId);
                Evaluator e = s.evaluators().resolve(evaluator);
                Cluster c = s.clusters().require(cluster);
                Tabular t = new Tabular(COLUMNS);
                s.importedFiles().sourceOf(new SheetKey(round.id(), e.id(), c.code())).ifPresent(r -> t.add(row(r)));
                output.print(t);
            }
            return Cli.OK;
        }
    }

    @ReadsOnly
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write an imported file out again exactly as it was received (its SHA-256 is checked first).")
    static final class ExportFile implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The file's id (see 'files list').")
        long id;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                ImportedFile r = s.importedFiles().exportOriginal(id, out);
                spec.commandLine().getOut().println(out.toAbsolutePath() + " (" + SafeText.line(r.fileName()) + ", sha256 " + r.sha256() + ")");
            }
            return Cli.OK;
        }
    }
}
