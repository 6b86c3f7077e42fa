package jp.clustereval.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.CommonIssue;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.PersonLabels;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.RoundComparison;
import jp.clustereval.domain.RoundKind;
import jp.clustereval.domain.RoundSummary;
import jp.clustereval.domain.panel.ClusterFigures;
import jp.clustereval.domain.panel.CohortSpec;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.domain.sensitivity.SensitivityReport;
import jp.clustereval.domain.weights.Weights;
import jp.clustereval.report.ClusterReportData;
import jp.clustereval.report.ClusterReportPdf;
import jp.clustereval.report.CommentLine;
import jp.clustereval.report.ComparedRound;
import jp.clustereval.report.PanelExtras;
import jp.clustereval.report.PanelReportData;
import jp.clustereval.report.PanelReportPdf;
import jp.clustereval.report.PanelWorkbook;
import jp.clustereval.report.ReportText;
import jp.clustereval.report.WeightsOrigin;

/**
 * The reports: a cluster's feedback report (PDF) and the panel summary (PDF or xlsx), in Japanese or
 * English, over the round's cohort ranked among itself. Comments appear without the evaluators'
 * names ("#1", "#2"...) unless asked: the feedback goes to the regions.
 */
public final class ReportService {

    /**
     * What a report is computed from; the defaults give the published view. {@code includePartial}:
     * unfinished sheets count for totals and ranks too (the old behaviour), and the report says so.
     */
    public record Options(Language language, CohortSpec cohort, boolean calibrated, boolean showNames, int draws,
                          long seed, boolean includePartial) {
        /** Complete sheets only. */
        public Options(Language language, CohortSpec cohort, boolean calibrated, boolean showNames, int draws, long seed) {
            this(language, cohort, calibrated, showNames, draws, seed, false);
        }

        public static Options defaults(Language language) {
            return new Options(language, CohortSpec.ROUND, false, false, 1000, 1);
        }
    }

    private final Services s;

    ReportService(Services services) {
        this.s = services;
    }

    public Path clusterReport(String roundId, String clusterCode, Path out, Options o) {
        requireExtension(out, ".pdf");
        Round round = s.rounds().require(roundId);
        Cluster cluster = s.clusters().requireUnit(round.id(), clusterCode);
        PanelResults results = s.panel().results(scope(round, o));
        if (results.cluster(cluster.code()).isEmpty()) {
            throw new UserFacingException("chart.noData", cluster.code());
        }
        ScoreFileExporter.write(out, clusterPdf(round, cluster, results, o, new HashMap<>()));
        return out;
    }

