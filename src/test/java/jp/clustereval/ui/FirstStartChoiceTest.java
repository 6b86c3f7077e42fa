package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Language;
import jp.clustereval.service.LocalRole;
import jp.clustereval.ui.common.Session;
import jp.clustereval.ui.welcome.WelcomeViewModel;

/**
 * The first-start question: "I grade clusters" sets up the local evaluator as before; "I chair the
 * panel / run the secretariat" also puts them on the current round's roster as chair, and the shell
 * is told once to open the roster. The answer is in app_meta.local_role of the file, read back after
 * the session is closed.
 */
class FirstStartChoiceTest {

    @TempDir
    Path dir;

    @Test
    void aGraderIsSetUpAsBeforeAndTheAnswerIsStored() throws Exception {
        Path db = dir.resolve("grader.db");
        try (VmFixture f = new VmFixture(db, Language.EN)) {
            WelcomeViewModel vm = new WelcomeViewModel(f.app, f.tasks);
            assertEquals(LocalRole.GRADER, vm.roleProperty().get(), "the grader's answer is preselected");
            vm.nameProperty().set("Ichiro Hyoka");
            vm.affiliationProperty().set("University A");
            assertTrue(vm.submit());
            f.awaitIdle();
            assertEquals("Ichiro Hyoka", f.app.evaluator().name());
            assertFalse(vm.takeChairStart(), "a grader lands on the cluster list");
            assertEquals(Optional.of(LocalRole.GRADER), f.session.services().evaluators().localRole());
        }
        assertEquals(List.of("local_role=grader"), rows(db, "SELECT key || '=' || value FROM app_meta WHERE key = 'local_role'"));
        assertEquals(List.of(), rows(db, "SELECT role FROM roster"), "a grader is not rostered by the first start");
        Session.Opened reopened = Session.open(db, true);
        try {
            assertEquals("Ichiro Hyoka", reopened.localEvaluator().orElseThrow().name(), "the next start knows them");
        } finally {
            reopened.session().close();
        }
    }

    @Test
    void aChairIsCreatedAndRosteredAsChairOnTheCurrentRoundAndTheRosterOpensOnce() throws Exception {
        Path db = dir.resolve("chair.db");
        String id;
        try (VmFixture f = new VmFixture(db, Language.EN)) {
            WelcomeViewModel vm = new WelcomeViewModel(f.app, f.tasks);
            vm.roleProperty().set(LocalRole.CHAIR);
            vm.nameProperty().set("   ");
            assertFalse(vm.submit(), "a name is required whatever the answer");
            f.awaitIdle();
            assertNull(f.app.evaluator());
            assertEquals(List.of(), f.session.services().roster().list(f.session.round().id()));

            vm.nameProperty().set("Hanako Iincho");
            vm.affiliationProperty().set("MEXT");
            assertTrue(vm.submit());
            f.awaitIdle();
            id = f.app.evaluator().id();
            assertTrue(vm.takeChairStart(), "the shell opens the roster over the main window");
            assertFalse(vm.takeChairStart(), "once");
            assertEquals(List.of("chair"), f.session.services().roster().list(f.session.round().id()).stream()
                    .map(m -> m.role()).toList());
        }
        assertEquals(List.of("local_evaluator_id=" + id, "local_role=chair"),
                rows(db, "SELECT key || '=' || value FROM app_meta WHERE key LIKE 'local%' ORDER BY key"));
        assertEquals(List.of("mid-fy2004|" + id + "|chair"), rows(db, "SELECT round_id || '|' || evaluator_id || '|' || role FROM roster"));
        assertEquals(List.of("roster-add|Hanako Iincho"), rows(db, "SELECT action || '|' || actor FROM round_audit"
                + " WHERE action LIKE 'roster%'"), "audited, by the chair themselves");
    }

    private static List<String> rows(Path db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
