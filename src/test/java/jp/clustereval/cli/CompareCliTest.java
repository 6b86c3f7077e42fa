package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.clustereval.service.ComparedRounds;

/**
 * {@code chart compare} and {@code results --compare} on a real database with the mid-term and the
 * final round (the hand-worked figures of {@link ComparedRounds}).
 */
class CompareCliTest {

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void setUp() {
        Path file = dir.resolve("two.db");
        ComparedRounds.create(file);
        db = file.toString();
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private CliRun ok(String... args) {
        CliRun r = run(args);
        assertEquals(0, r.exit(), r::toString);
        return r;
    }

    private CliRun refused(String... args) {
        CliRun r = run(args);
        assertEquals(1, r.exit(), r::toString);
        assertEquals("", r.out(), r::toString);
        return r;
    }

    private static List<String> csv(CliRun r) {
        return r.out().replace("\uFEFF", "").lines().toList();
    }

    @Test
    void resultsCompareAddsTheEarlierTotalAndTheChangeInEveryFormat() throws Exception {
        List<String> lines = csv(ok("results", "--round", ComparedRounds.FINAL, "--compare", ComparedRounds.MID,
                "--format", "csv"));
        assertTrue(lines.get(0).endsWith(",total,rank,partial,compare_total,delta"), lines.get(0));
        assertTrue(lines.contains("SAP,2,3.50,3.00,2.50,3.00,3.50,3.10,1,0,2.50,0.60"), lines::toString);
        // graded in the final round only: empty cells, not zero
        assertTrue(lines.contains("SEN,1,2.00,2.00,2.00,2.00,2.00,2.00,2,0,,"), lines::toString);
        // the cohort averages of both rounds: (2.50 + 4.00) / 2 before, (3.10 + 2.00) / 2 now
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("COHORT,") && l.endsWith(",2.55,,,3.25,-0.70")), lines::toString);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("KYO,") && !l.endsWith(",,")), "KYO has no final total");

        JsonNode json = new ObjectMapper().readTree(ok("results", "--round", ComparedRounds.FINAL, "--compare",
                ComparedRounds.MID, "--format", "json").out());
        JsonNode sap = find(json, "SAP");
        assertEquals(2.5, sap.get("compare_total").asDouble(), 1e-9);
        assertEquals(0.6, sap.get("delta").asDouble(), 1e-9);
        assertTrue(find(json, "SEN").get("compare_total").isNull());
        assertTrue(find(json, "SEN").get("delta").isNull());

        String table = ok("results", "--round", ComparedRounds.FINAL, "--compare", ComparedRounds.MID).out();
        String header = table.lines().findFirst().orElseThrow();
        assertTrue(header.contains("compare_total") && header.strip().endsWith("delta"), table);
        String sapLine = table.lines().filter(l -> l.startsWith("SAP")).findFirst().orElseThrow();
        assertTrue(sapLine.strip().endsWith("2.50  0.60") || sapLine.matches(".*2\\.50\\s+0\\.60\\s*$"), table);
        String senLine = table.lines().filter(l -> l.startsWith("SEN")).findFirst().orElseThrow();
        assertFalse(senLine.contains("0.60"), table);

        // without --compare the columns stay as they were
        assertTrue(csv(ok("results", "--round", ComparedRounds.FINAL, "--format", "csv")).get(0).endsWith(",rank,partial"));
        // with the panel's options, the earlier round read by the same options
        List<String> spread = csv(ok("results", "--round", ComparedRounds.FINAL, "--compare", ComparedRounds.MID,
                "--spread", "--format", "csv"));
        assertTrue(spread.get(0).endsWith(",min,max,sd,partial,compare_total,delta"), spread.get(0));
        assertTrue(spread.stream().anyMatch(l -> l.startsWith("SAP,") && l.endsWith(",2.50,0.60")), spread::toString);
    }

    private static JsonNode find(JsonNode rows, String code) {
        for (JsonNode row : rows) {
            if (code.equals(row.get("code").asText())) {
                return row;
            }
        }
        throw new AssertionError(code + " not in " + rows);
    }

    @Test
    void chartCompareWritesBothRoundsAndEachAxissChangeAsSvgAndPng() throws Exception {
        Path svg = dir.resolve("sap.svg");
        CliRun r = ok("chart", "compare", "--cluster", "SAP", "--rounds", ComparedRounds.MID + "," + ComparedRounds.FINAL,
                "--out", svg.toString(), "--lang", "en");
        assertEquals(svg.toAbsolutePath().toString(), r.out().strip());
        String text = Files.readString(svg);
        assertTrue(text.contains("Mid-term evaluation FY2004 (mid-fy2004)"), "the earlier round's series");
        assertTrue(text.contains("Final evaluation (final-fy2006)"), "the later round's series");
        for (String label : List.of("A R&amp;D (+1.00)", "B Autonomy (+0.50)", "C Management (±0.00)",
                "D Self-Evaluation (+0.50)", "E Cluster formation (+1.00)")) {
            assertTrue(text.contains(label), label);
        }
        assertTrue(text.contains("total 2.50 → 3.10 (+0.60)"), "the totals in the subtitle");

        Path png = dir.resolve("sap.png");
        ok("chart", "compare", "--cluster", "SAP", "--rounds", ComparedRounds.MID + "," + ComparedRounds.FINAL,
                "--out", png.toString(), "--width", "640", "--height", "560");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(560, image.getHeight());

        Path ja = dir.resolve("sap-ja.svg");
        ok("chart", "compare", "--cluster", "SAP", "--rounds", ComparedRounds.MID + "," + ComparedRounds.FINAL,
                "--out", ja.toString());
        String jaText = Files.readString(ja);
        assertTrue(jaText.contains("A 研究開発 (+1.00)") && jaText.contains("終了評価 (final-fy2006)"), "Japanese by default");
    }

    @Test
    void refusalsExitOneWithAMessageAndWriteNothing() throws Exception {
        Path out = dir.resolve("x.png");
        String both = ComparedRounds.MID + "," + ComparedRounds.FINAL;
        assertTrue(refused("chart", "compare", "--cluster", "SEN", "--rounds", both, "--out", out.toString()).err()
                .contains("The unit SEN has no result in the round 'mid-fy2004'"));
        assertTrue(refused("chart", "compare", "--cluster", "KYO", "--rounds", both, "--out", out.toString()).err()
                .contains("has no result in the round 'final-fy2006'"));
        assertTrue(refused("chart", "compare", "--cluster", "SAP", "--rounds", ComparedRounds.MID, "--out", out.toString())
                .err().contains("Name exactly two rounds"));
        assertTrue(refused("chart", "compare", "--cluster", "SAP", "--rounds", ComparedRounds.MID + "," + ComparedRounds.MID,
                "--out", out.toString()).err().contains("Both rounds are 'mid-fy2004'"));
        assertTrue(refused("chart", "compare", "--cluster", "SAP", "--rounds", ComparedRounds.MID + ",nope",
                "--out", out.toString()).err().contains("nope"));

        // a round with other axes: no chart, and results compare its totals only
        Path definition = dir.resolve("axes-f.json");
        Files.writeString(definition, ok("round", "show", "--round", ComparedRounds.MID).out()
                .replace("\"axis\" : \"E\"", "\"axis\" : \"F\"").replace("\"code\" : \"E\"", "\"code\" : \"F\""));
        CliRun created = ok("round", "create", "--id", "axes-f", "--name-ja", "軸F", "--name-en", "Axis F",
                "--definition", definition.toString());
        CliRun axes = refused("chart", "compare", "--cluster", "SAP", "--rounds", ComparedRounds.MID + ",axes-f",
                "--out", out.toString());
        assertTrue(axes.err().contains("have different axes (A, B, C, D, E and A, B, C, D, F)"), axes + "\n" + created);
        assertTrue(csv(ok("results", "--round", "axes-f", "--compare", ComparedRounds.MID, "--format", "csv")).get(0)
                .endsWith(",compare_total,delta"));

        // a round on another scale: neither
        Files.writeString(definition, ok("round", "show", "--round", ComparedRounds.MID).out()
                .replace("\"value\" : 4", "\"value\" : 5"));
        ok("round", "create", "--id", "five", "--name-ja", "五", "--name-en", "Five", "--definition", definition.toString());
        assertTrue(refused("results", "--round", "five", "--compare", ComparedRounds.MID).err()
                .contains("grade on different scales"));
        assertTrue(refused("chart", "compare", "--cluster", "SAP", "--rounds", ComparedRounds.MID + ",five",
                "--out", out.toString()).err().contains("grade on different scales"));
        assertFalse(Files.exists(out), "no file written by any refusal");
    }
}