    /**
     * Every feedback report of the round in one run: one PDF per unit with results in the report's
     * scope (the cohort, as {@link #clusterReport} accepts them), named by its code ({@code SAP.pdf}),
     * each written whole or not at all, into a folder that must exist and be writable.
     */
    public List<Path> feedbackReports(String roundId, Path folder, Options o) {
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new UserFacingException("report.folder", folder.toString());
        }
        Round round = s.rounds().require(roundId);
        PanelResults results = s.panel().results(scope(round, o));
        if (results.clusters().isEmpty()) {
            throw new UserFacingException("report.noData");
        }
        List<Path> written = new ArrayList<>();
        Map<String, PanelResults> earlier = new HashMap<>();
        for (ClusterFigures f : results.clusters()) {
            Cluster cluster = s.clusters().require(f.clusterCode());
            // unit codes are [A-Za-z0-9_-] (RoundRules): a code is a safe file name
            Path out = folder.resolve(cluster.code() + ".pdf");
            ScoreFileExporter.write(out, clusterPdf(round, cluster, results, o, earlier));
            written.add(out);
        }
        return written;
    }

    /** {@code earlier}: the earlier rounds' results read so far, by round id (one read per round for a whole run). */
    private byte[] clusterPdf(Round round, Cluster cluster, PanelResults results, Options o,
                              Map<String, PanelResults> earlier) {
        ReportText t = new ReportText(o.language());
        ClusterReportData data = new ClusterReportData(round, kind(round), cluster, results,
                PanelCharts.clusterRadar(round, results, cluster, o.language()),
                comments(round, cluster.code(), null, o, t), s.evidence().ofRound(round.id(), cluster.code()),
                compared(round, cluster, results, o, earlier), s.notes().of(round.id(), cluster.code()).consensus());
        return ClusterReportPdf.write(data, t);
    }

    /**
     * The unit's previous round: the newest round made before this one, on the same scale, in which
     * the unit has results (read by the report's own options, among every graded unit of that round,
     * not only its cohort); compared axis by axis when the axes are the same, else by totals. Null
     * when there is none.
     */
    private ComparedRound compared(Round round, Cluster cluster, PanelResults results, Options o,
                                   Map<String, PanelResults> earlier) {
        ClusterFigures now = results.cluster(cluster.code()).orElse(null);
        if (now == null) {
            return null;
        }
        for (Round before : s.comparisons().earlierComparable(round)) {
            PanelResults r = earlier.computeIfAbsent(before.id(), id -> s.panel().results(
                    new PanelService.Scope(id, o.cohort(), false, o.calibrated(), o.includePartial())));
            ClusterFigures then = r.cluster(cluster.code()).orElse(null);
            if (then == null) {
                continue;
            }
            if (RoundComparison.basis(before, round) != RoundComparison.Basis.PER_AXIS) {
                return new ComparedRound(before, RoundComparison.of(cluster.code(), List.of(), Map.of(), then.total(),
                        Map.of(), now.total()), null);
            }
            RoundComparison c = RoundComparison.of(cluster.code(), round.axes(), then.axes(), then.total(), now.axes(),
                    now.total());
            return new ComparedRound(before, c, RadarCharts.markedPartial(
                    RadarCharts.compared(before, round, cluster, c, o.language()), o.includePartial()));
        }
        return null;
    }

    /** The panel summary as PDF, or the results workbook when the file name ends in .xlsx. */
    public Path panelReport(String roundId, Path out, Options o) {
        boolean xlsx = hasExtension(out, ".xlsx");
        if (!xlsx) {
            requireExtension(out, ".pdf");
        }
        PanelReportData data = panelData(s.rounds().require(roundId), o);
        ReportText t = new ReportText(o.language());
        ScoreFileExporter.write(out, xlsx ? PanelWorkbook.write(data, t) : PanelReportPdf.write(data, t));
        return out;
    }

    PanelReportData panelData(Round round, Options o) {
        PanelResults results = s.panel().results(scope(round, o));
        if (results.clusters().isEmpty()) {
            throw new UserFacingException("report.noData");
        }
        List<Cluster> all = s.clusters().ofRound(round.id());
        List<Cluster> ranked = results.clusters().stream()
                .map(f -> all.stream().filter(c -> c.code().equals(f.clusterCode())).findFirst().orElseThrow()).toList();
        SensitivityReport sensitivity = s.panel().sensitivity(scope(round, o), o.draws(), o.seed());
        ReportText t = new ReportText(o.language());
        Map<CommonIssue, List<CommentLine>> issues = new EnumMap<>(CommonIssue.class);
        for (CommonIssue issue : CommonIssue.values()) {
            issues.put(issue, comments(round, null, issue.tag(), o, t));
        }
        List<WeightChange> history = s.weights().history(round.id());
        WeightChange last = history.isEmpty() ? null : history.get(history.size() - 1);
        WeightsOrigin origin = last == null ? null
                : new WeightsOrigin(last.source(), last.consistencyRatio(), last.setBy(), last.setAt(), last.signerId());
        return new PanelReportData(round, all, results, Weights.current(round), origin,
                PanelCharts.ranking(results, all, o.language(), PanelCharts.Sort.RANK),
                PanelCharts.grid(round, results, ranked, o.language()), sensitivity, issues,
                comments(round, null, null, o, t), extras(round, o));
    }

    private PanelExtras extras(Round round, Options o) {
        List<PanelExtras.CalibrationLine> calibration = s.panel().calibrationComparison(scope(round, o)).stream()
                .map(r -> new PanelExtras.CalibrationLine(r.clusterCode(), r.rawTotal(), r.rawRank(), r.calibratedTotal(),
                        r.calibratedRank())).toList();
        PersonLabels people = PersonLabels.of(s.evaluators().all());
        List<PanelExtras.CoiLine> conflicts = s.coi().list(round.id()).stream()
                .sorted(java.util.Comparator.comparing(ConflictOfInterest::clusterCode))
                .map(c -> new PanelExtras.CoiLine(c.clusterCode(), o.showNames() ? people.label(c.evaluatorId()) : null,
                        c.included(), c.includeReason())).toList();
        return new PanelExtras(calibration, conflicts, s.allocation().keptSettings(round.id()).map(k -> allocation(round, o, k))
                .orElse(null));
    }

    /** The allocation by the kept settings, with this report's grades (raw or calibrated, unfinished sheets or not). */
    private PanelExtras.AllocationPart allocation(Round round, Options o, AllocationService.KeptSettings kept) {
        PanelService.Scope scope = new PanelService.Scope(round.id(), kept.cohort(), true, o.calibrated(), o.includePartial());
        try {
            return new PanelExtras.AllocationPart(s.allocation().allocate(scope, kept.request()), kept.cohort().text(),
                    kept.savedAt(), kept.savedBy(), null);
        } catch (UserFacingException e) {
            return new PanelExtras.AllocationPart(null, kept.cohort().text(), kept.savedAt(), kept.savedBy(),
                    e.message(o.language().locale()));
        }
    }

    private RoundKind kind(Round round) {
        return s.roundSetup().list().stream().filter(r -> r.id().equals(round.id())).map(RoundSummary::kind)
                .findFirst().orElse(RoundKind.OTHER);
    }

    private List<CommentLine> comments(Round round, String cluster, String tag, Options o, ReportText t) {
        List<CommentLine> lines = new ArrayList<>();
        for (CommentService.CompiledComment c : s.comments().compiled(round.id(), cluster, tag, o.showNames())) {
            String item = c.itemId().isEmpty() ? t.get("report.overall")
                    : c.itemId() + " " + round.items().find(c.itemId()).map(i -> i.name().in(o.language())).orElse("");
            String author = o.showNames() ? c.author() : t.get("report.evaluator", c.authorNumber());
            // a tag outside the common issues (none today) keeps its own spelling
            List<String> tags = c.tags().stream().sorted()
                    .map(g -> CommonIssue.of(g).map(i -> i.label().in(o.language())).orElse(g)).toList();
            lines.add(new CommentLine(c.clusterCode(), item, t.get("report.field." + c.field()), author, c.text(), tags));
        }
        return lines;
    }

    private static PanelService.Scope scope(Round round, Options o) {
        return new PanelService.Scope(round.id(), o.cohort(), true, o.calibrated(), o.includePartial());
    }

    private static boolean hasExtension(Path out, String ext) {
        return out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext);
    }

    private static void requireExtension(Path out, String ext) {
        if (!hasExtension(out, ext)) {
            throw new UserFacingException("report.format", out.toString(), ext.equals(".pdf") ? ".pdf (or .xlsx for the panel)" : ext);
        }
    }
}
