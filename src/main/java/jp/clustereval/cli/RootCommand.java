package jp.clustereval.cli;

import java.nio.file.Path;
import java.util.List;

import jp.clustereval.AppInfo;
import jp.clustereval.domain.Language;
import jp.clustereval.scorefile.ScoreFile;
import jp.clustereval.service.DataDirectory;
import jp.clustereval.service.Services;
import jp.clustereval.service.Settings;
import jp.clustereval.service.SettingsStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The top of the command line: global options; without a command it opens the GUI. */
@Command(name = "cluster-eval", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = {"ClusterEval: grade the Knowledge Clusters offline and compare them against the cohort.",
                "Without a command, opens the desktop application."},
        subcommands = {ClustersCommand.class, EvaluatorCommand.class, GradeCommand.class, ResultsCommand.class,
                ChartCommand.class, ExportCommand.class, ImportCommand.class, StatusCommand.class,
                CsvExchangeCommands.Export.class, CsvExchangeCommands.Import.class, ConflictsCommand.class,
                KeysCommand.class, RoundCommand.class, RosterCommand.class, AssignCommand.class, EvidenceCommand.class, NotesCommand.class, CoiCommand.class, FilesCommand.class, WeightsCommand.class, SensitivityCommand.class,
                AllocateCommand.class, PanelCheckCommands.Calibration.class, PanelCheckCommands.OutlierList.class,
                PanelCheckCommands.AgreementList.class, CommentsCommand.class, ReportCommand.class,
                BackupCommands.MakeBackup.class, BackupCommands.Restore.class,
                GenerateCommand.class, OverviewCommand.class, MissingCommand.class})
public final class RootCommand implements Runnable {

    @Option(names = "--db", paramLabel = "PATH",
            description = "The database file (default: ${DEFAULT-VALUE}). Created and seeded when it does not exist.")
    Path database = DataDirectory.defaultDatabase();

    @Option(names = "--lang", paramLabel = "ja|en", description = "Language of the desktop application (default: the system's).",
            converter = LanguageConverter.class)
    Language language;

    @Parameters(arity = "0..*", paramLabel = "FILE.cescore",
            description = "Score files to open in the import preview (what the desktop passes for a double-clicked .cescore file).")
    List<Path> openFiles = List.of();

    @Spec
    CommandSpec spec;

    /** The user's settings (how many backups are kept); null until read. */
    private Settings settings;

    /** @param settingsOrNull the user's settings as already read; null: read when a command needs them */
    RootCommand(Settings settingsOrNull) {
        this.settings = settingsOrNull;
    }

    /** How many backups each database keeps: the user's setting "backups kept". */
    int backupsKept() {
        if (settings == null) {
            settings = SettingsStore.inDataDirectory().load();
        }
        return settings.backupsKept();
    }

    @Override
    public void run() {
        for (Path f : openFiles) {
            String name = f.getFileName().toString();
            if (!ScoreFile.hasExtension(name) && !jp.clustereval.roundpackage.RoundPackage.hasExtension(name)) {
                throw new ParameterException(spec.commandLine(), "Unknown command or not a score file: '" + f
                        + "' (score files end in .cescore, round packages in .ceround; see --help for the commands)");
            }
            if (!java.nio.file.Files.isRegularFile(f)) {
                throw new ParameterException(spec.commandLine(), "No such score file: " + f);
            }
        }
        // --db not given: null, so the desktop opens the default database of the settings
        boolean dbGiven = spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption("--db");
        jp.clustereval.ui.GuiLauncher.launch(dbGiven ? database : null, language, openFiles);
    }

    /**
     * Opens the database for the command being run (the default folder is created on first use):
     * a command marked {@link ReadsOnly} reads a copy when another process holds the database;
     * every other one takes the database's lock, and is refused while another process holds it.
     */
    Services openServices() {
        return openServices(jp.clustereval.service.KeyService.defaultDirectory());
    }

    /** As {@link #openServices()}, with the signing keys in the given folder. */
    Services openServices(Path keysDirectory) {
        if (database.equals(DataDirectory.defaultDatabase())) {
            try {
                java.nio.file.Files.createDirectories(database.getParent());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return readsOnly() ? Services.openToRead(database, keysDirectory, backupsKept())
                : Services.openAsWriter(database, keysDirectory, backupsKept());
    }

    /** True when the command being run is marked {@link ReadsOnly}. */
    private boolean readsOnly() {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        if (parsed == null) {
            return false;
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        Object command = parsed.commandSpec().userObject();
        return command != null && command.getClass().isAnnotationPresent(ReadsOnly.class);
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version()};
        }
    }
}
