package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;

/** The panel's commands end to end over a real database with four evaluators grading the FY2002 cohort. */
class PanelCliTest {

    private static final List<String> ITEMS = List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4");
    private static final List<String> FY2002 = List.of("SAP", "SEN", "NAG", "HAM", "KYO", "KSC", "OSK", "KOB", "HIR",
            "TAK", "FUK", "KIT");

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void fill() {
        db = dir.resolve("panel.db").toString();
        Random random = new Random(2004);
        try (Services s = Services.open(Path.of(db), false, dir.resolve("keys"))) {
            Round round = s.rounds().current();
            for (String name : List.of("Ichiro", "Jiro", "Saburo", "Shiro")) {
                Evaluator e = s.evaluators().add(name, "");
                for (String cluster : FY2002) {
                    for (String item : ITEMS) {
                        s.grading().setGrade(new SheetKey(round.id(), e.id(), cluster), item,
                                String.valueOf("SAABBC".charAt(random.nextInt(6))), "test");
                    }
                }
            }
            s.grading().setGrade(new SheetKey(round.id(), s.evaluators().resolve("Ichiro").id(), "NGY"), "1.1", "S", "test");
        }
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    @Test
    void weightsAreSetNormalisedShownAndRecorded() {
        CliRun set = run("weights", "set", "--axis", "A=30,B=20,C=20,D=10,E=20", "--item", "1.2.1=60,1.2.2=40", "--by", "花子");
        assertEquals(0, set.exit(), set::toString);
        CliRun show = run("weights", "show", "--format", "csv");
        assertTrue(show.out().startsWith("kind,code,axis,weight_pct\naxis,A,A,30.00\naxis,B,B,20.00\n"), show.out());
        assertTrue(show.out().contains("item,1.2.1,B,60.00\nitem,1.2.2,B,40.00\n"), show.out());
        assertTrue(run("weights", "history", "--format", "csv").out().contains(",direct,花子,"));
    }

    @Test
    void badWeightsAreRefusedWithAMessageAndChangeNothing() {
        String before = run("weights", "show", "--format", "csv").out();
        CliRun bad = run("weights", "set", "--axis", "A=30,B=twenty,C=20,D=10,E=20");
        assertEquals(1, bad.exit(), bad::toString);
        assertTrue(bad.err().contains("The weight of B is not a number: 'twenty'"), bad.err());
        CliRun zero = run("weights", "set", "--axis", "A=0,B=0,C=0,D=0,E=0");
        assertTrue(zero.err().contains("All weights of axes are zero"), zero.err());
        CliRun ahp = run("weights", "ahp", "--matrix", "1,3;1/3,1", "--apply");
        assertEquals(1, ahp.exit());
        assertTrue(ahp.err().contains("must be 5 x 5"), ahp.err());
        assertEquals(before, run("weights", "show", "--format", "csv").out());
    }

    @Test
    void ahpWarnsAboveTheThreshold() {
        CliRun r = run("weights", "ahp", "--matrix", "1,9,1/9,1,1;1/9,1,9,1,1;9,1/9,1,1,1;1,1,1,1,1;1,1,1,1,1");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains("warning: consistency ratio"), r.err());
    }

    /**
     * Judgements whose Saaty CR is just above 0.10 while the geometric-mean estimate's is just below
     * (the "CR 0.1017 got 0.0987 and no warning"). By hand, the Collatz-Wielandt bounds
     * min_i (Ax)_i / x_i <= lambda_max <= max_i (Ax)_i / x_i with x = (0.3952, 0.1026, 0.2558, 0.1162,
     * 0.1302): (Ax) = (2.1590, 0.56064, 1.3974, 0.63449, 0.71123), ratios 5.4631, 5.4643, 5.4629,
     * 5.4604, 5.4626, so 5.4604 <= lambda_max <= 5.4643 and 0.1028 <= CR <= 0.1037 (RI(5) = 1.12):
     * printed 5.4626 and 0.1033. Geometric means: row products 90, 1/20, 5, 2/15, 1/3, fifth roots
     * 2.4595, 0.5493, 1.3797, 0.6683, 0.8027; mean of (Ag)_i / g_i = 5.4441, CR 0.0991: no warning.
     */
    static final String CR_JUST_ABOVE = "1,5,2,3,3; 1/5,1,1,1/2,1/2; 1/2,1,1,5,2; 1/3,2,1/5,1,1; 1/3,2,1/2,1,1";

