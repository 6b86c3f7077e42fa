package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code overview}: one evaluator's grid, figures worked by hand (the seed's weights are all 1, so
 * every axis is the plain mean of its items and the total the plain mean of the five axes).
 */
class OverviewCliTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void setUp() {
        db = dir.resolve("overview.db").toString();
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private void grades(String evaluator, String cluster, Map<String, String> grades) {
        grades.forEach((item, grade) -> {
            CliRun r = run("grade", "--evaluator", evaluator, "--cluster", cluster, "--item", item, "--grade", grade);
            assertEquals(0, r.exit(), r::toString);
        });
    }

    /** SAP complete (total 3.10, rank 1), SEN complete (2.80, rank 2), KYO partial (no total, no rank). */
    private void gradeAoki() {
        CliRun add = run("evaluator", "add", "--local", "--name", "Aoki", "--affiliation", "Univ");
        assertEquals(0, add.exit(), add::toString);
        grades("Aoki", "SAP", Map.of("1.1", "S", "1.2.1", "A", "1.2.2", "B", "1.3", "A", "2.1", "B", "2.2", "B",
                "2.3", "C", "3", "A", "4", "S"));
        grades("Aoki", "SEN", Map.of("1.1", "A", "1.2.1", "A", "1.2.2", "A", "1.3", "A", "2.1", "A", "2.2", "A",
                "2.3", "A", "3", "A", "4", "B"));
        grades("Aoki", "KYO", Map.of("1.1", "S", "4", "C"));
    }

    @Test
    void csvHasOneRowPerClusterWithTheHandWorkedFigures() {
        gradeAoki();
        CliRun r = run("overview", "--format", "csv");
        assertEquals(0, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(19, lines.size(), r.out());
        assertEquals("cluster,name,1.1,1.2.1,1.2.2,1.3,2.1,2.2,2.3,3,4,A,B,C,D,E,total,rank,state,graded,items,notes",
                lines.get(0));
        assertEquals("SAP,Sapporo IT Carrozzeria Cluster,S,A,B,A,B,B,C,A,S,4.00,2.50,3.00,2.00,4.00,3.10,1,complete,9,9,0",
                lines.get(1));
        assertEquals("SEN,Sendai Cyber Forest Cluster,A,A,A,A,A,A,A,A,B,3.00,3.00,3.00,3.00,2.00,2.80,2,complete,9,9,0",
                lines.get(2));
        String kyo = lines.stream().filter(l -> l.startsWith("KYO,")).findFirst().orElseThrow();
        assertEquals("KYO,Kyoto Nanotech Cluster,S,,,,,,,,C,4.00,,,,1.00,,,partial,2,9,0", kyo);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("UBE,") && l.endsWith(",,,,,,,,not-started,0,9,0")), r.out());
    }

    @Test
    void jsonKeepsNumbersAsNumbersAndAnotherEvaluatorByName() throws Exception {
        gradeAoki();
        assertEquals(0, run("evaluator", "add", "--name", "Baba", "--affiliation", "Univ").exit());
        grades("Baba", "SAP", Map.of("1.1", "C"));
        JsonNode aoki = new ObjectMapper().readTree(run("overview", "--format", "json").out());
        assertEquals(18, aoki.size());
        assertEquals(3.1, aoki.get(0).get("total").asDouble(), 0);
        assertTrue(aoki.get(0).get("total").isNumber());
        assertEquals(1, aoki.get(0).get("rank").asInt());
        JsonNode baba = new ObjectMapper().readTree(run("overview", "--evaluator", "Baba", "--format", "json").out());
        assertEquals("C", baba.get(0).get("1.1").asText());
        assertTrue(baba.get(0).get("total").isNull());
        assertEquals("partial", baba.get(0).get("state").asText());
    }

    @Test
    void withoutAnEvaluatorOfItsOwnTheCommandSaysWhatToDo() {
        CliRun r = run("overview");
        assertEquals(1, r.exit(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().contains("--evaluator"), r.err());
    }

    @Test
    void theTableListsEveryClusterBeforeAnythingIsGraded() {
        CliRun add = run("evaluator", "add", "--local", "--name", "Aoki", "--affiliation", "Univ");
        assertEquals(0, add.exit(), add::toString);
        CliRun r = run("overview");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("cluster"), r.out());
        assertEquals(19, r.out().lines().count(), r.out());
        assertEquals(18, r.out().lines().filter(l -> l.endsWith("not-started       0      9      0")).count(), r.out());
    }
}
