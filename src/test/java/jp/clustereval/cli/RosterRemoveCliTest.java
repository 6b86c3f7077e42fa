package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * roster remove: a person leaves the round's roster (one role or all), their assignments go with the
 * evaluator role, every removal is in round_audit, and a refusal exits 1 and changes nothing.
 */
class RosterRemoveCliTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("chair.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private CliRun ok(String... args) {
        CliRun r = run(args);
        assertEquals(0, r.exit(), r::toString);
        return r;
    }

    private List<String> roster() {
        return ok("roster", "list", "--round", "mid-fy2004", "--format", "csv").out().replace("\uFEFF", "").lines()
                .skip(1).map(l -> l.split(",")[1] + "," + l.split(",")[3]).toList();
    }

    @Test
    void removingARoleTakesItsAssignmentsAlongAndIsAudited() throws Exception {
        ok("evaluator", "add", "--name", "佐藤 花子");
        ok("evaluator", "add", "--name", "田中 一郎");
        ok("roster", "add", "--round", "mid-fy2004", "--evaluator", "佐藤 花子", "--role", "evaluator");
        ok("roster", "add", "--round", "mid-fy2004", "--evaluator", "佐藤 花子", "--role", "weighting");
        ok("roster", "add", "--round", "mid-fy2004", "--evaluator", "田中 一郎", "--role", "evaluator");
        ok("assign", "--round", "mid-fy2004", "--evaluator", "佐藤 花子", "--clusters", "SAP,SEN");
        ok("assign", "--round", "mid-fy2004", "--evaluator", "田中 一郎", "--clusters", "KYO");

        assertEquals("removed: evaluator", ok("roster", "remove", "--round", "mid-fy2004", "--evaluator", "佐藤 花子",
                "--role", "evaluator").out().strip());
        assertEquals(List.of("佐藤 花子,weighting", "田中 一郎,evaluator"), roster());
        assertEquals(List.of("田中 一郎|KYO"), rows("SELECT e.name || '|' || a.cluster_code FROM assignment a"
                + " JOIN evaluator e ON e.id = a.evaluator_id"), "her assignments left with her evaluator role");

        assertEquals("removed: evaluator", ok("roster", "remove", "--round", "mid-fy2004", "--evaluator", "田中 一郎")
                .out().strip());
        assertEquals(List.of("佐藤 花子,weighting"), roster());
        assertEquals(List.of("roster-add", "roster-add", "roster-add", "assign", "assign", "assign", "roster-remove",
                "unassign-roster", "unassign-roster", "roster-remove", "unassign-roster"),
                rows("SELECT action FROM round_audit ORDER BY id"));
        assertTrue(rows("SELECT actor FROM round_audit WHERE action = 'roster-remove'").stream().noneMatch(String::isBlank),
                "who removed them is recorded");
    }

    @Test
    void aPersonNotInTheRosterOrAnUnknownRoleIsRefusedAndNothingChanges() throws Exception {
        ok("evaluator", "add", "--name", "佐藤 花子");
        ok("roster", "add", "--round", "mid-fy2004", "--evaluator", "佐藤 花子", "--role", "weighting");
        List<String> audit = rows("SELECT action FROM round_audit ORDER BY id");
        refused("is not on the roster of the round 'mid-fy2004'", "roster", "remove", "--round", "mid-fy2004",
                "--evaluator", "佐藤 花子", "--role", "chair");
        refused("Unknown role \"boss\"", "roster", "remove", "--round", "mid-fy2004", "--evaluator", "佐藤 花子",
                "--role", "boss");
        refused("Unknown evaluator 'Nobody'", "roster", "remove", "--round", "mid-fy2004", "--evaluator", "Nobody");
        refused("Unknown round 'nope'", "roster", "remove", "--round", "nope", "--evaluator", "佐藤 花子");
        assertEquals(List.of("佐藤 花子,weighting"), roster());
        assertEquals(audit, rows("SELECT action FROM round_audit ORDER BY id"));
    }

    private void refused(String message, String... args) {
        CliRun r = run(args);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains(message), r::toString);
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
    }

    private List<String> rows(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("chair.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
