package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.clustereval.service.DbSnapshot;
import jp.clustereval.service.Services;

/**
 * notes set and notes list: a unit's discussion note and consensus comment per round, listed as
 * table (one line a unit, escapes for control characters), CSV and JSON (the text as typed); every
 * refusal exits 1 with one line on stderr and stores nothing.
 */
class NotesCliTest {

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

    @Test
    void setThenListInEveryFormat() throws Exception {
        CliRun set = ok("notes", "set", "--round", "mid-fy2004", "--cluster", "OSK", "--note", "議論\nline two", "--consensus",
                "合意: 高い評価");
        assertEquals("notes of OSK in the round mid-fy2004: note 11 characters, consensus 8 characters", set.out().strip());
        ok("notes", "set", "--cluster", "SAP", "--consensus", "=HYPERLINK(\"x\")\u001b[2J");

        List<String> csv = ok("notes", "list", "--format", "csv").out().replace("\uFEFF", "").lines().toList();
        assertEquals("round,cluster,note,consensus,updated_at,updated_by", csv.get(0));
        assertTrue(csv.get(1).startsWith("mid-fy2004,SAP,,\"'=HYPERLINK"), "the round's order; a formula cell neutralised: " + csv);

        String table = ok("notes", "list", "--round", "mid-fy2004").out();
        assertTrue(table.contains("議論\\nline two"), table);
        assertFalse(table.contains("\u001b"), "no escape reaches the terminal");

        JsonNode json = new ObjectMapper().readTree(ok("notes", "list", "--format", "json").out());
        assertEquals(2, json.size());
        assertEquals("議論\nline two", json.get(1).get("note").asText());
        assertEquals("合意: 高い評価", json.get(1).get("consensus").asText());
        assertEquals("cli:" + System.getProperty("user.name", "chair"), json.get(1).get("updated_by").asText());

        try (Services s = Services.openToRead(dir.resolve("chair.db"), dir.resolve("keys"))) {
            assertEquals("合意: 高い評価", s.notes().of("mid-fy2004", "OSK").consensus(), "stored in the file");
        }
    }

    @Test
    void refusalsExitOneWithOneLineAndStoreNothing() throws Exception {
        ok("notes", "set", "--cluster", "OSK", "--note", "kept");
        String before = snapshot();
        refused("Give the discussion note (--note), the consensus comment (--consensus) or both", "notes", "set", "--cluster", "OSK");
        refused("The unit 'XYZ' is not a unit of the round 'mid-fy2004'", "notes", "set", "--cluster", "XYZ", "--note", "n");
        refused("The text is too long (at most 20,000 characters)", "notes", "set", "--cluster", "OSK", "--consensus",
                "x".repeat(20_001));
        refused("Unknown round 'nope'", "notes", "set", "--round", "nope", "--cluster", "OSK", "--note", "n");
        refused("Unknown round 'nope'", "notes", "list", "--round", "nope");
        CliRun usage = run("notes", "set", "--note", "no cluster");
        assertEquals(2, usage.exit(), usage::toString);
        assertEquals(before, snapshot(), "nothing stored");
    }

    private void refused(String message, String... args) {
        CliRun r = run(args);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains(message), r::toString);
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
    }

    private String snapshot() {
        try (Services s = Services.openToRead(dir.resolve("chair.db"), dir.resolve("keys"))) {
            return DbSnapshot.of(s.database());
        }
    }
}
