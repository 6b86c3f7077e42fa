package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.AppInfo;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.ClusterResult;
import jp.clustereval.domain.CohortAverage;
import jp.clustereval.domain.Results;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.Score;
import jp.clustereval.domain.allocation.AllocationRequest;
import jp.clustereval.domain.allocation.AllocationRule;
import jp.clustereval.domain.panel.ClusterFigures;
import jp.clustereval.domain.panel.CohortSpec;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.service.PanelService;
import jp.clustereval.service.Services;

/**
 * Every figure the results rules make, pinned to the last bit on {@link PinnedPanel} (exact and
 * near ties, conflicts of interest, gaps): the command line's results in table, CSV and JSON, the
 * panel's figures as the GUI, the reports, calibration, sensitivity and allocation get them, the PDF
 * reports' text and the workbook's cells. The expected files in src/test/resources/pinned-results
 * were written by the code before the ranking rules were made one implementation; any change of a
 * figure, an order or a digit fails here. To write them again (only when an issue changes the
 * rules on purpose): {@code mvn test -Dtest=PinnedResultsTest -Dpinned.write=true}.
 */
class PinnedResultsTest {

    private static final Path EXPECTED = Path.of("src/test/resources/pinned-results");

    @TempDir
    static Path dir;

    private static Path db;

    @BeforeAll
    static void fill() {
        db = dir.resolve("panel.db");
        PinnedPanel.fill(db, dir.resolve("keys"));
    }

    /** The fixture holds what the pins are about: a near tie listed differently by results and the panel. */
    @Test
    void theFixtureHoldsAnExactAndANearTie() {
        try (Services s = Services.open(db, true, dir.resolve("keys"))) {
            Round round = s.rounds().current();
            Results results = s.results().results(round);
            ClusterResult kyo = results.cluster("KYO").orElseThrow();
            ClusterResult ham = results.cluster("HAM").orElseThrow();
            assertEquals(kyo.rank(), ham.rank(), "a tie within 1e-9");
            assertNotEquals(kyo.total(), ham.total(), "that is not an equality");
            assertEquals(results.cluster("SAP").orElseThrow().total(), results.cluster("SEN").orElseThrow().total());
            List<String> cli = results.clusters().stream().map(ClusterResult::clusterCode)
                    .filter(c -> c.equals("KYO") || c.equals("HAM")).toList();
            PanelResults panel = s.panel().results(PanelService.Scope.cohortOf(round.id()));
            List<String> gui = panel.clusters().stream().map(ClusterFigures::clusterCode)
                    .filter(c -> c.equals("KYO") || c.equals("HAM")).toList();
            assertEquals(List.of("KYO", "HAM"), cli, "results: the larger unrounded total first");
            assertEquals(List.of("HAM", "KYO"), gui, "the panel: by code within a rank");
        }
    }

    @Test
    void commandLineResults() throws IOException {
        StringBuilder out = new StringBuilder();
        for (List<String> args : List.of(
                List.of("results"), List.of("results", "--format", "csv"), List.of("results", "--format", "json"),
                List.of("results", "--cohort", "all", "--format", "csv"),
                List.of("results", "--spread", "--format", "csv"),
                List.of("results", "--cohort", "fy2002", "--spread", "--calibrated", "--format", "json"),
                List.of("results", "--cohort", "kansai"),
                List.of("calibration", "--format", "csv"),
                List.of("calibration", "--cohort", "all", "--format", "csv"),
                List.of("sensitivity", "--draws", "300", "--seed", "11", "--format", "csv"),
                List.of("allocate", "--pool", "6000000000", "--rule", "tiers", "--format", "csv"),
                List.of("allocate", "--pool", "6000000000", "--rule", "proportional", "--floor", "400000000",
                        "--cap", "600000000", "--calibrated", "--format", "csv"))) {
            String[] all = new String[args.size() + 2];
            all[0] = "--db";
            all[1] = db.toString();
            for (int i = 0; i < args.size(); i++) {
                all[i + 2] = args.get(i);
            }
            CliRun run = CliRun.of(all);
            assertEquals(0, run.exit(), run::toString);
            out.append("$ ").append(String.join(" ", args)).append('\n').append(run.out()).append(run.err());
        }
        compare("command-line.txt", out.toString());
    }

