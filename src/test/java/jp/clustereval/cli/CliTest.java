package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CliTest {

    private static final List<String> ITEMS = List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4");

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void setUp() {
        db = dir.resolve("cli.db").toString();
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private String addEvaluator(String name) {
        CliRun r = run("evaluator", "add", "--name", name, "--affiliation", "大学");
        assertEquals(0, r.exit(), r::toString);
        String id = r.out().strip();
        assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), id);
        return id;
    }

    private void grade(String evaluator, String cluster, String item, String grade) {
        CliRun r = run("grade", "--evaluator", evaluator, "--cluster", cluster, "--item", item, "--grade", grade);
        assertEquals(0, r.exit(), r::toString);
    }

    @Test
    void clustersListsTheEighteenSeededClusters() throws Exception {
        CliRun csv = run("clusters", "--format", "csv");
        assertEquals(0, csv.exit(), csv::toString);
        String[] lines = csv.out().split("\n");
        assertEquals(19, lines.length);
        assertEquals("code,name_ja,name_en,fields,start_fy,wide_area,cohort", lines[0]);
        assertEquals("SAP,札幌ITカロッツェリアクラスター,Sapporo IT Carrozzeria Cluster,IT,2002,,yes", lines[1]);
        assertTrue(csv.out().contains("\nUBE,"));

        JsonNode json = new ObjectMapper().readTree(run("clusters", "--format", "json").out());
        assertEquals(18, json.size());
        assertEquals(2003, json.get(12).get("start_fy").asInt());

        CliRun table = run("clusters");
        assertEquals(0, table.exit());
        assertTrue(table.out().startsWith("code"), table.out());
        assertTrue(table.out().contains("京都ナノテククラスター"));
    }

    @Test
    void evaluatorsAreAddedAndListed() {
        String id = addEvaluator("評価 一郎");
        CliRun list = run("evaluator", "list", "--format", "csv");
        assertEquals(0, list.exit());
        assertEquals("id,name,affiliation,local\n" + id + ",評価 一郎,大学,no\n", list.out());
    }

    @Test
    void resultsMatchTheHandComputedAverages() {
        String e1 = addEvaluator("Ichiro");
        String e2 = addEvaluator("Jiro");
        // e1 grades SAP: A=S(4), B: A,C -> 2, C: B=2, D: S,A,A,B -> 3, E: A=3 -> total (4+2+2+3+3)/5 = 2.80
        String[] e1Sap = {"S", "A", "C", "B", "S", "A", "A", "B", "A"};
        for (int i = 0; i < ITEMS.size(); i++) {
            grade(e1, "SAP", ITEMS.get(i), e1Sap[i]);
        }
        // e2 (by name) grades SAP 1.1 = B only -> SAP A = (4 + 2) / 2 = 3.00 with 2 evaluators
        grade("Jiro", "SAP", "1.1", "B");
        // e2 grades NGY (outside the FY2002 cohort) 4 = C: E = 1, total 1.00
        grade(e2, "NGY", "4", "c");
        // e2 grades SEN all A: total 3.00
        for (String item : ITEMS) {
            grade(e2, "SEN", item, "A");
        }
        CliRun r = run("results", "--format", "csv");
        assertEquals(0, r.exit(), r::toString);
        // only complete sheets count for totals: SAP's is e1's alone, 2.80 (e2's sheet, 1 of 9 items, is
        // left out: partial 1), but its axis A keeps e2's grade, (4 + 2) / 2 = 3.00. NGY has no complete
        // sheet: blank total and rank. The FY2002 cohort (SEN, SAP) is ranked; cohort = (3.00 + 2.80) / 2
        assertEquals(String.join("\n",
                "code,evaluators,A,B,C,D,E,total,rank,partial",
                "SEN,1,3.00,3.00,3.00,3.00,3.00,3.00,1,0",
                "SAP,1,3.00,2.00,2.00,3.00,3.00,2.80,2,1",
                "NGY,0,,,,,1.00,,,1",
                "COHORT,2,3.00,2.50,2.50,3.00,3.00,2.90,,") + "\n", r.out());

        // --include-partial: the figures as before (SAP total (3 + 2 + 2 + 3 + 3) / 5 = 2.60 by 2 evaluators,
        // NGY 1.00), saying so in every row; NGY is outside the round's cohort: listed after it, no rank
        CliRun old = run("results", "--include-partial", "--format", "csv");
        assertEquals(0, old.exit(), old::toString);
        assertEquals(String.join("\n",
                "code,evaluators,A,B,C,D,E,total,rank,sheets,partial",
                "SEN,1,3.00,3.00,3.00,3.00,3.00,3.00,1,partial-included,0",
                "SAP,2,3.00,2.00,2.00,3.00,3.00,2.60,2,partial-included,1",
                "NGY,1,,,,,1.00,1.00,,partial-included,1",
                "COHORT,2,3.00,2.50,2.50,3.00,3.00,2.80,,partial-included,") + "\n", old.out());

        // --cohort all ranks every graded cluster: NGY too, once its unfinished sheet counts
        CliRun all = run("results", "--cohort", "all", "--include-partial", "--format", "csv");
        assertEquals(0, all.exit(), all::toString);
        assertTrue(all.out().contains("\nNGY,1,,,,,1.00,1.00,3,partial-included,1\n"), all.out());
        CliRun allComplete = run("results", "--cohort", "all", "--format", "csv");
        assertTrue(allComplete.out().contains("\nSAP,1,3.00,2.00,2.00,3.00,3.00,2.80,2,1\n"), allComplete.out());
        assertTrue(allComplete.out().contains("\nNGY,0,,,,,1.00,,,1\n"), allComplete.out());

        JsonNode json = parse(run("results", "--format", "json").out());
        assertEquals("SAP", json.get(1).get("code").asText());
        assertEquals(2.8, json.get(1).get("total").asDouble(), 1e-9);
        assertTrue(json.get(2).get("A").isNull());
        assertTrue(json.get(2).get("total").isNull(), "NGY: no complete sheet");
        assertTrue(json.get(2).get("rank").isNull());
        assertEquals(1, json.get(2).get("partial").asInt());

        CliRun table = run("results");
        assertTrue(table.out().contains("COHORT"), table.out());
    }

    @Test
    void gradeWithACommentIsStored() {
        String e = addEvaluator("Ichiro");
        CliRun r = run("grade", "--evaluator", e, "--cluster", "kyo", "--item", "1.3", "--grade", "A",
                "--comment", "体制は十分");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("KYO 1.3 = A"), r.out());
    }

    @Test
    void badInputFailsWithExitOneAClearMessageAndNoChange() throws Exception {
        String e = addEvaluator("Ichiro");
        grade(e, "SAP", "1.1", "S");
        byte[] before = snapshot();
        assertFailure(run("grade", "--evaluator", e, "--cluster", "XYZ", "--item", "1.1", "--grade", "S"),
                "error: Unknown cluster 'XYZ'. Known cluster codes: SAP, SEN,");
        assertFailure(run("grade", "--evaluator", e, "--cluster", "SAP", "--item", "5", "--grade", "S"),
                "error: Unknown item '5' for cluster SAP. Items to grade: 1.1, 1.2.1");
        assertFailure(run("grade", "--evaluator", e, "--cluster", "SAP", "--item", "1.1", "--grade", "D"),
                "error: Grade 'D' is not on the scale of this round: use one of S, A, B, C");
        assertFailure(run("grade", "--evaluator", "Nobody", "--cluster", "SAP", "--item", "1.1", "--grade", "S"),
                "error: Unknown evaluator 'Nobody'");
        assertFailure(run("grade", "--evaluator", e, "--cluster", "SAP", "--item", "1.1", "--grade", "A",
                "--round", "final-2006"), "error: Unknown round 'final-2006'");
        assertArrayEquals(before, snapshot());
    }

    @Test
    void usageErrorsExitTwo() {
        CliRun missing = run("grade", "--cluster", "SAP");
        assertEquals(2, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("Missing required options"), missing.err());
        assertEquals(2, run("frobnicate").exit());
        assertEquals(2, run("results", "--format", "xml").exit());
        assertEquals(2, run("evaluator").exit());
        CliRun badExt = run("chart", "radar", "--cluster", "SAP", "--out", dir.resolve("x.jpg").toString());
        assertEquals(2, badExt.exit());
        assertTrue(badExt.err().contains("use a name ending in .png or .svg"), badExt.err());
    }

    @Test
    void helpAndVersion() {
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("ClusterEval "), version.out());
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exit());
        for (String command : List.of("clusters", "evaluator", "grade", "results", "chart")) {
            assertTrue(help.out().contains(command), command);
        }
        CliRun sub = CliRun.of("evaluator", "add", "--help");
        assertEquals(0, sub.exit());
        assertTrue(sub.out().contains("--affiliation"), sub.out());
    }

    @Test
    void theLocalEvaluatorIsSetUpOnceFromTheCommandLine() {
        CliRun first = run("evaluator", "add", "--name", "Ichiro Hyoka", "--affiliation", "大学", "--local");
        assertEquals(0, first.exit(), first::toString);
        try (jp.clustereval.service.Services s = jp.clustereval.service.Services.open(Path.of(db), true)) {
            assertEquals(first.out().strip(), s.evaluators().local().orElseThrow().id(), "what the desktop opens with");
        }
        CliRun again = run("evaluator", "add", "--name", "Jiro", "--local");
        assertEquals(1, again.exit(), again::toString);
        assertTrue(again.err().contains("already has its own evaluator (Ichiro Hyoka)"), again.err());
        try (jp.clustereval.service.Services s = jp.clustereval.service.Services.open(Path.of(db), true)) {
            assertEquals("Ichiro Hyoka", s.evaluators().local().orElseThrow().name(), "unchanged");
            assertEquals(1, s.evaluators().all().size(), "nothing added");
        }
    }

    @Test
    void chartsAreWrittenAsPngAndSvg() throws Exception {
        String e = addEvaluator("Ichiro");
        for (String item : ITEMS) {
            grade(e, "HAM", item, "A");
        }
        Path png = dir.resolve("ham.png");
        CliRun r = run("chart", "radar", "--cluster", "HAM", "--out", png.toString(), "--lang", "en");
        assertEquals(0, r.exit(), r::toString);
        var image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        Path svg = dir.resolve("ham.svg");
        assertEquals(0, run("chart", "radar", "--cluster", "HAM", "--out", svg.toString()).exit());
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg"));
        assertTrue(text.contains("研究開発"), "Japanese axis labels by default");
        Path grid = dir.resolve("grid.png");
        assertEquals(0, run("chart", "grid", "--out", grid.toString()).exit());
        assertTrue(ImageIO.read(grid.toFile()).getWidth() >= 1200);

        assertFailure(run("chart", "radar", "--cluster", "SAP", "--out", dir.resolve("sap.png").toString()),
                "error: Nobody has graded cluster SAP yet");
        assertFalse(Files.exists(dir.resolve("sap.png")));
    }

    @Test
    void refusedDatabasesAreNamedAndLeftUntouched() throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not a database at all, just notes\n".repeat(10));
        byte[] before = Files.readAllBytes(text);
        CliRun r = CliRun.of("--db", text.toString(), "results");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("is not a ClusterEval database"), r.err());
        assertArrayEquals(before, Files.readAllBytes(text));

        CliRun missing = CliRun.of("--db", dir.resolve("nowhere/x.db").toString(), "clusters");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    @Test
    void readOnlyDatabaseCanBeReadButNotChanged() throws Exception {
        String e = addEvaluator("Ichiro");
        grade(e, "SAP", "1.1", "S");
        Path file = Path.of(db);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        CliRun results = run("results", "--format", "csv");
        assertEquals(0, results.exit(), results::toString);
        // one item of nine: an unfinished sheet, shown on axis A but not counted as an evaluator
        assertTrue(results.out().contains("SAP,0,4.00"), results.out());
        assertFailure(run("grade", "--evaluator", e, "--cluster", "SAP", "--item", "1.1", "--grade", "C"),
                "is read-only: nothing was changed");
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    private byte[] snapshot() {
        // everything stored, as the results and the evaluator list show it
        return (run("results", "--format", "csv").out() + run("evaluator", "list", "--format", "csv").out())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void assertFailure(CliRun r, String expected) {
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains(expected), () -> "expected '" + expected + "' in\n" + r.err());
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException ex) {
            throw new AssertionError(ex);
        }
    }
}