    @Test
    void ahpIsSaatysEigenvectorByDefaultAndWarnsJustAboveTheThreshold() {
        String before = run("weights", "show", "--format", "csv").out();
        CliRun r = run("weights", "ahp", "--matrix", CR_JUST_ABOVE, "--format", "csv");
        assertEquals(0, r.exit(), r::toString);
        String[] lines = r.out().split("\n");
        assertEquals("code,weight_pct,lambda_max,consistency_ratio,method", lines[0]);
        assertTrue(lines[1].startsWith("A,39.5"), r.out());
        for (int i = 1; i <= 5; i++) {
            assertTrue(lines[i].endsWith(",5.4626,0.1033,eigenvector"), r.out());
        }
        assertTrue(r.err().contains("warning: consistency ratio 0.1033 (Saaty's principal eigenvector) is above"
                + " Saaty's threshold 0.10"), r.err());

        CliRun g = run("weights", "ahp", "--matrix", CR_JUST_ABOVE, "--method", "geometric", "--format", "csv");
        assertEquals(0, g.exit(), g::toString);
        assertTrue(g.out().split("\n")[1].endsWith(",5.4441,0.0991,geometric"), g.out());
        assertFalse(g.err().contains("warning"), g.err());

        CliRun stored = run("weights", "ahp", "--matrix", CR_JUST_ABOVE, "--method", "geometric", "--apply");
        assertEquals(1, stored.exit(), stored::toString);
        assertTrue(stored.err().contains("The geometric-mean estimate is shown for comparison only"), stored.err());
        CliRun unknown = run("weights", "ahp", "--matrix", CR_JUST_ABOVE, "--method", "mean");
        assertEquals(1, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().contains("Unknown AHP method 'mean'"), unknown.err());
        assertEquals(before, run("weights", "show", "--format", "csv").out(), "nothing stored");
    }

