package jp.clustereval.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.ItemEntry;
import jp.clustereval.persistence.AuditDao;
import jp.clustereval.persistence.ConflictDao;
import jp.clustereval.persistence.EvaluatorDao;
import jp.clustereval.persistence.MergeWriter;
import jp.clustereval.persistence.SheetStateDao;
import jp.clustereval.persistence.StoredSheet;
import jp.clustereval.scorefile.CanonicalJson;
import jp.clustereval.scorefile.ParsedScoreFile;
import jp.clustereval.scorefile.ScoreFileJson;
import jp.clustereval.scorefile.ScoreSheet;

/**
 * Stores one planned file inside the commit's transaction: the file's bytes, the evaluator and key
 * when first seen, new sheets (one audit row naming the file they came from) and replacing sheets
 * (every changed value audited with the old value and the file it came from), and conflict records.
 */
final class MergeApplier {

    private final Connection c;
    private final MergeWriter writer;
    private final ImportOptions options;
    private final Instant now;

    MergeApplier(Connection c, MergeWriter writer, ImportOptions options, Instant now) {
        this.c = c;
        this.writer = writer;
        this.options = options;
        this.now = now;
    }

    /** Stores one planned file; {@code parsed} is the file the plan was made for (its bytes are stored). */
    void apply(ImportPlanner.FilePlan plan, ParsedScoreFile parsed, MergeState state) throws SQLException {
        FileReport report = plan.report();
        if (report.outcome() != FileOutcome.ACCEPTED) {
            return;
        }
        String evaluatorId = report.evaluator().id();
        writer.ensureEvaluator(evaluatorId, report.evaluator().name(), report.evaluator().affiliation(), now);
        long fileId = storeFile(parsed, plan, state);
        pinKey(report, parsed, state);
        renameIfAccepted(report.evaluator(), fileId, state);
        String roundId = plan.round().id();
        Map<String, StoredSheet> sheets = state.sheets(roundId);
        String source = parsed.signed() ? "import" : "import-csv";
        String actor = parsed.signed() ? evaluatorId : options.actor();
        for (ImportPlanner.SheetPlan p : plan.sheets()) {
            switch (p.change()) {
                case NEW, NEWER -> {
                    String key = SheetStateDao.key(evaluatorId, p.sheet().cluster());
                    StoredSheet planned = sheets.get(key); // as the planner left it for later files
                    sheets.put(key, state.keptLike(
                            replace(roundId, evaluatorId, whole(p.stored(), state), p.sheet(), fileId, actor, source), planned));
                }
                case CONFLICT -> {
                    if (p.recordConflict()) {
                        new ConflictDao(c).insert(roundId, evaluatorId, p.sheet().cluster(), p.sheet().revision(), fileId,
                                CanonicalJson.string(ScoreFileJson.sheet(p.sheet())), p.incomingHash(), p.storedHash(), now);
                    }
                }
                default -> {
                    // unchanged and older sheets are only reported
                }
            }
        }
        writer.flushIfLarge();
    }

    /**
     * The stored sheet with its entries, whose replaced values the audit records: a sheet this batch
     * stored and the state kept without its long texts ({@link MergeState#kept}) is read back.
     */
    private StoredSheet whole(StoredSheet stored, MergeState state) throws SQLException {
        if (state.stubHash(stored) == null) {
            return stored;
        }
        writer.flush(); // written by an earlier file of this batch, maybe not sent to SQLite yet
        return new SheetStateDao(c).sheet(stored.id()).orElseThrow(
                () -> new IllegalStateException("sheet " + stored.id() + " stored by this import is gone"));
    }

    private long storeFile(ParsedScoreFile parsed, ImportPlanner.FilePlan plan, MergeState state) throws SQLException {
        Long existing = state.fileIds.get(parsed.sha256());
        if (existing != null) {
            return existing;
        }
        long id = writer.insertFile(parsed.sha256(), parsed.fileName(),
                parsed.kind() == ParsedScoreFile.SourceKind.CSV ? "csv" : "cescore", parsed.bytes(), plan.round().id(),
                plan.report().evaluator().id(), parsed.keyFingerprint(),
                parsed.signed() ? parsed.content().exportedAt() : null, now, options.actor());
        state.fileIds.put(parsed.sha256(), id);
        return id;
    }

    /** Pins a first or accepted key, once per batch however many of its files sign with it. */
    private void pinKey(FileReport report, ParsedScoreFile parsed, MergeState state) throws SQLException {
        String id = report.evaluator().id();
        KeyStatus status = report.keyStatus();
        if ((status != KeyStatus.FIRST_USE && status != KeyStatus.OVERRIDDEN)
                || parsed.keyFingerprint().equals(state.pinnedNow.get(id))) {
            return;
        }
        boolean first = status == KeyStatus.FIRST_USE;
        writer.pinKey(id, parsed.keyFingerprint(), parsed.content().evaluator().publicKey(), first ? "first_use" : "override",
                now, options.actor(), first ? "" : options.acceptanceOf(id, parsed.keyFingerprint()).reason());
        state.pinnedNow.put(id, parsed.keyFingerprint());
    }

