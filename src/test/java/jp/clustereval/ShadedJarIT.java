package jp.clustereval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product jar as shipped (target/cluster-eval.jar, after the shade plugin filtered its
 * libraries), run as a user runs it: `mvn verify` runs this after `package` (failsafe). The unit
 * tests run on the full libraries, so only this sees what the filters left out: the SQLite natives
 * of the five desktop platforms, the part of BouncyCastle that verifies signatures, fastexcel
 * instead of POI. Every run uses its own XDG_DATA_HOME.
 */
class ShadedJarIT {

    /** The size the jar must stay under (the target; it was 63.6 MB with all of every library). */
    static final long SIZE_BUDGET = 48_000_000;
    static final Path JAR = Path.of(System.getProperty("clustereval.jar", "target/cluster-eval.jar"));
    static final List<String> ITEMS = List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4");

    @TempDir
    static Path dir;

    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    static Run jar(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Duser.language=en", "-Duser.country=US"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        pb.environment().remove("DISPLAY");
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the jar did not finish: " + command);
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    static Run ok(String... args) throws Exception {
        Run r = jar(List.of(), args);
        assertEquals(0, r.exit(), String.join(" ", args) + "\n" + r);
        assertEquals("", r.err(), "nothing on stderr: " + String.join(" ", args));
        return r;
    }

    static Run chair(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("chair.db").toString()));
        all.addAll(List.of(args));
        return ok(all.toArray(String[]::new));
    }

    @BeforeAll
    static void twoEvaluatorsHandInSignedFiles() throws Exception {
        Files.createDirectories(dir.resolve("xdg"));
        Files.createDirectories(dir.resolve("in"));
        String[][] people = {{"評価 一郎", "大学A", "S", "A"}, {"評価 二郎", "大学B", "B", "C"}};
        for (int i = 0; i < people.length; i++) {
            String db = dir.resolve("e" + i + ".db").toString();
            ok("--db", db, "evaluator", "add", "--name", people[i][0], "--affiliation", people[i][1], "--local");
            StringBuilder csv = new StringBuilder("cluster,item,grade,comment\n");
            for (String item : ITEMS) {
                csv.append("SAP,").append(item).append(',').append(people[i][2]).append(",札幌のコメント ").append(item).append('\n');
                csv.append("SEN,").append(item).append(',').append(people[i][3]).append(",\n");
            }
            Path grades = Files.writeString(dir.resolve("grades" + i + ".csv"), csv, StandardCharsets.UTF_8);
            ok("--db", db, "import-csv", "--evaluator", people[i][0], grades.toString());
            Run export = ok("--db", db, "export", "--evaluator", people[i][0], "--out",
                    dir.resolve("in").resolve("e" + i + ".cescore").toString(), "--keys-dir", dir.resolve("keys" + i).toString());
            assertTrue(export.out().contains("signed with key"), export.toString());
        }
    }

    @Test
    void theJarHoldsOnlyWhatTheDesktopPlatformsAndTheCodeUse() throws Exception {
        long size = Files.size(JAR);
        assertTrue(size < SIZE_BUDGET, "target/cluster-eval.jar is " + size + " bytes, over the budget of " + SIZE_BUDGET);
        TreeSet<String> natives = new TreeSet<>();
        List<String> unwanted = new ArrayList<>();
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(name -> {
                if (name.startsWith("org/sqlite/native/") && !name.endsWith("/")) {
                    natives.add(name.substring("org/sqlite/native/".length(), name.lastIndexOf('/')));
                }
                if (name.startsWith("org/apache/poi/") || name.startsWith("javafx/embed/swing/")
                        || name.startsWith("org/jfree/chart/fx/") || name.startsWith("org/bouncycastle/pqc/")
                        || name.startsWith("org/bouncycastle/jcajce/")) {
                    unwanted.add(name);
                }
            });
        }
        assertEquals(new TreeSet<>(List.of("Linux/aarch64", "Linux/x86_64", "Mac/aarch64", "Mac/x86_64", "Windows/x86_64")),
                natives);
        assertEquals(List.of(), unwanted.stream().limit(5).toList(), "libraries the product does not use");
    }

    @Test
    void theJarImportsSignedFilesAndWritesEveryReportChartAndBackup() throws Exception {
        Run imported = chair("import", dir.resolve("in").toString());
        assertEquals(2, imported.out().lines().filter(l -> l.contains(": accepted (new 2,")).count(), imported.toString());

        Run results = chair("results", "--format", "csv");
        assertTrue(results.out().lines().anyMatch(l -> l.startsWith("SAP,2,")), results.toString());

        Path pdf = dir.resolve("panel.pdf");
        chair("report", "panel", "--out", pdf.toString(), "--lang", "ja", "--draws", "20");
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
        Path cluster = dir.resolve("sap.pdf");
        chair("report", "cluster", "--cluster", "SAP", "--out", cluster.toString());
        assertTrue(Files.size(cluster) > 10_000);

        Path xlsx = dir.resolve("panel.xlsx");
        chair("report", "panel", "--out", xlsx.toString(), "--lang", "ja", "--draws", "20");
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            var sap = wb.getSheet("評価結果").getRow(1); // --lang ja: Japanese sheet names
            assertEquals(CellType.NUMERIC, sap.getCell(8).getCellType());
            assertTrue(sap.getCell(1).getStringCellValue().contains("札幌"), sap.getCell(1).getStringCellValue());
            assertTrue(wb.getSheet("コメント").getPhysicalNumberOfRows() > 1);
        }

        Path png = dir.resolve("radar.png");
        chair("chart", "radar", "--cluster", "SAP", "--out", png.toString(), "--lang", "ja");
        byte[] head = Files.readAllBytes(png);
        assertEquals((byte) 0x89, head[0]);
        assertEquals("PNG", new String(head, 1, 3, StandardCharsets.US_ASCII));
        Path svg = dir.resolve("grid.svg");
        chair("chart", "grid", "--out", svg.toString());
        assertTrue(Files.readString(svg).contains("<svg"));
        Path ranking = dir.resolve("ranking.png");
        chair("chart", "ranking", "--out", ranking.toString());
        assertTrue(Files.size(ranking) > 1000);

        Run backup = chair("backup");
        assertTrue(backup.out().startsWith("Backup written: "), backup.toString());
        chair("grade", "--evaluator", "評価 一郎", "--cluster", "SAP", "--item", "1.1", "--grade", "C");
        Run list = chair("backup", "list", "--format", "csv");
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("1,") && l.contains(",manual,")), list.toString());
        chair("restore", "1");
        Run after = chair("results", "--format", "csv");
        assertEquals(results.out(), after.out(), "the restore brought back the grades of the backup");
    }

    @Test
    void aPlatformWithoutItsSqliteLibraryIsNamed() throws Exception {
        Run r = jar(List.of("-Dos.arch=riscv64"), "--db", dir.resolve("other.db").toString(), "clusters");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().startsWith("error: This build of ClusterEval has no SQLite library for this computer (Linux, riscv64)"),
                r.toString());
    }
}
