package jp.clustereval.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.Sheet;
import jp.clustereval.domain.SheetScorer;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.persistence.AssignmentDao;
import jp.clustereval.persistence.AuditDao;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.GradeDao;
import jp.clustereval.persistence.RoundDao;
import jp.clustereval.persistence.SheetDao;
import jp.clustereval.persistence.SheetScores;

/**
 * The evaluator's use case: grade items, write comments and indications, mark a sheet complete.
 * Every change is validated first, then stored in one transaction with the sheet's new revision
 * and an audit row (who, when, old, new); a change that changes nothing writes nothing.
 */
public final class GradingService {

    static final int MAX_TEXT = 20_000;

    private final Database db;
    private final RoundService rounds;
    private final ClusterService clusters;
    private final EvaluatorService evaluators;

    public GradingService(Database db, RoundService rounds, ClusterService clusters, EvaluatorService evaluators) {
        this.db = db;
        this.rounds = rounds;
        this.clusters = clusters;
        this.evaluators = evaluators;
    }

    public SheetData load(SheetKey key) {
        return db.query(c -> read(c, key));
    }

    /** Sets (or, with a null grade, clears) the grade of one item. Clearing reopens a complete sheet. */
    public SheetData setGrade(SheetKey key, String itemId, String grade, String source) {
        Round round = validate(key);
        Item item = gradableItem(round, key.clusterCode(), itemId);
        String code = grade == null || grade.isBlank() ? null : gradeCode(round, grade);
        return change(key, source, (c, data, ctx) -> {
            ItemEntry old = data.entry(item.id());
            if (Objects.equals(old.grade(), code)) {
                return false;
            }
            ctx.saveEntry(new ItemEntry(item.id(), code, old.comment(), old.indication()));
            new SheetScores(c).refresh(round, key.evaluatorId(), key.clusterCode()); // the sheet's stored scores follow its grades
            ctx.audit(item.id(), "grade", old.grade(), code);
            if (code == null && data.sheet().status() == SheetStatus.COMPLETE) {
                ctx.setStatus(SheetStatus.DRAFT);
            }
            return true;
        });
    }

    public SheetData setItemText(SheetKey key, String itemId, ItemTextField field, String text, String source) {
        Round round = validate(key);
        Item item = gradableItem(round, key.clusterCode(), itemId);
        String value = checkedText(text);
        return change(key, source, (c, data, ctx) -> {
            ItemEntry old = data.entry(item.id());
            String before = field == ItemTextField.COMMENT ? old.comment() : old.indication();
            if (before.equals(value)) {
                return false;
            }
            ctx.saveEntry(field == ItemTextField.COMMENT
                    ? new ItemEntry(item.id(), old.grade(), value, old.indication())
                    : new ItemEntry(item.id(), old.grade(), old.comment(), value));
            ctx.audit(item.id(), field.auditName(), before, value);
            return true;
        });
    }

    public SheetData setSheetComment(SheetKey key, String text, String source) {
        validate(key);
        String value = checkedText(text);
        return change(key, source, (c, data, ctx) -> {
            if (data.sheet().comment().equals(value)) {
                return false;
            }
            new SheetDao(c).setComment(ctx.sheetId(), value);
            ctx.audit(null, "sheet_comment", data.sheet().comment(), value);
            return true;
        });
    }

    /** Marks the sheet complete; refused, listing the ungraded items, unless every item is graded. */
    public SheetData markComplete(SheetKey key, String source) {
        Round round = validate(key);
        return change(key, source, (c, data, ctx) -> {
            List<String> missing = missingItems(round, key.clusterCode(), data);
            if (!missing.isEmpty()) {
                throw new IncompleteSheetException(key.clusterCode(), missing);
            }
            if (data.sheet().status() == SheetStatus.COMPLETE) {
                return false;
            }
            ctx.setStatus(SheetStatus.COMPLETE);
            return true;
        });
    }

    public List<String> missingItems(Round round, String clusterCode, SheetData data) {
        return new SheetScorer(round).ungradedItems(clusterCode, data.grades());
    }

    /** Progress of one evaluator on every cluster of a round, by cluster code (clusters never opened are absent). */
    public Map<String, Progress> progress(String roundId, String evaluatorId) {
        Round round = rounds.require(roundId);
        SheetScorer scorer = new SheetScorer(round);
        return db.query(c -> {
            Map<String, Progress> result = new LinkedHashMap<>();
            GradeDao grades = new GradeDao(c);
            for (SheetDao.Row row : new SheetDao(c).findByEvaluator(round.id(), evaluatorId)) {
                SheetData data = new SheetData(row.sheet(), grades.entries(row.id()));
                String cluster = row.sheet().clusterCode();
                result.put(cluster, new Progress(scorer.gradedCount(cluster, data.grades()),
                        round.items().gradedItems(cluster).size(), row.sheet().status()));
            }
            return result;
        });
    }

