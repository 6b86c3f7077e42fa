package jp.clustereval.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.service.Backup;
import jp.clustereval.service.BackupService;
import jp.clustereval.service.BackupSummary;
import jp.clustereval.service.DatabaseLock;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code backup [--out FILE]}, {@code backup list} and {@code restore BACKUP}. */
final class BackupCommands {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private BackupCommands() {
    }

    static String describe(BackupSummary s) {
        return s.evaluators() + " evaluators, " + s.sheets() + " sheets, " + s.grades() + " grades, "
                + s.comments() + " comments";
    }

    @Command(name = "backup", mixinStandardHelpOptions = true, subcommands = BackupCommands.ListBackups.class,
            description = {"Make a consistent backup of the database now (SQLite's online backup API).",
                    "Without --out it goes to the backups folder beside the database, where the newest",
                    "N are kept (setting \"backups kept\", default 10); see \"backup list\" and \"restore\"."})
    static final class MakeBackup implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the backup to this file instead (it must not exist).")
        Path out;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                BackupService backups = s.backups();
                Path written;
                if (out != null) {
                    backups.backupTo(out);
                    written = out.toAbsolutePath().normalize();
                } else {
                    written = backups.backupNow().file();
                }
                BackupSummary summary = BackupService.inspect(written);
                spec.commandLine().getOut().println("Backup written: " + written + " (" + describe(summary) + ")");
            }
            return Cli.OK;
        }
    }

    @ReadsOnly
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List the backups of the database, newest first, with what each holds.",
                    "The id (1 = newest) or the file name can be given to \"restore\"."})
    static final class ListBackups implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        TableFormat output;

        @Override
        public Integer call() {
            RootCommand root = Commands.root(spec);
            try (Services s = root.openServices()) {
                // the backups of the database named, also when it reads a copy the desktop made
                BackupService backups = s.backups();
                List<BackupService.Entry> entries = backups.list();
                if (entries.isEmpty() && output.isTable()) {
                    spec.commandLine().getOut().println("No backups yet in " + backups.directory());
                    return Cli.OK;
                }
                Tabular t = new Tabular(List.of("id", "time", "reason", "evaluators", "sheets", "grades", "comments",
                        "size_kb", "file", "problem"));
                for (BackupService.Entry e : entries) {
                    Backup b = e.backup();
                    BackupSummary sum = e.summary();
                    List<Object> row = new ArrayList<>(List.of(e.id(), TIME.format(b.createdAt()), b.reason()));
                    row.add(sum == null ? null : sum.evaluators());
                    row.add(sum == null ? null : sum.sheets());
                    row.add(sum == null ? null : sum.grades());
                    row.add(sum == null ? null : sum.comments());
                    row.add((b.size() + 1023) / 1024);
                    row.add(b.file().getFileName().toString());
                    row.add(e.problem());
                    t.add(row);
                }
                output.print(t);
            }
            return Cli.OK;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Replace the database's content with a backup's. The current state is backed up first,",
                    "so a restore can itself be undone. A file that is not an undamaged ClusterEval database",
                    "is refused and nothing changes. A damaged database is moved aside (.damaged-TIME) and replaced.",
                    "Refused while another ClusterEval has the database open."})
    static final class Restore implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "BACKUP", description = "The backup: its id or file name from \"backup list\", or the path of a backup file.")
        String backup;

        @Override
        public Integer call() {
            RootCommand root = Commands.root(spec);
            Path database = root.database.toAbsolutePath().normalize();
            try (DatabaseLock lock = DatabaseLock.acquire(database)) {
                Services s;
                try {
                    s = Services.openUnder(lock, jp.clustereval.service.KeyService.defaultDirectory(), root.backupsKept());
                } catch (UserFacingException e) {
                    // too damaged to open, or refused by a migration (two evaluators one id but for case):
                    // the backup replaces it, and the file is kept aside
                    if (!"store.corrupt".equals(e.key()) && !"store.evaluatorIdCollision".equals(e.key())) {
                        throw e;
                    }
                    Path file = BackupService.resolve(database, backup);
                    Path aside = BackupService.replaceDamaged(database, file);
                    try (Services restored = Services.openUnder(lock, jp.clustereval.service.KeyService.defaultDirectory(),
                            root.backupsKept())) {
                        spec.commandLine().getOut().println("Restored " + database + " from " + file + " ("
                                + describe(restored.backups().current()) + "). The damaged file was kept as " + aside);
                    }
                    return Cli.OK;
                }
                try (s) {
                    BackupService backups = s.backups();
                    Path file = backups.resolve(backup);
                    Backup before = backups.restore(file);
                    spec.commandLine().getOut().println("Restored " + database + " from " + file + " ("
                            + describe(backups.current()) + "). The state before the restore was saved as "
                            + before.file().getFileName() + " (see \"backup list\").");
                }
            }
            return Cli.OK;
        }
    }
}
