package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.service.ChildJvm;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;

/**
 * A grade typed in the overview and shown as saved survives the process killed at that moment
 * with SIGKILL (no shutdown, no flush): the database, reopened, holds it.
 */
class OverviewKillTest {

    @TempDir
    Path dir;

    @Test
    void aGradeShownAsSavedSurvivesAKill() throws Exception {
        Path db = dir.resolve("evaluator.db");
        SheetKey key;
        try (Services s = Services.open(db, false, dir.resolve("keys"))) {
            String me = s.evaluators().createLocal("評価 一郎", "大学A").id();
            key = new SheetKey(s.rounds().current().id(), me, "SAP");
        }
        List<String> options = new ArrayList<>();
        for (String p : List.of("testfx.headless", "testfx.robot", "glass.platform", "monocle.platform", "prism.order",
                "prism.text", "java.awt.headless", "javafx.cachedir", "java.util.logging.config.file")) {
            String value = System.getProperty(p);
            if (value != null) {
                options.add("-D" + p + "=" + value);
            }
        }
        try (ChildJvm child = ChildJvm.of(OverviewGrader.class).jvmOptions(options.toArray(String[]::new))
                .args(db.toString()).start()) {
            child.awaitLine("ready");
            child.awaitLine("saved");
            child.kill();
        }
        try (Services s = Services.open(db, true)) {
            assertEquals("S", s.grading().load(key).entry("1.1").grade());
        }
    }
}
