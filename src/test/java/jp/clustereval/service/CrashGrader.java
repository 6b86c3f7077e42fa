package jp.clustereval.service;

import java.nio.file.Path;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: grades and comments every item of one cluster
 * through the services, exactly as the GUI saves them, prints "saved" and then waits to be killed.
 * It never closes anything.
 */
public final class CrashGrader {

    static final String CLUSTER = "SAP";
    static final String[] GRADES = {"S", "A", "B", "C", "A", "B", "S", "A", "C"};

    private CrashGrader() {
    }

    static String comment(String item) {
        return "項目 " + item + " のコメント: 特許出願が計画を上回る";
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        DatabaseLock.acquire(db); // held until the process dies
        Services s = Services.open(db, false, Path.of(args[1]));
        Evaluator e = s.evaluators().createLocal("評価 一郎", "大学A");
        Round round = s.rounds().current();
        SheetKey key = new SheetKey(round.id(), e.id(), CLUSTER);
        for (int i = 0; i < ScoreFileFixture.ITEMS.size(); i++) {
            String item = ScoreFileFixture.ITEMS.get(i);
            s.grading().setGrade(key, item, GRADES[i], "gui");
            s.grading().setItemText(key, item, ItemTextField.COMMENT, comment(item), "gui");
            s.grading().setItemText(key, item, ItemTextField.INDICATION, "指摘 " + item, "gui");
        }
        s.grading().setSheetComment(key, "総じて順調", "gui");
        System.out.println(e.id());
        System.out.println("saved");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
