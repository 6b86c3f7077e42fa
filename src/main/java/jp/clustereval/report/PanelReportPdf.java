package jp.clustereval.report;

import java.util.ArrayList;
import java.util.List;

import jp.clustereval.AppInfo;
import jp.clustereval.chart.RadarGrid;
import jp.clustereval.chart.RankingChartFactory;
import jp.clustereval.domain.Axis;
import jp.clustereval.domain.CommonIssue;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.allocation.AllocationRequest;
import jp.clustereval.domain.allocation.ClusterAllocation;
import jp.clustereval.domain.panel.ClusterFigures;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.domain.panel.TieNotes;
import jp.clustereval.domain.sensitivity.ClusterSensitivity;
import jp.clustereval.domain.weights.Weights;

/**
 * The panel summary: ranking chart, ranking table, small multiples, sensitivity, calibration, common
 * issues, weights used, conflicts of interest, subsidy allocation.
 */
public final class PanelReportPdf {

    private PanelReportPdf() {
    }

    public static byte[] write(PanelReportData d, ReportText t) {
        Language lang = t.language();
        PanelResults r = d.results();
        try (PdfCanvas pdf = new PdfCanvas()) {
            String title = t.get("report.panel.title", d.round().name().in(lang));
            pdf.describe(title, lang);
            pdf.heading(title, 16);
            pdf.paragraph(t.get("report.basis", t.get(r.calibrated() ? "report.basis.calibrated" : "report.basis.raw")), 9, 0);
            partialMark(pdf, r, t);
            pdf.chart(RankingChartFactory.create(d.ranking())::draw, 495, 340);
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(t.get("report.rank"), t.get("report.col.code"), t.get("report.col.name"), t.get("report.total"),
                    t.get("report.col.min"), t.get("report.col.max"), t.get("report.col.sd"), t.get("report.evaluators")));
            for (ClusterFigures f : r.clusters()) {
                // no rank: no complete sheet, or outside the cohort; unfinished sheets marked beside the count
                rows.add(List.of(f.rank() == 0 ? "-" : String.valueOf(f.rank()), f.clusterCode(),
                        d.cluster(f.clusterCode()).name().in(lang), ReportText.decimal(f.total()), ReportText.decimal(f.min()),
                        ReportText.decimal(f.max()), ReportText.decimal(f.sd()), t.evaluators(f, r.includePartial())));
            }
            pdf.table(rows, new float[] {30, 35, 205, 45, 38, 38, 48, 56}, 9);
            tieNotes(pdf, TieNotes.of(r), t);
            pdf.newPage();
            pdf.heading(t.get("report.grid"), 13);
            partialMark(pdf, r, t);
            RadarGrid grid = new RadarGrid(d.grid());
            pdf.chart(grid::draw, 495, 660);
            pdf.newPage();
            sensitivity(pdf, d, t);
            calibration(pdf, d, t);
            issues(pdf, d, t);
            weights(pdf, d, t);
            conflicts(pdf, d, t);
            allocation(pdf, d, t);
            pdf.gap(10);
            pdf.paragraph(t.get("report.generated", AppInfo.version()), 8, 0);
            pdf.footer(PdfCanvas.pageFooter(t, java.time.LocalDate.now()), 8);
            return pdf.toBytes();
        }
    }

    private static void sensitivity(PdfCanvas pdf, PanelReportData d, ReportText t) {
        pdf.heading(t.get("report.sensitivity"), 13);
        partialMark(pdf, d.results(), t);
        pdf.paragraph(t.get("report.sensitivity.note", d.sensitivity().draws(), String.valueOf(d.sensitivity().seed())), 9, 0);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.get("report.sensitivity.columns").split("\\|")));
        for (ClusterSensitivity c : d.sensitivity().clusters()) {
            rows.add(List.of(c.clusterCode(), String.valueOf(c.rank()), String.valueOf(c.bestRank()),
                    String.valueOf(c.worstRank()), range(c.looBest(), c.looWorst()), range(c.perturbBest(), c.perturbWorst()),
                    range(c.drawBest(), c.drawWorst()), jp.clustereval.common.Decimals.format(java.util.Locale.ROOT, "%.1f %%", c.tierChangeShare() * 100),
                    range(c.bootBest(), c.bootWorst()), jp.clustereval.common.Decimals.format(java.util.Locale.ROOT, "%.1f %%", c.bootTierChangeShare() * 100),
                    t.get(c.robust() ? "report.robust" : "report.fragile")));
        }
        pdf.table(rows, new float[] {50, 30, 30, 30, 52, 40, 44, 52, 52, 60, 40}, 8);
    }

    /** With unfinished sheets counted, a line saying so above every part whose figures they change. */
    static void partialMark(PdfCanvas pdf, PanelResults r, ReportText t) {
        if (r.includePartial()) {
            pdf.paragraph(t.get("report.partialIncluded"), 9.5f, 0);
        }
    }

    /** The notes under a ranked table: totals shown alike but ranked apart (the order comes from more digits). */
    static void tieNotes(PdfCanvas pdf, List<TieNotes.Note> notes, ReportText t) {
        for (TieNotes.Note n : notes) {
            pdf.paragraph(t.tieNote(n), 8.5f, 0);
        }
    }

    private static void issues(PdfCanvas pdf, PanelReportData d, ReportText t) {
        pdf.heading(t.get("report.issues"), 13);
        boolean any = false;
        for (CommonIssue issue : CommonIssue.values()) {
            List<CommentLine> lines = d.issues().getOrDefault(issue, List.of());
            if (lines.isEmpty()) {
                continue;
            }
            any = true;
            pdf.paragraph(issue.label().in(t.language()) + " (" + lines.size() + ")", 10.5f, 0);
            for (CommentLine c : lines) {
                pdf.comment(c.clusterCode() + " " + c.itemLabel() + ": ", c.text(), 9, 12);
            }
        }
        if (!any) {
            pdf.paragraph(t.get("report.issues.none"), 10, 0);
        }
    }

    private static void weights(PdfCanvas pdf, PanelReportData d, ReportText t) {
        pdf.heading(t.get("report.weights"), 13);
        pdf.paragraph(origin(d.weightsOrigin(), t), 9, 0);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.get("report.axis"), t.get("report.item"), t.get("report.weight")));
        for (Axis axis : d.round().axes()) {
            rows.add(List.of(axis.label(t.language()), "", pct(d.weights().axis(axis.code()))));
            Weights.weightedItems(d.round()).stream().filter(i -> axis.code().equals(i.axisCode())).forEach(i ->
                    rows.add(List.of("", i.id() + " " + i.name().in(t.language()), pct(d.weights().items().get(i.id())))));
        }
        pdf.table(rows, new float[] {140, 295, 60}, 9);
    }

    /** How the weights were set: by whom, when, and how (typed in, AHP with its CR, a signed file and its signer). */
    static String origin(WeightsOrigin o, ReportText t) {
        if (o == null) {
            return t.get("report.weights.origin.none");
        }
        String day = o.setAt() == null ? "-" : o.setAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate().toString();
        String who = o.setBy() == null ? "-" : o.setBy();
        return switch (o.source()) {
            case "ahp" -> t.get("report.weights.origin.ahp", who, day, o.consistencyRatio() == null ? "-"
                    : jp.clustereval.common.Decimals.format(java.util.Locale.ROOT, "%.3f", o.consistencyRatio()));
            case "file" -> o.consistencyRatio() == null
                    ? t.get("report.weights.origin.file", who, day, o.signer() == null ? "-" : o.signer())
                    : t.get("report.weights.origin.fileCr", who, day, o.signer() == null ? "-" : o.signer(),
                            jp.clustereval.common.Decimals.format(java.util.Locale.ROOT, "%.3f", o.consistencyRatio()));
            default -> t.get("report.weights.origin.direct", who, day);
        };
    }

    /** Raw and calibrated totals and ranks side by side, whichever of the two this report's figures use. */
    private static void calibration(PdfCanvas pdf, PanelReportData d, ReportText t) {
        pdf.gap(8);
        pdf.heading(t.get("report.calibration"), 13);
        pdf.paragraph(t.get("report.calibration.note",
                t.get(d.results().calibrated() ? "report.basis.calibrated" : "report.basis.raw")), 9, 0);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.get("report.calibration.columns").split("\\|")));
        for (PanelExtras.CalibrationLine c : d.extras().calibration()) {
            rows.add(List.of(c.clusterCode(), d.cluster(c.clusterCode()).name().in(t.language()), ReportText.decimal(c.rawTotal()),
                    rank(c.rawRank()), ReportText.decimal(c.calibratedTotal()), rank(c.calibratedRank())));
        }
        pdf.table(rows, new float[] {40, 215, 60, 60, 60, 60}, 9);
    }

    /** Every declared conflict of interest and what the chair decided: left out, or counted with a reason. */
    private static void conflicts(PdfCanvas pdf, PanelReportData d, ReportText t) {
        pdf.gap(8);
        pdf.heading(t.get("report.coi"), 13);
        List<PanelExtras.CoiLine> lines = d.extras().conflicts();
        if (lines.isEmpty()) {
            pdf.paragraph(t.get("report.coi.none"), 9, 0);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.get("report.coi.columns").split("\\|")));
        for (PanelExtras.CoiLine c : lines) {
            rows.add(List.of(c.clusterCode(), d.cluster(c.clusterCode()).name().in(t.language()),
                    c.evaluator() == null ? t.get("report.coi.hidden") : c.evaluator(),
                    c.included() ? t.get("report.coi.included", c.reason() == null ? "-" : c.reason()) : t.get("report.coi.excluded")));
        }
        pdf.table(rows, new float[] {40, 175, 110, 170}, 9);
    }

    /** The subsidy allocation by the round's kept settings, the settings first. */
    private static void allocation(PdfCanvas pdf, PanelReportData d, ReportText t) {
        pdf.gap(8);
        pdf.heading(t.get("report.allocation"), 13);
        PanelExtras.AllocationPart part = d.extras().allocation();
        if (part == null) {
            pdf.paragraph(t.get("report.allocation.none"), 9, 0);
            return;
        }
        String day = part.savedAt() == null ? "-" : part.savedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate().toString();
        if (part.allocation() == null) {
            pdf.paragraph(t.get("report.allocation.refused", part.refusal()), 9, 0);
            return;
        }
        AllocationRequest q = part.allocation().request();
        pdf.paragraph(t.get("report.allocation.settings", t.yen(q.poolYen()), t.get("report.allocation.rule." + q.rule().tag()),
                t.yen(q.floorYen()), q.hasCap() ? t.yen(q.capYen()) : t.get("report.allocation.noCap"), t.yen(q.baselineYen()),
                jp.clustereval.common.Decimals.format(java.util.Locale.ROOT, "%.0f %%", q.tierStep() * 100),
                "round".equals(part.cohort()) ? t.get("report.allocation.cohort.round") : part.cohort(),
                part.savedBy() == null ? "-" : part.savedBy(), day), 9, 0);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.get("report.allocation.columns").split("\\|")));
        for (ClusterAllocation a : part.allocation().clusters()) {
            rows.add(List.of(rank(a.rank()), a.clusterCode(), d.cluster(a.clusterCode()).name().in(t.language()),
                    t.get("report.allocation.tier." + a.tier().name().toLowerCase(java.util.Locale.ROOT)), t.yen(a.baselineYen()),
                    t.yen(a.allocationYen()), jp.clustereval.common.Decimals.format(java.util.Locale.ROOT, "%+.1f %%", a.changePct())));
        }
        pdf.table(rows, new float[] {25, 33, 175, 42, 80, 85, 50}, 8.5f);
        pdf.paragraph(part.allocation().addsUp()
                ? t.get("report.allocation.sum", t.yen(part.allocation().sumYen()))
                : t.get("report.allocation.sum.bad", t.yen(part.allocation().sumYen()), t.yen(q.poolYen())), 9, 0);
    }

    private static String rank(int rank) {
        return rank == 0 ? "-" : String.valueOf(rank);
    }

    private static String range(int best, int worst) {
        return best == 0 ? "-" : best == worst ? String.valueOf(best) : best + "-" + worst;
    }

    private static String pct(Double share) {
        return share == null ? "-" : jp.clustereval.common.Decimals.format(java.util.Locale.ROOT, "%.1f %%", share * 100);
    }
}
