package jp.clustereval.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.persistence.BackupStore;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.MergeWriter;
import jp.clustereval.scorefile.ParsedScoreFile;
import jp.clustereval.scorefile.ScoreFile;
import jp.clustereval.scorefile.ScoreFileReader;

/**
 * The chair's import: {@link #preview} reads and checks every file and says, per file and sheet,
 * what would happen, storing nothing; {@link #commit} then stores the accepted files in one
 * transaction (re-deciding against the database as it is then), reporting progress per file and
 * rolling everything back when cancelled. A bad file never stops the good ones.
 */
public final class ImportService {

    private final Database db;
    private final RoundService rounds;

    public ImportService(Database db, RoundService rounds) {
        this.db = db;
        this.rounds = rounds;
    }

    /** The .cescore files named: files as given, folders by their .cescore files (not sub-folders), by name. */
    public static List<Path> expand(List<Path> filesOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path p : filesOrFolders) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    list.filter(f -> Files.isRegularFile(f)
                                    && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ScoreFile.EXTENSION))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UserFacingException(e, "import.cannotList", p.toString(), e.getMessage());
                }
            } else {
                files.add(p);
            }
        }
        if (files.isEmpty()) {
            throw new UserFacingException("import.noFiles", filesOrFolders.toString());
        }
        return files;
    }

    /** Reads and checks the files (folders expanded) and decides what importing them would do. Stores nothing. */
    public ImportPreview preview(List<Path> filesOrFolders, ImportOptions options) {
        List<Loaded> loaded = new ArrayList<>();
        for (Path file : expand(filesOrFolders)) {
            loaded.add(load(file));
        }
        return decide(loaded, options);
    }

    /** A CSV (or any already parsed source) previewed with the same rules. */
    ImportPreview previewParsed(Path path, ParsedScoreFile parsed, ImportOptions options) {
        return decide(List.of(new Loaded(path, parsed, null)), options);
    }

    private ImportPreview decide(List<Loaded> loaded, ImportOptions options) {
        ImportPlanner planner = new ImportPlanner(rounds, options);
        List<FileReport> reports = db.query(c -> {
            MergeState state = MergeState.load(c);
            List<FileReport> out = new ArrayList<>();
            for (Loaded l : loaded) {
                out.add(l.rejected != null ? l.rejected : planner.plan(l.path, l.parsed, state).report());
            }
            return out;
        });
        return new ImportPreview(reports, options);
    }

    /** Stores the preview's files in one transaction. Equivalent to the preview unless the database changed since. */
    public ImportPreview commit(ImportPreview preview, ImportProgress progress, BooleanSupplier cancelled) {
        ImportOptions options = preview.options();
        ImportPlanner planner = new ImportPlanner(rounds, options);
        Instant now = Instant.now();
        if (!db.isReadOnly() && preview.files().stream().anyMatch(f -> f.parsed() != null)) {
            BackupStore.of(db.file()).create(db, "import"); // a failed backup stops the import: nothing is stored
        }
        List<FileReport> reports = db.inTransaction(c -> {
            MergeState state = MergeState.load(c);
            List<FileReport> out = new ArrayList<>();
            try (MergeWriter writer = new MergeWriter(c)) {
                MergeApplier applier = new MergeApplier(c, writer, options, now);
                int done = 0;
                for (FileReport f : preview.files()) {
                    if (cancelled.getAsBoolean()) {
                        throw new UserFacingException("import.cancelled");
                    }
                    if (f.parsed() == null) {
                        out.add(f);
                    } else {
                        ImportPlanner.FilePlan plan = planner.plan(f.path(), f.parsed(), state);
                        applier.apply(plan, state);
                        out.add(plan.report());
                    }
                    progress.fileDone(++done, preview.files().size(), f.fileName());
                }
                writer.flush();
            }
            return out;
        });
        java.util.logging.Logger.getLogger(ImportService.class.getName()).info(
                () -> "Import into " + db.file() + ": " + reports.stream()
                        .map(r -> r.path().getFileName() + "=" + r.outcome()).toList());
        return new ImportPreview(reports, options);
    }

    private static Loaded load(Path file) {
        try {
            return new Loaded(file, ScoreFileReader.read(file), null);
        } catch (UserFacingException e) {
            String sha = null;
            try {
                if (Files.isRegularFile(file) && Files.size(file) <= ScoreFile.MAX_BYTES) {
                    sha = ScoreFileReader.sha256(Files.readAllBytes(file));
                }
            } catch (IOException ignored) {
                // the reason already says why the file could not be read
            }
            return new Loaded(file, null, FileReport.rejected(file, sha, e, null, null, null, null));
        }
    }

    private record Loaded(Path path, ParsedScoreFile parsed, FileReport rejected) {
    }
}
