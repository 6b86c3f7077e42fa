package jp.clustereval.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.persistence.BackupStore;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.MergeWriter;
import jp.clustereval.scorefile.ParsedScoreFile;
import jp.clustereval.scorefile.RoundFingerprint;
import jp.clustereval.scorefile.ScoreFile;
import jp.clustereval.scorefile.ScoreFileReader;

/**
 * The chair's import: {@link #preview} reads and checks every file and says, per file and sheet,
 * what would happen, storing nothing and keeping only the reports; {@link #commit} then reads the
 * files again and stores the accepted ones in one transaction (re-deciding against the database as
 * it is then, refusing a file changed since the preview), reporting progress per file and rolling
 * everything back when cancelled. A bad file never stops the good ones. Files are read a chunk at a
 * time ({@link ReadAhead}), so memory does not grow with the number or size of the files.
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

    /**
     * The .cescore files named: files as given, folders by their entries named .cescore that are not
     * folders, by name. An entry that is not a regular file (a pipe, a link to a device) is listed
     * too, so that it is refused with a message rather than left out without a word.
     */
    public static List<Path> expand(List<Path> filesOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path p : filesOrFolders) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    list.filter(f -> !Files.isDirectory(f) && ScoreFile.hasExtension(f.getFileName().toString()))
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

    /**
     * Reads and checks the files (folders expanded) and decides what importing them would do. Stores
     * nothing, and keeps of each file only its report and SHA-256: the files are read a chunk at a
     * time, so a preview of any number of files holds at most one chunk of them.
     */
    public ImportPreview preview(List<Path> filesOrFolders, ImportOptions options) {
        return previewWith(expand(filesOrFolders), ImportPreview.SCORE_FILES, null, options);
    }

    /**
     * The files previewed with the given parser (a CSV's: one evaluator's grades, named by the chair,
     * who is then named in a refusal too).
     */
    ImportPreview previewWith(List<Path> files, ImportPreview.Parser parser, Evaluator who, ImportOptions options) {
        warmCurrentRound();
        ReadAhead<Loaded> chunks = reader(files, parser, who);
        List<Loaded> first = chunks.next();
        BatchIdentities identities;
        if (!chunks.hasNext()) { // the usual batch: one chunk, read once
            identities = BatchIdentities.of(first.stream().map(Loaded::parsed).toList());
        } else {
            // Who a file is from is judged against every file of the batch, whatever the order; a batch
            // too large for one chunk is read once to learn that (keeping only who each file names) and
            // again to be judged.
            BatchIdentities.Builder all = BatchIdentities.builder();
            first.forEach(l -> all.add(l.parsed()));
            while (chunks.hasNext()) {
                chunks.next().forEach(l -> all.add(l.parsed()));
            }
            identities = all.build();
            chunks = reader(files, parser, who);
            first = chunks.next();
        }
        ImportPlanner planner = planner(identities, options);
        List<FileReport> reports = new ArrayList<>();
        MergeState[] state = new MergeState[1]; // made by the first chunk, then carried on from chunk to chunk
        for (List<Loaded> chunk = first; chunk != null; chunk = chunks.hasNext() ? chunks.next() : null) {
            List<Loaded> judged = chunk; // read on every core, the database not held meanwhile
            db.query(c -> {
                if (state[0] == null) {
                    state[0] = MergeState.load(c);
                }
                for (Loaded l : judged) {
                    reports.add(l.rejected() != null ? l.rejected()
                            : planner.plan(l.path(), l.parsed(), l.prechecked(), state[0]).report());
                }
                return null;
            });
        }
        return new ImportPreview(reports, options, parser, identities);
    }

    private ReadAhead<Loaded> reader(List<Path> files, ImportPreview.Parser parser, Evaluator who) {
        return new ReadAhead<>(files.size(), i -> load(files.get(i), parser, who),
                i -> sizeOf(files.get(i)), ReadAhead.budgetBytes(), ReadAhead.MAX_FILES, false);
    }

    /** A planner that judges who each file is from against the whole batch's identities. */
    private ImportPlanner planner(BatchIdentities identities, ImportOptions options) {
        return new ImportPlanner(rounds, options, this::fingerprint, identities, keysHere.get());
    }

    /**
     * Stores the preview's files in one transaction, reading each again (a chunk at a time, the next
     * chunk while this one is written): a file whose SHA-256 is no longer the one previewed is refused
     * and nothing of it is stored. Equivalent to the preview unless the database or a file changed since.
     */
    public ImportPreview commit(ImportPreview preview, ImportProgress progress, BooleanSupplier cancelled) {
        List<FileReport> files = preview.files();
        boolean backup = files.stream().anyMatch(f -> f.outcome() != FileOutcome.REJECTED);
        Iterator<List<Loaded>> chunks = new ReadAhead<>(files.size(), i -> again(files.get(i), preview.parser()),
                i -> files.get(i).outcome() == FileOutcome.REJECTED ? 0 : sizeOf(files.get(i).path()),
                ReadAhead.budgetBytes(), ReadAhead.MAX_FILES, true);
        return store(chunks, files.size(), preview.options(), preview.identities(), progress, cancelled, backup, null);
    }

    /**
     * A previewed file read again for the commit. Its report stands when it was refused; otherwise
     * its bytes must be those previewed (the same SHA-256), or it is refused now.
     */
    private Loaded again(FileReport previewed, ImportPreview.Parser parser) {
        Path path = previewed.path();
        if (previewed.outcome() == FileOutcome.REJECTED) {
            return new Loaded(path, null, previewed, null);
        }
        ParsedScoreFile parsed;
        try {
            parsed = parser.parseAgain(previewed.fileName(), ScoreFileReader.bytes(path), previewed.sha256());
        } catch (UserFacingException e) {
            return new Loaded(path, null, FileReport.rejected(path, null, e, null, previewed.evaluator(), previewed.keyStatus(),
                    previewed.pinnedFingerprint()), null);
        }
        return checked(path, parsed);
    }

    /**
     * The import of a large batch (a national review's thousands of files) in chunks of
     * {@code chunkFiles} files (fewer when they are large: a chunk holds at most
     * {@link ReadAhead#budgetBytes} of files): each chunk is read, checked and committed in its own
     * transaction, so at most two chunks of files are in memory (one written, the next read); one
     * backup is made before the first chunk. Unlike {@link #commit}, a failure or cancellation keeps
     * the chunks already committed. Each file's report is handed to {@code each}, and only the counts
     * are kept. The database ends exactly as after one preview and commit of the whole batch.
     */
    public ChunkedResult importInChunks(List<Path> filesOrFolders, ImportOptions options, int chunkFiles,
                                        ImportProgress progress, Consumer<FileReport> each) {
        if (chunkFiles < 1) {
            throw new IllegalArgumentException("chunkFiles < 1");
        }
        List<Path> files = expand(filesOrFolders);
        if (!db.isReadOnly()) {
            BackupStore.of(db.file()).create(db, "import");
        }
        warmCurrentRound();
        long[] counts = new long[FileOutcome.values().length];
        int done = 0;
        // the first chunk is read on every core (nothing to write yet); each next one in the background
        // (on the other cores) while this one is written
        ReadAhead<Loaded> chunks = new ReadAhead<>(files.size(), i -> load(files.get(i), ImportPreview.SCORE_FILES, null),
                i -> sizeOf(files.get(i)), ReadAhead.budgetBytes(), chunkFiles, true);
        while (chunks.hasNext()) {
            List<Loaded> loaded = chunks.next();
            // a file only ever touches its own evaluator's sheets: load just those, not the whole round
            Set<String> who = new HashSet<>();
            loaded.stream().filter(l -> l.parsed() != null).forEach(l -> who.add(l.parsed().content().evaluator().id()));
            int offset = done;
            // no separate preview: the commit judges every file against the database as it is anyway
            // each chunk is a batch of its own for who its files are from (docs/score-file-format.md)
            BatchIdentities identities = BatchIdentities.of(loaded.stream().map(Loaded::parsed).toList());
            ImportPreview result = store(List.of(loaded).iterator(), loaded.size(), options, identities,
                    (d, t, name) -> progress.fileDone(offset + d, files.size(), name), () -> false, false, who);
            for (FileReport r : result.files()) {
                counts[r.outcome().ordinal()]++;
                each.accept(r);
            }
            done += loaded.size();
        }
        return new ChunkedResult(files.size(), counts[FileOutcome.ACCEPTED.ordinal()],
                counts[FileOutcome.UNCHANGED.ordinal()], counts[FileOutcome.REJECTED.ordinal()]);
    }

    /** What a chunked import did: files seen, and how many were accepted, unchanged, rejected. */
    public record ChunkedResult(int files, long accepted, long unchanged, long rejected) {
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
    private static MergeState state(java.sql.Connection c, Set<String> onlyEvaluators) throws java.sql.SQLException {
        return onlyEvaluators == null ? MergeState.load(c) : MergeState.loadFor(c, onlyEvaluators);
    }

    /**
     * Judges and stores the files in one transaction as the chunks bring them; a file refused on
     * reading keeps its report. A file's content is let go once it is stored.
     */
    private ImportPreview store(Iterator<List<Loaded>> chunks, int total, ImportOptions options, BatchIdentities identities,
                                ImportProgress progress, BooleanSupplier cancelled, boolean backup, Set<String> onlyEvaluators) {
        ImportPlanner planner = planner(identities, options);
        Instant now = Instant.now();
        if (backup && !db.isReadOnly()) {
            BackupStore.of(db.file()).create(db, "import"); // a failed backup stops the import: nothing is stored
        }
        List<FileReport> reports = db.inTransaction(c -> {
            MergeState state = state(c, onlyEvaluators);
            List<FileReport> out = new ArrayList<>();
            try (MergeWriter writer = new MergeWriter(c)) {
                MergeApplier applier = new MergeApplier(c, writer, options, now);
                int done = 0;
                while (chunks.hasNext()) {
                    for (Loaded f : chunks.next()) {
                        if (cancelled.getAsBoolean()) {
                            throw new UserFacingException("import.cancelled");
                        }
                        if (f.parsed() == null) {
                            out.add(f.rejected());
                        } else {
                            ImportPlanner.FilePlan plan = planner.plan(f.path(), f.parsed(), f.prechecked(), state);
                            applier.apply(plan, f.parsed(), state);
                            out.add(plan.report());
                        }
                        progress.fileDone(++done, total, f.path().getFileName().toString());
                    }
                }
                writer.flush();
            }
            return out;
        });
        java.util.logging.Logger.getLogger(ImportService.class.getName()).info(
                () -> "Import into " + db.file() + ": " + reports.stream()
                        .map(r -> r.path().getFileName() + "=" + r.outcome()).toList());
        return new ImportPreview(reports, options, ImportPreview.SCORE_FILES, identities);
    }

    /** A file's size on disk, for the chunks' budget (0 when it cannot be known: it is refused when read). */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Reads a file (a regular file of at most 20 MB, else refused without being opened) and parses it. */
    private Loaded load(Path file, ImportPreview.Parser parser, Evaluator who) {
        byte[] bytes;
        try {
            bytes = ScoreFileReader.bytes(file);
        } catch (UserFacingException e) {
            return new Loaded(file, null, FileReport.rejected(file, null, e, null, who, keyOf(who), null), null);
        }
        ParsedScoreFile parsed;
        try {
            parsed = parser.parse(file.getFileName().toString(), bytes);
        } catch (UserFacingException e) {
            String sha256 = ScoreFileReader.sha256(bytes); // a parsed file has it already: made only for a refused one
            return new Loaded(file, null, FileReport.rejected(file, sha256, e, null, who, keyOf(who), null), null);
        }
        return checked(file, parsed);
    }

    /** A parsed file, checked against its round here on the reading thread when that round is already read. */
    private Loaded checked(Path file, ParsedScoreFile parsed) {
        Round round = rounds.cached(parsed.content().roundId());
        return new Loaded(file, parsed, null,
                round == null ? null : ImportPlanner.Prechecked.of(parsed.content(), round, fingerprint(round)));
    }

    /** A source that names its evaluator (a CSV) is unsigned; a score file refused on reading has no known key. */
    private static KeyStatus keyOf(Evaluator who) {
        return who == null ? null : KeyStatus.UNSIGNED;
    }

    /** A file as read: parsed (and maybe prechecked), or rejected. */
    private record Loaded(Path path, ParsedScoreFile parsed, FileReport rejected, ImportPlanner.Prechecked prechecked) {
    }
}
