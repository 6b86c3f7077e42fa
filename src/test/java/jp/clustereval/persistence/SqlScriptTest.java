package jp.clustereval.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsOnSemicolonsAtLineEndsAndDropsComments() {
        String script = "-- header\nCREATE TABLE a (\n  x INTEGER -- inline\n);\n\n-- next\nCREATE INDEX i ON a(x);\n";
        assertEquals(List.of("CREATE TABLE a (\n  x INTEGER -- inline\n);", "CREATE INDEX i ON a(x);"),
                SqlScript.split(script));
    }

    @Test
    void everyMigrationFileIsListedInTheIndexInOrder() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("resources/db"))) {
            long sqlFiles = files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
            assertEquals(sqlFiles, Migrator.latestVersion());
        }
    }
}
