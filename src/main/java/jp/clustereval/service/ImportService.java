package jp.clustereval.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Round;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.MergeWriter;
import jp.clustereval.scorefile.ParsedScoreFile;
import jp.clustereval.scorefile.RoundFingerprint;
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
    /** Each round's fingerprint, made once (by identity: a changed round is a new object). */
    private final Map<Round, String> fingerprints = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** The keys of this machine by fingerprint, with the evaluator each belongs to ({@link KeyService#keysHere}). */
    private final java.util.function.Supplier<Map<String, String>> keysHere;

    public ImportService(Database db, RoundService rounds, java.util.function.Supplier<Map<String, String>> keysHere) {
        this.db = db;
        this.rounds = rounds;
        this.keysHere = keysHere;
    }

    /** The .cescore files named: files as given, folders by their .cescore files (not sub-folders), by name. */
    public static List<Path> expand(List<Path> filesOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path p : filesOrFolders) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    list.filter(f -> Files.isRegularFile(f)
                                    && ScoreFile.hasExtension(f.getFileName().toString()))
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
        List<Path> files = expand(filesOrFolders);
        warmCurrentRound();
        return decide(loadAll(files), options);
    }

    /** A CSV (or any already parsed source) previewed with the same rules. */
    ImportPreview previewParsed(Path path, ParsedScoreFile parsed, ImportOptions options) {
        return decide(List.of(new Loaded(path, parsed, null, null)), options);
    }

    /**
     * Reads and checks the files, on every core (parsing and the signature check are the costly part
     * and need nothing of the database); the result is in the files' order. A file of a round already
     * read is also checked against it there ({@link ImportPlanner.Prechecked}), which takes that work
     * off the thread that writes.
     */
    private List<Loaded> loadAll(List<Path> files) {
        return files.parallelStream().map(this::load).toList();
    }

    /** Files usually name the current round: read it now, so that the readers can check against it. */
    private void warmCurrentRound() {
        try {
            rounds.current();
        } catch (UserFacingException e) {
            // no round yet: every file will be refused for its round, by the planner
        }
    }

    private String fingerprint(Round round) {
        return fingerprints.computeIfAbsent(round, RoundFingerprint::of);
    }

    /** The merge state the plans are judged against: every sheet, or (onlyEvaluators) just those evaluators'. */
    private static MergeState state(java.sql.Connection c, java.util.Set<String> onlyEvaluators) throws java.sql.SQLException {
        return onlyEvaluators == null ? MergeState.load(c) : MergeState.loadFor(c, onlyEvaluators);
    }

    /** A planner for these files: who each is from is judged against all of them, whatever their order. */
    private ImportPlanner planner(List<Loaded> files, ImportOptions options) {
        return new ImportPlanner(rounds, options, this::fingerprint,
                BatchIdentities.of(files.stream().map(Loaded::parsed).toList()), keysHere.get());
    }

    private ImportPreview decide(List<Loaded> loaded, ImportOptions options) {
        ImportPlanner planner = planner(loaded, options);
        List<FileReport> reports = db.query(c -> {
            MergeState state = MergeState.load(c);
            List<FileReport> out = new ArrayList<>();
            for (Loaded l : loaded) {
                out.add(l.rejected != null ? l.rejected : planner.plan(l.path, l.parsed, l.prechecked, state).report());
            }
            return out;
        });
        return new ImportPreview(reports, options);
    }

    /** Stores the preview's files in one transaction. Equivalent to the preview unless the database changed since. */
    public ImportPreview commit(ImportPreview preview, ImportProgress progress, BooleanSupplier cancelled) {
        List<Loaded> files = preview.files().stream()
                .map(f -> new Loaded(f.path(), f.parsed(), f.parsed() == null ? f : null, null)).toList();
        return store(files, preview.options(), progress, cancelled, true, null);
    }

    /**
     * The import of a large batch (a national review's thousands of files) in chunks of
     * {@code chunkFiles} files: each chunk is read, checked and committed in its own transaction, so
     * at most one chunk of files is in memory; one backup is made before the first chunk. Unlike
     * {@link #commit}, a failure or cancellation keeps the chunks already committed. Each file's
     * report is handed to {@code each} with its parsed content dropped, and only the counts are kept.
     * The database ends exactly as after one preview and commit of the whole batch.
     */
    public ChunkedResult importInChunks(List<Path> filesOrFolders, ImportOptions options, int chunkFiles,
                                        ImportProgress progress, java.util.function.Consumer<FileReport> each) {
        if (chunkFiles < 1) {
            throw new IllegalArgumentException("chunkFiles < 1");
        }
        List<Path> files = expand(filesOrFolders);
        if (!db.isReadOnly()) {
            db.backups().create(db, "import");
        }
        warmCurrentRound();
        long[] counts = new long[FileOutcome.values().length];
        int done = 0;
        // the first chunk is read on every core (nothing to write yet); each next one in the background
        // (on the other cores) while this one is written
        java.util.concurrent.CompletableFuture<List<Loaded>> next = java.util.concurrent.CompletableFuture.completedFuture(
                loadAll(files.subList(0, Math.min(files.size(), chunkFiles))));
        for (int from = 0; from < files.size(); from += chunkFiles) {
            List<Loaded> loaded = joined(next);
            next = from + chunkFiles < files.size() ? loadLater(files, from + chunkFiles, chunkFiles) : null;
            // a file only ever touches its own evaluator's sheets: load just those, not the whole round
            java.util.Set<String> who = new java.util.HashSet<>();
            loaded.stream().filter(l -> l.parsed != null).forEach(l -> who.add(l.parsed.content().evaluator().id()));
            int offset = done;
            // no separate preview: the commit judges every file against the database as it is anyway
            ImportPreview result = store(loaded, options,
                    (d, t, name) -> progress.fileDone(offset + d, files.size(), name), () -> false, false, who);
            for (FileReport r : result.files()) {
                counts[r.outcome().ordinal()]++;
                each.accept(new FileReport(r.path(), r.sha256(), r.outcome(), r.rejection(), r.evaluator(),
                        r.keyStatus(), r.keyFingerprint(), r.pinnedFingerprint(), r.sheets(), null));
            }
            done += loaded.size();
        }
        return new ChunkedResult(files.size(), counts[FileOutcome.ACCEPTED.ordinal()],
                counts[FileOutcome.UNCHANGED.ordinal()], counts[FileOutcome.REJECTED.ordinal()]);
    }

    private java.util.concurrent.CompletableFuture<List<Loaded>> loadLater(List<Path> files, int from, int n) {
        List<Path> chunk = files.subList(from, Math.min(files.size(), from + n));
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> loadAll(chunk));
    }

    private static List<Loaded> joined(java.util.concurrent.CompletableFuture<List<Loaded>> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** What a chunked import did: files seen, and how many were accepted, unchanged, rejected. */
    public record ChunkedResult(int files, long accepted, long unchanged, long rejected) {
    }

    /** Judges and stores the files in one transaction; a file rejected on reading keeps its report. */
    private ImportPreview store(List<Loaded> files, ImportOptions options, ImportProgress progress, BooleanSupplier cancelled,
                                boolean backup, java.util.Set<String> onlyEvaluators) {
        ImportPlanner planner = planner(files, options);
        Instant now = Instant.now();
        if (backup && !db.isReadOnly() && files.stream().anyMatch(f -> f.parsed() != null)) {
            db.backups().create(db, "import"); // a failed backup stops the import: nothing is stored
        }
        List<FileReport> reports = db.inTransaction(c -> {
            MergeState state = state(c, onlyEvaluators);
            List<FileReport> out = new ArrayList<>();
            try (MergeWriter writer = new MergeWriter(c)) {
                MergeApplier applier = new MergeApplier(c, writer, options, now);
                int done = 0;
                for (Loaded f : files) {
                    if (cancelled.getAsBoolean()) {
                        throw new UserFacingException("import.cancelled");
                    }
                    if (f.parsed() == null) {
                        out.add(f.rejected());
                    } else {
                        ImportPlanner.FilePlan plan = planner.plan(f.path(), f.parsed(), f.prechecked(), state);
                        applier.apply(plan, state);
                        out.add(plan.report());
                    }
                    progress.fileDone(++done, files.size(), f.path().getFileName().toString());
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

    private Loaded load(Path file) {
        ParsedScoreFile parsed;
        try {
            parsed = ScoreFileReader.read(file);
        } catch (UserFacingException e) {
            String sha = null;
            try {
                if (Files.isRegularFile(file) && Files.size(file) <= ScoreFile.MAX_BYTES) {
                    sha = ScoreFileReader.sha256(Files.readAllBytes(file));
                }
            } catch (IOException ignored) {
                // the reason already says why the file could not be read
            }
            return new Loaded(file, null, FileReport.rejected(file, sha, e, null, null, null, null), null);
        }
        Round round = rounds.cached(parsed.content().roundId());
        return new Loaded(file, parsed, null,
                round == null ? null : ImportPlanner.Prechecked.of(parsed.content(), round, fingerprint(round)));
    }

    /** A file as read: parsed (and maybe prechecked), or rejected. */
    private record Loaded(Path path, ParsedScoreFile parsed, FileReport rejected, ImportPlanner.Prechecked prechecked) {
    }
}
