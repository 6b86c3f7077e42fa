package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.clustereval.persistence.WeightDao;
import jp.clustereval.service.Services;

/**
 * {@code weights history} shows each change's axis weights exactly as stored: the history of a
 * database written by an earlier build (the V4 migration fixture, two changes) and an AHP change
 * whose shares have long decimals, column for column the text in weight_change.
 */
class WeightsHistoryCliTest {

    @TempDir
    Path dir;

    @Test
    void theAxesColumnIsTheStoredText() throws Exception {
        Path db = dir.resolve("chair.db");
        try (InputStream in = WeightsHistoryCliTest.class.getResourceAsStream("/migration-fixtures/v4-chair.db")) {
            Files.copy(in, db);
        }
        CliRun ahp = CliRun.of("--db", db.toString(), "weights", "ahp", "--matrix",
                "1,3,5,3,1;1/3,1,3,1,1/3;1/5,1/3,1,1/3,1/5;1/3,1,3,1,1/3;1,3,5,3,1", "--apply", "--by", "chair");
        assertEquals(0, ahp.exit(), ahp::toString);
        CliRun history = CliRun.of("--db", db.toString(), "weights", "history", "--format", "json");
        assertEquals(0, history.exit(), history::toString);
        List<String> shown = new ArrayList<>();
        for (JsonNode row : new ObjectMapper().readTree(history.out())) {
            shown.add(row.get("axes").asText());
        }
        List<String> stored;
        try (Services s = Services.open(db, true, dir.resolve("keys"))) {
            String round = s.rounds().current().id();
            stored = s.database().query(c -> new WeightDao(c).history(round)).stream().map(WeightDao.Change::axisWeightsJson)
                    .toList();
        }
        assertEquals(3, stored.size());
        assertEquals(stored, shown);
    }
}
