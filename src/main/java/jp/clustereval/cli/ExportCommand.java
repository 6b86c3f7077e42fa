package jp.clustereval.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import jp.clustereval.service.ScoreFileExporter;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@ReadsOnly
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write an evaluator's signed score file (.cescore) for the panel chair.",
                "The signing key is created on first use in the keys folder of the data directory."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--evaluator", required = true, paramLabel = "ID|NAME", description = "Evaluator id or name.")
    String evaluator;

    @Option(names = "--out", required = true, paramLabel = "FILE.cescore", description = "The file to write.")
    Path out;

    @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
    String roundId;

    @Option(names = "--keys-dir", paramLabel = "DIR", description = "Folder of the signing keys (default: keys in the data directory).")
    Path keysDir;

    @Override
    public Integer call() {
        try (Services s = ScoreFileCommands.open(spec, keysDir)) {
            ScoreFileExporter.Result r = s.exporter().export(evaluator, roundId, out);
            spec.commandLine().getOut().printf("%s: %d sheets, signed with key %s%n", r.file(), r.sheets(), r.keyFingerprint());
        }
        return Cli.OK;
    }
}
