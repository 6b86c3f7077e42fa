package jp.clustereval.service;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.ui.common.Session;

/**
 * Run in a child JVM by {@link DatabaseDropTest}: opens a database the way the desktop does,
 * grades, then opens and closes every file of the database's folder and of the lock folder from
 * inside its own JVM (what GTK's file chooser does when the user browses into the folder), says
 * "dropped", and then saves each "grade ITEM G" line it reads, answering "saved ITEM". Never closes.
 */
public final class DroppingApp {

    static final String CLUSTER = "SAP";

    private DroppingApp() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Session session = Session.open(db).session();
        Services s = session.services();
        Evaluator e = s.evaluators().createLocal("評価 一郎", "大学A");
        Round round = s.rounds().current();
        SheetKey key = new SheetKey(round.id(), e.id(), CLUSTER);
        s.grading().setGrade(key, "1.1", "S", "gui");
        System.out.println("ready");
        System.out.flush();
        FileToucher.touchAll(db.toAbsolutePath().getParent());
        FileToucher.touchAll(LockFolder.folder());
        System.out.println("dropped");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] parts = line.split(" ");
            if (parts.length == 3 && parts[0].equals("grade")) {
                s.grading().setGrade(key, parts[1], parts[2], "gui");
                System.out.println("saved " + parts[1]);
                System.out.flush();
            }
        }
        Thread.sleep(120_000);
    }
}
