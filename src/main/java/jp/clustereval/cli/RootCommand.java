package jp.clustereval.cli;

import java.nio.file.Path;

import jp.clustereval.AppInfo;
import jp.clustereval.domain.Language;
import jp.clustereval.service.DataDirectory;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** The top of the command line: global options; without a command it opens the GUI. */
@Command(name = "cluster-eval", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = {"ClusterEval: grade the Knowledge Clusters offline and compare them against the cohort.",
                "Without a command, opens the desktop application."},
        subcommands = {ClustersCommand.class, EvaluatorCommand.class, GradeCommand.class, ResultsCommand.class,
                ChartCommand.class, ExportCommand.class, ImportCommand.class, StatusCommand.class,
                CsvExchangeCommands.Export.class, CsvExchangeCommands.Import.class, ConflictsCommand.class,
                KeysCommand.class, CoiCommand.class})
public final class RootCommand implements Runnable {

    @Option(names = "--db", paramLabel = "PATH",
            description = "The database file (default: ${DEFAULT-VALUE}). Created and seeded when it does not exist.")
    Path database = DataDirectory.defaultDatabase();

    @Option(names = "--lang", paramLabel = "ja|en", description = "Language of the desktop application (default: the system's).",
            converter = LanguageConverter.class)
    Language language;

    @Override
    public void run() {
        jp.clustereval.ui.GuiLauncher.launch(database, language);
    }

    /** Opens the database for a command; the default folder is created on first use. */
    Services openServices() {
        if (database.equals(DataDirectory.defaultDatabase())) {
            try {
                java.nio.file.Files.createDirectories(database.getParent());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return Services.open(database, false);
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version()};
        }
    }
}