    @Test
    void ahpRefusesValuesJustOutsideSaatysScale() {
        String before = run("weights", "show", "--format", "csv").out();
        for (String v : List.of("9.05", "9.09")) {
            CliRun r = run("weights", "ahp", "--apply", "--matrix",
                    "1," + v + ",1,1,1; 1/" + v + ",1,1,1,1; 1,1,1,1,1; 1,1,1,1,1; 1,1,1,1,1");
            assertEquals(1, r.exit(), r::toString);
            assertTrue(r.err().contains("The comparison of A with B is " + v + ": it must lie on Saaty's scale from 1/9 to 9"),
                    r.err());
        }
        CliRun r = run("weights", "ahp", "--apply", "--matrix", "1,1/9.2,1,1,1; 9.2,1,1,1,1; 1,1,1,1,1; 1,1,1,1,1; 1,1,1,1,1");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("The comparison of A with B is 0.1086956522"), r.err());
        assertEquals(before, run("weights", "show", "--format", "csv").out(), "nothing stored");
    }

    @Test
    void resultsWithCohortCalibrationAndSpread() {
        CliRun plain = run("results", "--format", "csv");
        assertTrue(plain.out().startsWith("code,evaluators,A,B,C,D,E,total,rank,partial\n"), plain.out());
        // NGY (one item of nine, outside the cohort): listed after the cohort, no evaluator counted, no rank
        assertTrue(plain.out().contains("\nNGY,0,4.00,,,,,,,1\n"), "without --cohort every graded cluster is listed: " + plain.out());

        CliRun r = run("results", "--cohort", "fy2002", "--calibrated", "--spread", "--format", "csv");
        assertEquals(0, r.exit(), r::toString);
        String[] lines = r.out().split("\n");
        assertEquals("code,evaluators,A,B,C,D,E,total,rank,min,max,sd,scores,partial", lines[0]);
        assertEquals(14, lines.length, "12 clusters and the cohort row");
        assertTrue(Arrays.stream(lines).skip(1).allMatch(l -> l.matches(".*,calibrated,\\d*")), r.out());
        assertTrue(lines[13].startsWith("COHORT,4,"), lines[13]);

        CliRun kansai = run("results", "--cohort", "kansai", "--format", "csv");
        assertEquals(6, kansai.out().split("\n").length, kansai.out());
        assertEquals(1, run("results", "--cohort", "tohoku").exit());
    }

    /** Before: only results had --include-partial; the panel's commands refused it (exit 2). */
    @Test
    void includePartialCountsUnfinishedSheetsInThePanelsCommandsAndSaysSoOnEveryRow() {
        try (Services s = Services.open(Path.of(db), false, dir.resolve("keys"))) {
            Round round = s.rounds().current();
            Evaluator goro = s.evaluators().add("Goro", "");
            s.grading().setGrade(new SheetKey(round.id(), goro.id(), "SAP"), "1.1", "S", "test"); // 1 of 9 items
        }
        String complete = run("calibration", "--format", "csv").out();
        CliRun partial = run("calibration", "--include-partial", "--format", "csv");
        assertEquals(0, partial.exit(), partial::toString);
        String[] lines = partial.out().split("\n");
        assertEquals("code,raw_total,raw_rank,calibrated_total,calibrated_rank,sheets", lines[0]);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].endsWith(",partial-included"), lines[i]);
        }
        String sapComplete = complete.lines().filter(l -> l.startsWith("SAP,")).findFirst().orElseThrow();
        String sapPartial = partial.out().lines().filter(l -> l.startsWith("SAP,")).findFirst().orElseThrow();
        assertNotEquals(sapComplete, sapPartial.substring(0, sapPartial.length() - ",partial-included".length()),
                "Goro's one grade counts only with --include-partial");
        for (List<String> command : List.of(List.of("agreement"), List.of("sensitivity", "--draws", "10"),
                List.of("allocate", "--pool", "6000000000", "--rule", "proportional"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--include-partial", "--format", "csv"));
            CliRun r = run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), () -> command + ": " + r);
            assertTrue(r.out().lines().findFirst().orElseThrow().endsWith(",sheets"), r.out());
            assertTrue(r.out().lines().skip(1).allMatch(l -> l.endsWith(",partial-included")), r.out());
        }
    }

    @Test
    void sensitivityIsReproducibleByteForByte() {
        CliRun a = run("sensitivity", "--draws", "1000", "--seed", "7", "--format", "csv");
        CliRun b = run("sensitivity", "--draws", "1000", "--seed", "7", "--format", "csv");
        assertEquals(0, a.exit(), a::toString);
        assertEquals(a.out(), b.out());
        String[] lines = a.out().split("\n");
        assertEquals("code,rank,best_rank,worst_rank,loo_best,loo_worst,perturb_best,perturb_worst,draw_best,draw_worst,"
                + "tier_change_pct,boot_best,boot_worst,boot_tier_change_pct,verdict", lines[0]);
        assertEquals(13, lines.length);
        assertTrue(a.out().contains("robust") || a.out().contains("fragile"));
    }

    @Test
    void allocationsAddUpToThePoolAndRespectFloorAndCap() {
        CliRun r = run("allocate", "--pool", "6,000,000,000", "--rule", "proportional", "--floor", "450000000",
                "--cap", "560000000", "--format", "csv");
        assertEquals(0, r.exit(), r::toString);
        String[] lines = r.out().split("\n");
        assertEquals("code,total,rank,baseline_yen,allocation_yen,change_pct", lines[0]);
        long sum = 0;
        for (int i = 1; i < lines.length; i++) {
            long yen = Long.parseLong(lines[i].split(",")[4]);
            assertTrue(yen >= 450_000_000L && yen <= 560_000_000L, lines[i]);
            sum += yen;
        }
        assertEquals(12, lines.length - 1);
        assertEquals(6_000_000_000L, sum);

        CliRun tiers = run("allocate", "--pool", "6000000000", "--rule", "tiers", "--format", "csv");
        assertTrue(tiers.out().split("\n")[1].endsWith(",500000000,600000000,20.00"), tiers.out());

        CliRun infeasible = run("allocate", "--pool", "1000000000", "--rule", "tiers", "--floor", "100000000");
        assertEquals(1, infeasible.exit());
        assertTrue(infeasible.err().contains("cannot give each of the 12 clusters the floor"), infeasible.err());
    }

    @Test
    void malformedThousandsSeparatorsInAmountsAreRefused() throws Exception {
        byte[] before = java.nio.file.Files.readAllBytes(Path.of(db));
        for (String pool : List.of("6,00,0000000", ",,6000000000,,", "6_000_000_000")) {
            CliRun r = run("allocate", "--pool", pool, "--rule", "proportional");
            assertEquals(1, r.exit(), r::toString);
            assertTrue(r.err().contains("'" + pool + "' is not an amount in whole yen: write digits only, or digits grouped"
                    + " in threes by commas"), r.err());
            assertEquals("", r.out());
        }
        CliRun floor = run("allocate", "--pool", "6,000,000,000", "--rule", "tiers", "--floor", "45,0000,000");
        assertEquals(1, floor.exit(), floor::toString);
        assertTrue(floor.err().contains("'45,0000,000' is not an amount in whole yen"), floor.err());
        assertTrue(Arrays.equals(before, java.nio.file.Files.readAllBytes(Path.of(db))), "the database is untouched");
    }

    @Test
    void calibrationOutliersAndAgreementPrint() {
        assertTrue(run("calibration", "--format", "csv").out().startsWith("code,raw_total,raw_rank,calibrated_total,calibrated_rank\n"));
        assertTrue(run("outliers", "--format", "csv").out().startsWith("kind,evaluator,cluster,item,grade,value,reference,deviation\n"));
        CliRun agreement = run("agreement", "--format", "csv");
        assertTrue(agreement.out().contains("\ncluster,SAP,9,4,"), agreement.out());
        assertTrue(agreement.out().contains("\naxis,A,12,4,"), agreement.out());
        assertTrue(agreement.out().startsWith("scope,code,targets,raters,icc21,alpha,alpha_ordinal,alpha_units,kendall_w\n"),
                agreement.out());
        assertTrue(agreement.out().matches("(?s).*\ntotal,total,12,4,-?\\d\\.\\d{3},-?\\d\\.\\d{3},-?\\d\\.\\d{3},12,\\d\\.\\d{3}\n.*"),
                agreement.out());
    }

    @Test
    void reportsAndChartsAreWritten() throws Exception {
        Path pdf = dir.resolve("sap.pdf");
        CliRun cluster = run("report", "cluster", "--cluster", "SAP", "--out", pdf.toString(), "--lang", "en");
        assertEquals(0, cluster.exit(), cluster::toString);
        assertTrue(java.nio.file.Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(cluster.err().isEmpty(), "no logging noise: " + cluster.err());

        Path xlsx = dir.resolve("panel.xlsx");
        assertEquals(0, run("report", "panel", "--out", xlsx.toString(), "--draws", "100").exit());
        String[] csv = run("results", "--cohort", "fy2002", "--format", "csv").out().split("\n");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            var sheet = wb.getSheet("評価結果"); // a Japanese report (the default): Japanese sheet names
            for (int i = 1; i < csv.length - 1; i++) {
                String[] cells = csv[i].split(",");
                var row = sheet.getRow(i);
                assertEquals(cells[0], row.getCell(0).getStringCellValue());
                assertEquals(cells[7], String.format(java.util.Locale.ROOT, "%.2f", row.getCell(8).getNumericCellValue()),
                        "total of " + cells[0]);
                assertEquals(cells[8], String.valueOf((int) row.getCell(9).getNumericCellValue()));
            }
        }
        CliRun bad = run("report", "panel", "--out", dir.resolve("panel.txt").toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("Unsupported report file"), bad.err());

        for (String kind : List.of("ranking", "overlay")) {
            Path png = dir.resolve(kind + ".png");
            CliRun chart = run("chart", kind, "--out", png.toString(), "--clusters", "SAP,SEN,KYO");
            if (kind.equals("ranking")) {
                chart = run("chart", kind, "--out", png.toString(), "--sort", "code");
            }
            assertEquals(0, chart.exit(), chart::toString);
            assertTrue(javax.imageio.ImageIO.read(png.toFile()).getWidth() > 0);
        }
        CliRun one = run("chart", "overlay", "--out", dir.resolve("o.png").toString(), "--clusters", "SAP");
        assertEquals(1, one.exit());
        assertTrue(one.err().contains("2 to 4 clusters"), one.err());
    }

    @Test
    void weightsTravelAsASignedFile() throws Exception {
        assertEquals(0, run("weights", "set", "--axis", "A=40,B=15,C=15,D=10,E=20").exit());
        Path file = dir.resolve("w.ceweights");
        CliRun export = run("weights", "export", "--signer", "Ichiro", "--out", file.toString());
        assertEquals(0, export.exit(), export::toString);
        String other = dir.resolve("other.db").toString();
        // the other database does not know Ichiro: his file is refused, naming him and his key, until
        // the chair accepts exactly that signer and key with a reason
        String ichiro = run("evaluator", "list", "--format", "csv").out().lines().filter(l -> l.contains(",Ichiro,"))
                .findFirst().orElseThrow().split(",")[0];
        String key = jp.clustereval.scorefile.Ed25519.fingerprint(new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(file.toFile()).path("setBy").path("publicKey").asText());
        String before = CliRun.of("--db", other, "weights", "show", "--format", "csv").out();
        CliRun refused = CliRun.of("--db", other, "weights", "import", file.toString());
        assertEquals(1, refused.exit(), refused::toString);
        assertTrue(refused.err().contains("signed by Ichiro (id " + ichiro + ") with the key " + key
                + ", who is not in the weighting group"), refused.err());
        assertEquals(before, CliRun.of("--db", other, "weights", "show", "--format", "csv").out());
        CliRun imported = CliRun.of("--db", other, "weights", "import", file.toString(), "--accept-signer", ichiro,
                "--fingerprint", key.replace(" ", ""), "--reason", "fingerprint read out by phone");
        assertEquals(0, imported.exit(), imported::toString);
        assertTrue(imported.err().contains("set by Ichiro"), imported.err());
        assertTrue(CliRun.of("--db", other, "weights", "show", "--format", "csv").out().contains("axis,A,A,40.00"));
        assertTrue(CliRun.of("--db", other, "weights", "history", "--format", "csv").out()
                .contains("," + ichiro + "," + System.getProperty("user.name") + ",fingerprint read out by phone"),
                "who signed, who accepted, why");

        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file).replace("\"0.4\"", "\"0.5\""));
        CliRun tampered = CliRun.of("--db", other, "weights", "import", file.toString());
        assertEquals(1, tampered.exit());
        assertTrue(tampered.err().contains("signature of the weights file does not verify"), tampered.err());
    }

    @Test
    void commentsAreListedAndTagged() {
        try (Services s = Services.open(Path.of(db), false, dir.resolve("keys"))) {
            Round round = s.rounds().current();
            s.grading().setItemText(new SheetKey(round.id(), s.evaluators().resolve("Jiro").id(), "KOB"), "4",
                    jp.clustereval.service.ItemTextField.COMMENT, "薬事承認の見通しが不明", "test");
        }
        assertEquals(0, run("comments", "tag", "--evaluator", "Jiro", "--cluster", "KOB", "--item", "4", "--tag",
                "regulation").exit());
        CliRun list = run("comments", "list", "--tag", "regulation", "--format", "csv");
        assertEquals("cluster,item,field,author,tags,text\nKOB,4,comment,E1,regulation,薬事承認の見通しが不明\n", list.out());
        assertTrue(run("comments", "list", "--names", "--format", "csv").out().contains(",Jiro,"));
        CliRun bad = run("comments", "tag", "--evaluator", "Jiro", "--cluster", "KOB", "--item", "1.1", "--tag", "ip");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("nothing to tag"), bad.err());
    }

    /**
     * The chair tags a comment as the listing shows it: the author's E-number, or nobody named when
     * the item holds one comment; no evaluator id is asked for, and the tag is recorded as the local
     * identity's (the chair's), not as "cli".
     */
    @Test
    void aCommentIsTaggedWithoutAnEvaluatorIdAndRecordedAsTheChairs() {
        try (Services s = Services.open(Path.of(db), false, dir.resolve("keys"))) {
            Round round = s.rounds().current();
            s.evaluators().createLocal("Chair Hanako", "MEXT");
            s.grading().setItemText(new SheetKey(round.id(), s.evaluators().resolve("Jiro").id(), "KOB"), "4",
                    jp.clustereval.service.ItemTextField.COMMENT, "薬事承認の見通しが不明", "test");
            s.grading().setItemText(new SheetKey(round.id(), s.evaluators().resolve("Saburo").id(), "KOB"), "1.1",
                    jp.clustereval.service.ItemTextField.COMMENT, "テーマが散漫", "test");
            s.grading().setItemText(new SheetKey(round.id(), s.evaluators().resolve("Shiro").id(), "KOB"), "1.1",
                    jp.clustereval.service.ItemTextField.COMMENT, "重点が不明", "test");
        }
        assertEquals(0, run("comments", "tag", "--cluster", "KOB", "--item", "4", "--tag", "regulation").exit());
        // two comments on 1.1: which one is asked for, by the listing's E-numbers; nothing changed
        CliRun list = run("comments", "list", "--cluster", "KOB", "--format", "csv");
        String shiro = java.util.Arrays.stream(list.out().split("\n")).filter(l -> l.endsWith(",重点が不明")).findFirst()
                .orElseThrow().split(",")[3];
        String saburo = java.util.Arrays.stream(list.out().split("\n")).filter(l -> l.endsWith(",テーマが散漫")).findFirst()
                .orElseThrow().split(",")[3];
        CliRun which = run("comments", "tag", "--cluster", "KOB", "--item", "1.1", "--tag", "rd-themes");
        assertEquals(1, which.exit());
        assertTrue(which.err().contains(String.join(", ", new java.util.TreeSet<>(List.of(shiro, saburo))))
                && which.err().contains("--author"), which.err());
        assertEquals(0, run("comments", "tag", "--author", shiro, "--cluster", "KOB", "--item", "1.1", "--tag", "rd-themes").exit());
        assertEquals("cluster,item,field,author,tags,text\nKOB,1.1,comment," + shiro + ",rd-themes,重点が不明\n",
                run("comments", "list", "--tag", "rd-themes", "--format", "csv").out());
        assertTrue(run("comments", "list", "--tag", "regulation", "--format", "csv").out().endsWith(",regulation,薬事承認の見通しが不明\n"));
        try (Services s = Services.openToRead(Path.of(db), dir.resolve("keys"))) {
            assertEquals(List.of("Chair Hanako", "Chair Hanako"), s.database().query(c -> {
                List<String> by = new java.util.ArrayList<>();
                try (var st = c.prepareStatement("SELECT tagged_by FROM comment_tag ORDER BY tagged_at");
                     var rs = st.executeQuery()) {
                    while (rs.next()) {
                        by.add(rs.getString(1));
                    }
                }
                return by;
            }));
        }
        CliRun nobody = run("comments", "tag", "--author", "E9", "--cluster", "KOB", "--item", "1.1", "--tag", "ip");
        assertEquals(1, nobody.exit());
        assertTrue(nobody.err().contains("nothing to tag"), nobody.err());
    }
}
