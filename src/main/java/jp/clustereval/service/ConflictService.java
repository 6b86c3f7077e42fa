package jp.clustereval.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.Round;
import jp.clustereval.persistence.ConflictDao;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.MergeWriter;
import jp.clustereval.persistence.SheetStateDao;
import jp.clustereval.persistence.StoredSheet;
import jp.clustereval.scorefile.ScoreFileReader;
import jp.clustereval.scorefile.ScoreSheet;

/**
 * Conflicts: two files of one evaluator with the same sheet revision and different content. They
 * are shown side by side and resolved only by the chair's explicit choice, recorded with a reason.
 */
public final class ConflictService {

    /** Which side the chair keeps. */
    public enum Choice { STORED, INCOMING }

    /** One line of the side-by-side view: an item (null for the sheet's comment and status) and both sides. */
    public record Line(String itemId, String field, String stored, String incoming) {
        public boolean differs() {
            return !java.util.Objects.equals(stored, incoming);
        }
    }

    /** A conflict with both sides. */
    public record View(SheetConflict conflict, List<Line> lines) {
    }

    private final Database db;
    private final RoundService rounds;

    public ConflictService(Database db, RoundService rounds) {
        this.db = db;
        this.rounds = rounds;
    }

    public List<SheetConflict> list(String roundId, boolean openOnly) {
        Round round = rounds.require(roundId);
        return db.query(c -> new ConflictDao(c).ofRound(round.id(), openOnly)).stream().map(ConflictService::conflict)
                .toList();
    }

    public View show(long id) {
        ConflictDao.Row row = require(id);
        Round round = rounds.require(row.roundId());
        StoredSheet stored = db.query(c -> new SheetStateDao(c).round(row.roundId()))
                .get(SheetStateDao.key(row.evaluatorId(), row.clusterCode()));
        ScoreSheet incoming = ScoreFileReader.sheet(row.incoming());
        Map<String, ItemEntry> have = SheetContent.of(stored).byItem();
        Map<String, ItemEntry> in = SheetContent.of(incoming).byItem();
        Set<String> ids = new LinkedHashSet<>();
        round.items().all().stream().map(Item::id).filter(i -> have.containsKey(i) || in.containsKey(i)).forEach(ids::add);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(null, "status", stored.status().dbValue(), incoming.status().dbValue()));
        lines.add(new Line(null, "sheet_comment", stored.comment(), incoming.comment()));
        for (String itemId : ids) {
            ItemEntry a = have.getOrDefault(itemId, new ItemEntry(itemId, null, "", ""));
            ItemEntry b = in.getOrDefault(itemId, new ItemEntry(itemId, null, "", ""));
            lines.add(new Line(itemId, "grade", a.grade(), b.grade()));
            lines.add(new Line(itemId, "comment", a.comment(), b.comment()));
            lines.add(new Line(itemId, "indication", a.indication(), b.indication()));
        }
        return new View(conflict(row), lines);
    }

    /** Resolves an open conflict: keeps the stored sheet or takes the incoming one (audited, with its file). */
    public void resolve(long id, Choice choice, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("conflict.reasonRequired");
        }
        ConflictDao.Row row = require(id);
        if (!row.isOpen()) {
            throw new UserFacingException("conflict.alreadyResolved", id, row.resolution());
        }
        Instant now = Instant.now();
        RoundGuard.write(db, row.roundId(), c -> {
            if (choice == Choice.INCOMING) {
                StoredSheet stored = new SheetStateDao(c).round(row.roundId())
                        .get(SheetStateDao.key(row.evaluatorId(), row.clusterCode()));
                if (stored.revision() != row.revision()) {
                    throw new UserFacingException("conflict.outdated", id, row.revision(), stored.revision());
                }
                try (MergeWriter writer = new MergeWriter(c)) {
                    new MergeApplier(c, writer, ImportOptions.of(actor), now).replace(row.roundId(),
                            row.evaluatorId(), stored, ScoreFileReader.sheet(row.incoming()), row.fileId(), actor,
                            "conflict-resolution");
                    writer.flush();
                }
            }
            new ConflictDao(c).resolve(id, choice == Choice.STORED ? "stored" : "incoming", now, actor, reason.strip());
            return null;
        });
    }

    private static SheetConflict conflict(ConflictDao.Row r) {
        return new SheetConflict(r.id(), r.roundId(), r.evaluatorId(), r.clusterCode(), r.revision(), r.fileId(),
                r.fileName(), r.detectedAt(), r.resolution(), r.resolvedBy(), r.reason());
    }

    private ConflictDao.Row require(long id) {
        return db.query(c -> new ConflictDao(c).find(id)).orElseThrow(() -> new UserFacingException("conflict.unknown", id));
    }
}