    /**
     * The evaluator takes the name and affiliation the chair accepted from the file (once per batch),
     * recorded with the old ones, the file and the chair's reason.
     */
    private void renameIfAccepted(Evaluator fromFile, long fileId, MergeState state) throws SQLException {
        Evaluator stored = state.storedEvaluators.get(fromFile.id());
        if (stored == null || stored.sameNameAs(fromFile.name(), fromFile.affiliation())
                || !state.renamedNow.add(fromFile.id())) {
            return;
        }
        new EvaluatorDao(c).rename(stored, fromFile.name(), fromFile.affiliation(), fileId,
                options.acceptedNames().get(fromFile.id()), now, options.actor());
    }

    /**
     * Writes the incoming sheet over the stored one (or as a new one); returns it as now stored.
     * A sheet that is new and comes from a stored file gets one audit row (its revision, from
     * nothing, naming the file): the file's stored bytes hold every value it brought, so a row per
     * value would only copy the file. Where values are replaced, each replaced value gets its own
     * row with the old value and the file that replaced it.
     */
    StoredSheet replace(String roundId, String evaluatorId, StoredSheet stored, ScoreSheet in, Long fileId, String actor,
                        String source) throws SQLException {
        String cluster = in.cluster();
        Map<String, ItemEntry> before = stored == null ? Map.of() : stored.entries();
        Map<String, ItemEntry> after = SheetContent.of(in).byItem();
        long sheetId;
        AuditWriter audit = new AuditWriter(roundId, evaluatorId, cluster, actor, source, fileId);
        if (stored == null && fileId != null) {
            sheetId = writer.insertSheet(roundId, evaluatorId, cluster, in.status(), in.revision(), in.comment(),
                    in.updatedAt(), fileId, now);
            audit.write(null, "revision", null, Long.toString(in.revision()));
            for (ItemEntry e : after.values()) {
                writer.putGrade(sheetId, roundId, e, now);
            }
            writer.sheetScores(roundId, evaluatorId, cluster, after);
            return new StoredSheet(sheetId, evaluatorId, cluster, in.revision(), in.status(), in.comment(),
                    new LinkedHashMap<>(after));
        }
        if (stored == null || stored.id() < 0) {
            sheetId = writer.insertSheet(roundId, evaluatorId, cluster, in.status(), in.revision(), in.comment(),
                    in.updatedAt(), fileId, now);
            audit.write(null, "revision", null, Long.toString(in.revision()));
        } else {
            sheetId = stored.id();
            writer.updateSheet(sheetId, in.status(), in.revision(), in.comment(), in.updatedAt(), fileId);
            audit.write(null, "revision", Long.toString(stored.revision()), Long.toString(in.revision()));
        }
        Set<String> itemIds = new LinkedHashSet<>(before.keySet());
        itemIds.addAll(after.keySet());
        Map<String, ItemEntry> nowStored = new LinkedHashMap<>();
        for (String itemId : itemIds) {
            ItemEntry old = before.getOrDefault(itemId, new ItemEntry(itemId, null, "", ""));
            ItemEntry neu = after.getOrDefault(itemId, new ItemEntry(itemId, null, "", ""));
            if (!old.equals(neu)) {
                writer.putGrade(sheetId, roundId, neu, now);
                audit.write(itemId, "grade", old.grade(), neu.grade());
                audit.write(itemId, "comment", old.comment(), neu.comment());
                audit.write(itemId, "indication", old.indication(), neu.indication());
            }
            nowStored.put(itemId, neu);
        }
        writer.sheetScores(roundId, evaluatorId, cluster, nowStored);
        audit.write(null, "sheet_comment", stored == null ? "" : stored.comment(), in.comment());
        audit.write(null, "status", stored == null ? null : stored.status().dbValue(), in.status().dbValue());
        return new StoredSheet(sheetId, evaluatorId, cluster, in.revision(), in.status(), in.comment(), nowStored);
    }

    /** Audit rows of one sheet's replacement; a field whose value did not change is not written. */
    private final class AuditWriter {
        private final String roundId;
        private final String evaluatorId;
        private final String cluster;
        private final String actor;
        private final String source;
        private final Long fileId;

        AuditWriter(String roundId, String evaluatorId, String cluster, String actor, String source, Long fileId) {
            this.roundId = roundId;
            this.evaluatorId = evaluatorId;
            this.cluster = cluster;
            this.actor = actor;
            this.source = source;
            this.fileId = fileId;
        }

        void write(String itemId, String field, String oldValue, String newValue) throws SQLException {
            if (!Objects.equals(oldValue, newValue)) {
                writer.audit(new AuditDao.Entry(now, actor, roundId, evaluatorId, cluster, itemId, field, oldValue,
                        newValue, source), fileId);
            }
        }
    }
}