    @Test
    void serviceFigures() throws IOException {
        StringBuilder out = new StringBuilder();
        try (Services s = Services.open(db, true, dir.resolve("keys"))) {
            Round round = s.rounds().current();
            Set<String> all = new TreeSet<>(s.clusters().all().stream().map(Cluster::code).toList());
            out.append("== results (results command, radar charts)\n").append(dump(s.results().results(round)));
            out.append("== results against every cluster as the cohort\n").append(dump(s.results().results(round, all)));
            out.append("== results of KYO and TOY (radar view)\n")
                    .append(dump(s.results().ofClusters(round, Set.of("KYO", "TOY"))));
            out.append("== cohort average (live radar)\n").append(dump(s.results().cohortAverage(round))).append('\n');
            String id = round.id();
            for (PanelService.Scope scope : List.of(PanelService.Scope.cohortOf(id),
                    new PanelService.Scope(id, CohortSpec.ROUND, false, false),
                    new PanelService.Scope(id, CohortSpec.ROUND, false, true),
                    new PanelService.Scope(id, CohortSpec.parse("all"), true, false),
                    new PanelService.Scope(id, CohortSpec.parse("kansai"), true, true))) {
                out.append("== panel ").append(scope).append('\n').append(dump(s.panel().results(scope)));
            }
            PanelService.Scope cohort = PanelService.Scope.cohortOf(id);
            out.append("== calibration\n");
            s.panel().calibrationComparison(cohort).forEach(r -> out.append(r).append('\n'));
            out.append("== sensitivity\n");
            s.panel().sensitivity(cohort, 200, 3).clusters().forEach(r -> out.append(r).append('\n'));
            out.append("== allocation\n");
            s.allocation().allocate(cohort, new AllocationRequest(6_000_000_000L, AllocationRule.TIERS, 0, Long.MAX_VALUE,
                    AllocationRequest.DEFAULT_BASELINE_YEN, AllocationRequest.DEFAULT_TIER_STEP)).clusters()
                    .forEach(r -> out.append(r).append('\n'));
        }
        compare("service-figures.txt", out.toString());
    }

    @Test
    void reports() throws Exception {
        StringBuilder out = new StringBuilder();
        for (List<String> args : List.of(List.of("panel", "--lang", "en"), List.of("panel", "--lang", "ja"),
                List.of("cluster", "--cluster", "KYO", "--lang", "en"), List.of("cluster", "--cluster", "HAM", "--lang", "ja"))) {
            Path pdf = dir.resolve(String.join("-", args) + ".pdf");
            CliRun run = CliRun.of(concat(List.of("--db", db.toString(), "report"), args, List.of("--out", pdf.toString())));
            assertEquals(0, run.exit(), run::toString);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                out.append("== report ").append(String.join(" ", args)).append('\n')
                        .append(new PDFTextStripper().getText(doc).replace(AppInfo.version(), "<version>")
                                .replace(java.time.LocalDate.now().toString(), "<date>"));
            }
        }
        compare("reports.txt", out.toString());

        Path xlsx = dir.resolve("panel.xlsx");
        CliRun run = CliRun.of("--db", db.toString(), "report", "panel", "--lang", "en", "--out", xlsx.toString());
        assertEquals(0, run.exit(), run::toString);
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            for (Sheet sheet : wb) {
                cells.append("== sheet ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    StringBuilder line = new StringBuilder();
                    for (Cell cell : row) {
                        line.append(cell.getAddress()).append('=').append(cell.getCellType() == CellType.NUMERIC
                                ? Double.toString(cell.getNumericCellValue()) : cell.toString()).append(' ');
                    }
                    cells.append(line.toString().stripTrailing()).append('\n');
                }
            }
        }
        compare("workbook.txt", cells.toString());
    }

    private static String[] concat(List<String> a, List<String> b, List<String> c) {
        return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).toArray(String[]::new);
    }

    /** Every figure to the last bit (Double.toString), in the order given. */
    private static String dump(Results r) {
        StringBuilder sb = new StringBuilder(r.roundId() + " " + r.axisCodes() + "\n");
        for (ClusterResult c : r.clusters()) {
            sb.append(c.clusterCode()).append(" n=").append(c.evaluators()).append(' ').append(axes(c.axes()))
                    .append(" total=").append(c.total()).append(" rank=").append(c.rank()).append('\n');
        }
        return sb.append(dump(r.cohort())).append('\n').toString();
    }

    private static String dump(PanelResults r) {
        StringBuilder sb = new StringBuilder(r.roundId() + " " + r.axisCodes() + " " + r.axisWeights() + " " + r.basis()
                + " " + r.cohort() + "\n");
        for (ClusterFigures c : r.clusters()) {
            sb.append(c.clusterCode()).append(" n=").append(c.evaluators()).append(' ').append(axes(c.axes()))
                    .append(" total=").append(c.total()).append(" rank=").append(c.rank()).append(" min=").append(c.min())
                    .append(" max=").append(c.max()).append(" sd=").append(c.sd()).append('\n');
        }
        return sb.append(dump(r.cohortAverage())).append('\n').toString();
    }

    private static String dump(CohortAverage c) {
        return "COHORT " + new TreeSet<>(c.members()) + " evaluators=" + c.evaluators() + " " + axes(c.axes()) + " total="
                + (c.total() == null ? "-" : c.total().value() + "/" + c.total().count());
    }

    private static String axes(Map<String, Score> axes) {
        StringBuilder sb = new StringBuilder();
        axes.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v.value()).append('/')
                .append(v.count()));
        return sb.toString();
    }

    private static void compare(String name, String actual) throws IOException {
        Path file = EXPECTED.resolve(name);
        if (Boolean.getBoolean("pinned.write")) {
            Files.createDirectories(EXPECTED);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
    }
}
