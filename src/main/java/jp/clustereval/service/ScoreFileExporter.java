package jp.clustereval.service;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.clustereval.AppInfo;
import jp.clustereval.common.AtomicFiles;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.Round;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.SheetStateDao;
import jp.clustereval.persistence.StoredSheet;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.EvaluatorInfo;
import jp.clustereval.scorefile.RoundFingerprint;
import jp.clustereval.scorefile.ScoreFile;
import jp.clustereval.scorefile.ScoreFileJson;
import jp.clustereval.scorefile.ScoreSheet;

/** Writes an evaluator's signed score file. Only reads the database; the file is written atomically. */
public final class ScoreFileExporter {

    /** What was written. */
    public record Result(Path file, int sheets, String keyFingerprint) {
    }

    private final Database db;
    private final RoundService rounds;
    private final EvaluatorService evaluators;
    private final KeyService keys;

    public ScoreFileExporter(Database db, RoundService rounds, EvaluatorService evaluators, KeyService keys) {
        this.db = db;
        this.rounds = rounds;
        this.evaluators = evaluators;
        this.keys = keys;
    }

    public Result export(String evaluatorIdOrName, String roundId, Path out) {
        Round round = rounds.require(roundId);
        Evaluator e = evaluators.resolve(evaluatorIdOrName);
        ScoreFile content = content(round, e, Ed25519.encode(keys.ownKeyPair(e.id()).getPublic()));
        KeyPair pair = keys.ownKeyPair(e.id());
        write(out, ScoreFileJson.signed(content, pair.getPrivate()));
        return new Result(out, content.sheets().size(), Ed25519.fingerprint(content.evaluator().publicKey()));
    }

    /** The file's content: every stored sheet of the evaluator in the round, items in the round's order. */
    ScoreFile content(Round round, Evaluator e, String publicKey) {
        Map<String, StoredSheet> stored = db.query(c -> new SheetStateDao(c).round(round.id()));
        List<ScoreSheet> sheets = new ArrayList<>();
        stored.values().stream().filter(s -> s.evaluatorId().equals(e.id()))
                .sorted(java.util.Comparator.comparing(StoredSheet::clusterCode))
                .forEach(s -> sheets.add(sheet(round, s)));
        Instant updated = Instant.now();
        return new ScoreFile(ScoreFile.VERSION, AppInfo.version(), updated, round.id(), RoundFingerprint.of(round),
                new EvaluatorInfo(e.id(), e.name(), e.affiliation(), publicKey), sheets);
    }

    private ScoreSheet sheet(Round round, StoredSheet s) {
        List<ItemEntry> items = new ArrayList<>();
        for (Item item : round.items().all()) {
            ItemEntry entry = s.entries().get(item.id());
            if (entry != null && !SheetContent.isEmpty(entry)) {
                items.add(entry);
            }
        }
        Instant updatedAt = db.query(c -> new jp.clustereval.persistence.SheetDao(c)
                .find(round.id(), s.evaluatorId(), s.clusterCode()).orElseThrow().sheet().updatedAt());
        return new ScoreSheet(s.clusterCode(), s.status(), s.revision(), updatedAt, s.comment(), items, true);
    }

    /** Written whole or not at all ({@link AtomicFiles}): a failed export leaves no partial file. */
    static void write(Path out, byte[] bytes) {
        try {
            AtomicFiles.write(out, bytes);
        } catch (IOException e) {
            throw AtomicFiles.failure(out, e);
        }
    }
}