    /**
     * One evaluator's grades across the units of a round they grade (the overview), read in one go:
     * the round's units (only their assigned ones once the round has assignments), the evaluator's
     * stored sheets, and the figures the domain computes from them.
     */
    public Overview overview(String roundId, String evaluatorId) {
        Round round = rounds.require(roundId);
        jp.clustereval.domain.Evaluator evaluator = evaluators.resolve(evaluatorId);
        // the round's units; once the round has assignments, only those assigned to the evaluator
        List<jp.clustereval.domain.Cluster> all = clusters.ofRound(round.id(), evaluator.id());
        Map<String, SheetData> sheets = db.query(c -> {
            Map<String, SheetData> byCluster = new java.util.HashMap<>();
            GradeDao grades = new GradeDao(c);
            for (SheetDao.Row row : new SheetDao(c).findByEvaluator(round.id(), evaluator.id())) {
                byCluster.put(row.sheet().clusterCode(), new SheetData(row.sheet(), grades.entries(row.id())));
            }
            return byCluster;
        });
        return Overview.of(round, evaluator, all, sheets);
    }

    public int itemCount(Round round, String clusterCode) {
        return round.items().gradedItems(clusterCode).size();
    }

    private Round validate(SheetKey key) {
        Round round = rounds.require(key.roundId());
        clusters.require(key.clusterCode());
        evaluators.resolve(key.evaluatorId());
        return round;
    }

    private static Item gradableItem(Round round, String clusterCode, String itemId) {
        Item item = round.items().find(itemId == null ? "" : itemId.trim())
                .filter(i -> i.isGradable() && i.appliesTo(clusterCode))
                .orElseThrow(() -> new UserFacingException("item.unknown", itemId, clusterCode,
                        String.join(", ", round.items().gradedItems(clusterCode).stream().map(Item::id).toList())));
        return item;
    }

    /** The scale's code for a grade (s -> S); a grade off the scale is refused naming the valid ones. */
    public static String gradeCode(Round round, String grade) {
        return round.scale().find(grade).orElseThrow(
                () -> new UserFacingException("grade.invalid", grade, round.scale().codes())).code();
    }

    private static String checkedText(String text) {
        String value = text == null ? "" : text;
        if (value.length() > MAX_TEXT) {
            throw new UserFacingException("text.tooLong", MAX_TEXT);
        }
        return value;
    }

    /** A sheet nothing was written to yet: a draft without entries. */
    static SheetData emptySheet(SheetKey key) {
        return new SheetData(new Sheet(key.roundId(), key.evaluatorId(), key.clusterCode(), SheetStatus.DRAFT, 0,
                Instant.EPOCH, Instant.EPOCH, ""), Map.of());
    }

    private static SheetData read(Connection c, SheetKey key) throws SQLException {
        var row = new SheetDao(c).find(key.roundId(), key.evaluatorId(), key.clusterCode());
        if (row.isEmpty()) {
            return emptySheet(key); // not stored yet: it is created with the first change
        }
        return new SheetData(row.get().sheet(), new GradeDao(c).entries(row.get().id()));
    }

    private SheetData change(SheetKey key, String source, SheetChange change) {
        return RoundGuard.write(db, key.roundId(), c -> {
            if (!new RoundDao(c).hasUnit(key.roundId(), key.clusterCode())) {
                throw new UserFacingException("assign.notUnit", key.clusterCode(), key.roundId());
            }
            if (!new AssignmentDao(c).allows(key.roundId(), key.evaluatorId(), key.clusterCode())) {
                throw new UserFacingException("assign.notAssigned", key.clusterCode(), key.roundId());
            }
            SheetData before = read(c, key);
            Instant now = Instant.now();
            SheetDao sheets = new SheetDao(c);
            var existing = sheets.find(key.roundId(), key.evaluatorId(), key.clusterCode());
            long sheetId = existing.isPresent() ? existing.get().id()
                    : sheets.insert(key.roundId(), key.evaluatorId(), key.clusterCode(), now).id();
            ChangeContext ctx = new ChangeContext(c, key, sheetId, before.sheet().status(), now, source);
            if (change.apply(c, before, ctx)) {
                Sheet.nextRevision(before.sheet().revision(), key.clusterCode()); // at the highest: refused, rolled back
                sheets.touch(sheetId, now);
                return read(c, key);
            }
            return before;
        });
    }

    /** One change to a sheet inside the transaction; returns whether anything changed. */
    @FunctionalInterface
    private interface SheetChange {
        boolean apply(Connection c, SheetData before, ChangeContext ctx) throws SQLException;
    }

    /** What a change may do: save an entry, set the status, write audit rows. */
    private record ChangeContext(Connection c, SheetKey key, long sheetId, SheetStatus status, Instant at,
                                 String source) {

        void saveEntry(ItemEntry entry) throws SQLException {
            new GradeDao(c).upsert(sheetId, key.roundId(), entry, at);
        }

        void setStatus(SheetStatus newStatus) throws SQLException {
            new SheetDao(c).setStatus(sheetId, newStatus);
            audit(null, "status", status.dbValue(), newStatus.dbValue());
        }

        void audit(String itemId, String field, String oldValue, String newValue) throws SQLException {
            new AuditDao(c).insert(new AuditDao.Entry(at, key.evaluatorId(), key.roundId(), key.evaluatorId(),
                    key.clusterCode(), itemId, field, oldValue, newValue, source));
        }
    }
}
