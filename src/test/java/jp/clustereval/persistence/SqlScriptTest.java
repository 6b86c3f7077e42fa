package jp.clustereval.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlScriptTest {

    @TempDir
    Path dir;

    @Test
    void splitsOnSemicolonsAtLineEndsAndDropsComments() {
        String script = "-- header\nCREATE TABLE a (\n  x INTEGER -- inline\n);\n\n-- next\nCREATE INDEX i ON a(x);\n";
        assertEquals(List.of("CREATE TABLE a (\n  x INTEGER -- inline\n);", "CREATE INDEX i ON a(x);"),
                SqlScript.split(script));
    }

    /**
     * The index names exactly the scripts in resources/db, the n-th line version n (ordered by the
     * number, so V10 comes after V9), and a new database records each version under its script's name.
     */
    @Test
    void everyMigrationFileIsListedInTheIndexInOrder() throws Exception {
        List<String> scripts;
        try (Stream<Path> files = Files.list(Path.of("resources/db"))) {
            scripts = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(SqlScriptTest::version)).toList();
        }
        List<String> index = Files.readAllLines(Path.of("resources/db/migrations.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertEquals(scripts, index, "migrations.txt lists every script of resources/db, by version");
        for (int i = 0; i < index.size(); i++) {
            assertEquals(i + 1, version(index.get(i)), "line " + (i + 1) + " of migrations.txt: " + index.get(i));
        }
        assertEquals(index.size(), Migrator.latestVersion());

        List<String> applied = new ArrayList<>();
        try (Database db = Database.open(dir.resolve("new.db"))) {
            db.query(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT version, description FROM schema_version ORDER BY version")) {
                    while (rs.next()) {
                        applied.add("V" + rs.getInt(1) + " " + rs.getString(2));
                    }
                }
                return null;
            });
        }
        List<String> expected = new ArrayList<>();
        for (String script : index) {
            expected.add("V" + version(script) + " " + script);
        }
        assertEquals(expected, applied, "a new database has a row for every version, named after its script");
    }

    private static int version(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }
}
