import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.persistence.AuditDao;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.EvaluatorDao;
import jp.clustereval.persistence.GradeDao;
import jp.clustereval.persistence.MetaDao;
import jp.clustereval.persistence.SheetDao;

/**
 * Fills a schema-V1 database with c0e308b's DAOs (that commit has no service layer and no command
 * line). Every change is one transaction that does what the later GradingService does: create the
 * sheet on its first change, save the item entry, write an audit row (old and new value), bump the
 * sheet's revision and time.
 */
public class MakeV1 {

    static final String ROUND = "mid-fy2004";
    static Database db;

    public static void main(String[] args) {
        db = Database.open(Path.of(args[0]));
        String sato = UUID.randomUUID().toString();
        String suzuki = UUID.randomUUID().toString();
        db.inTransaction(c -> {
            Instant now = Instant.now();
            new EvaluatorDao(c).insert(new Evaluator(sato, "佐藤 花子", "東北大学"), now);
            new MetaDao(c).put(MetaDao.LOCAL_EVALUATOR, sato);
            new EvaluatorDao(c).insert(new Evaluator(suzuki, "鈴木 誠", "名古屋工業大学"), now);
            return null;
        });
        String[] items = {"1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4"};
        // 佐藤: SAP complete, SEN complete, KYO draft (four items, one comment without a grade)
        String[] sap = {"S", "A", "B", "A", "A", "A", "B", "A", "B"};
        for (int i = 0; i < items.length; i++) {
            grade(sato, "SAP", items[i], sap[i]);
        }
        grade(sato, "SAP", "1.1", "A"); // changed her mind: the audit keeps S -> A
        comment(sato, "SAP", "1.1", "研究開発は計画どおり進捗している。特許出願が多い。");
        indication(sato, "SAP", "1.2.1", "地域戦略と事業の関係をもっと明確に");
        comment(sato, "SAP", "4", "事業化の見通しはまだ弱い");
        sheetComment(sato, "SAP", "全体として順調。知財戦略に課題。");
        complete(sato, "SAP");
        for (String item : items) {
            grade(sato, "SEN", item, "B");
        }
        grade(sato, "SEN", "1.3", "C");
        comment(sato, "SEN", "1.3", "推進体制が不十分");
        complete(sato, "SEN");
        grade(sato, "KYO", "1.1", "S");
        grade(sato, "KYO", "1.2.1", "A");
        grade(sato, "KYO", "1.2.2", "A");
        grade(sato, "KYO", "4", "S");
        comment(sato, "KYO", "1.3", "ヒアリング後に評価する"); // a comment, no grade yet
        // 鈴木 (typed in by the chair): SAP complete, HIR draft
        for (String item : items) {
            grade(suzuki, "SAP", item, "A");
        }
        grade(suzuki, "SAP", "1.1", "S");
        comment(suzuki, "SAP", "1.1", "Excellent progress on the embedded-software themes.");
        complete(suzuki, "SAP");
        grade(suzuki, "HIR", "1.1", "B");
        grade(suzuki, "HIR", "2.1", "C");
        indication(suzuki, "HIR", "2.1", "自己評価が楽観的すぎる");
        db.close();
    }

    interface Change {
        boolean apply(java.sql.Connection c, long sheetId, SheetDao.Row row, Map<String, ItemEntry> entries, Instant at)
                throws java.sql.SQLException;
    }

    static void change(String evaluator, String cluster, Change change) {
        db.inTransaction(c -> {
            Instant now = Instant.now();
            SheetDao sheets = new SheetDao(c);
            SheetDao.Row row = sheets.find(ROUND, evaluator, cluster).orElse(null);
            if (row == null) {
                row = sheets.insert(ROUND, evaluator, cluster, now);
            }
            if (change.apply(c, row.id(), row, new GradeDao(c).entries(row.id()), now)) {
                sheets.touch(row.id(), now);
            }
            return null;
        });
    }

    static void audit(java.sql.Connection c, Instant at, String evaluator, String cluster, String item, String field,
                      String old, String value) throws java.sql.SQLException {
        new AuditDao(c).insert(new AuditDao.Entry(at, evaluator, ROUND, evaluator, cluster, item, field, old, value, "gui"));
    }

    static ItemEntry entry(Map<String, ItemEntry> entries, String item) {
        return entries.getOrDefault(item, new ItemEntry(item, null, "", ""));
    }

    static void grade(String evaluator, String cluster, String item, String grade) {
        change(evaluator, cluster, (c, id, row, entries, at) -> {
            ItemEntry old = entry(entries, item);
            new GradeDao(c).upsert(id, ROUND, new ItemEntry(item, grade, old.comment(), old.indication()), at);
            audit(c, at, evaluator, cluster, item, "grade", old.grade(), grade);
            return true;
        });
    }

    static void comment(String evaluator, String cluster, String item, String text) {
        change(evaluator, cluster, (c, id, row, entries, at) -> {
            ItemEntry old = entry(entries, item);
            new GradeDao(c).upsert(id, ROUND, new ItemEntry(item, old.grade(), text, old.indication()), at);
            audit(c, at, evaluator, cluster, item, "comment", old.comment(), text);
            return true;
        });
    }

    static void indication(String evaluator, String cluster, String item, String text) {
        change(evaluator, cluster, (c, id, row, entries, at) -> {
            ItemEntry old = entry(entries, item);
            new GradeDao(c).upsert(id, ROUND, new ItemEntry(item, old.grade(), old.comment(), text), at);
            audit(c, at, evaluator, cluster, item, "indication", old.indication(), text);
            return true;
        });
    }

    static void sheetComment(String evaluator, String cluster, String text) {
        change(evaluator, cluster, (c, id, row, entries, at) -> {
            new SheetDao(c).setComment(id, text);
            audit(c, at, evaluator, cluster, null, "sheet_comment", row.sheet().comment(), text);
            return true;
        });
    }

    static void complete(String evaluator, String cluster) {
        change(evaluator, cluster, (c, id, row, entries, at) -> {
            new SheetDao(c).setStatus(id, SheetStatus.COMPLETE);
            audit(c, at, evaluator, cluster, null, "status", row.sheet().status().dbValue(), "complete");
            return true;
        });
    }
}
