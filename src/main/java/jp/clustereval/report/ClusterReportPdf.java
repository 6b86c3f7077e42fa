package jp.clustereval.report;

import java.util.ArrayList;
import java.util.List;

import jp.clustereval.AppInfo;
import jp.clustereval.chart.RadarChartFactory;
import jp.clustereval.domain.Achievements;
import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.RoundComparison;
import jp.clustereval.domain.RoundKind;
import jp.clustereval.domain.Score;
import jp.clustereval.domain.panel.ClusterFigures;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.domain.panel.TieNotes;

/**
 * The feedback report to one region: radar against the cohort, axis table, the panel's consensus
 * comment, comments and indications, achievements.
 */
public final class ClusterReportPdf {

    /** Points the comparison's heading and chart take: they start a page together. */
    private static final float COMPARED_HEADING_AND_CHART = 370;

    private ClusterReportPdf() {
    }

    /** The title names the kind of evaluation; another kind is named by the round's own name. */
    private static String titleKey(RoundKind kind) {
        return switch (kind) {
            case MID_TERM -> "report.cluster.title.midTerm";
            case FINAL -> "report.cluster.title.final";
            case OTHER -> "report.cluster.title.other";
        };
    }

    public static byte[] write(ClusterReportData d, ReportText t) {
        Language lang = t.language();
        PanelResults r = d.results();
        ClusterFigures f = r.cluster(d.cluster().code()).orElse(null);
        try (PdfCanvas pdf = new PdfCanvas()) {
            String title = t.get(titleKey(d.kind()), d.cluster().name().in(lang), d.round().name().in(lang));
            pdf.describe(title, lang);
            pdf.heading(title, 16);
            String other = lang == Language.JA ? d.cluster().name().en() : d.cluster().name().ja();
            pdf.paragraph(d.cluster().code() + "  " + other, 10, 0);
            pdf.paragraph(t.get("report.round", d.round().name().in(lang)) + "    "
                    + t.get("report.basis", t.get(r.calibrated() ? "report.basis.calibrated" : "report.basis.raw")), 9, 0);
            PanelReportPdf.partialMark(pdf, r, t);
            pdf.chart(RadarChartFactory.create(d.radar())::draw, 360, 310);
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(t.get("report.axis"), t.get("report.clusterAverage"), t.get("report.cohortCovered",
                    r.cohortAverage().covered(), r.cohortAverage().members().size())));
            for (Axis axis : d.round().axes()) {
                rows.add(List.of(axis.label(lang), value(f == null ? null : f.axes().get(axis.code())),
                        value(r.cohortAverage().axes().get(axis.code()))));
            }
            rows.add(List.of(t.get("report.total"), f == null ? "-" : ReportText.decimal(f.total()),
                    value(r.cohortAverage().total())));
            pdf.table(rows, new float[] {200, 120, 175}, 10);
            if (f != null) {
                pdf.paragraph((f.rank() == 0 ? t.get("report.unranked")
                        : t.get("report.rankOf", f.rank(), r.clusters().stream().filter(c -> c.rank() > 0).count())) + "    " + t.get("report.evaluators")
                        + ": " + t.evaluators(f, r.includePartial()), 10, 0);
                pdf.paragraph(t.get("report.spread", ReportText.decimal(f.min()), ReportText.decimal(f.max()),
                        ReportText.decimal(f.sd())), 10, 0);
                // the neighbours this cluster shows alike with but ranks apart from
                PanelReportPdf.tieNotes(pdf, TieNotes.of(r).stream()
                        .filter(n -> n.codeA().equals(f.clusterCode()) || n.codeB().equals(f.clusterCode())).toList(), t);
            }
            consensus(pdf, d.consensus(), t);
            if (d.compared() != null) {
                compared(pdf, d.compared(), d.round(), t);
            }
            comments(pdf, d.comments(), t);
            achievements(pdf, d.achievements(), t);
            pdf.gap(10);
            pdf.paragraph(t.get("report.generated", AppInfo.version()), 8, 0);
            pdf.footer(PdfCanvas.pageFooter(t, java.time.LocalDate.now()), 8);
            return pdf.toBytes();
        }
    }

    /** The panel's consensus comment, before the evaluators' own comments; no section when the panel wrote none. */
    private static void consensus(PdfCanvas pdf, String consensus, ReportText t) {
        if (consensus.isBlank()) {
            return;
        }
        pdf.heading(t.get("report.consensus"), 13);
        pdf.comment("", consensus, 10, 0);
        pdf.gap(6);
    }

    /**
     * The change since the unit's previous round: both rounds' radar and a table of each axis in
     * both with its change (later minus earlier), or, when the rounds have other axes, the totals alone.
     */
    private static void compared(PdfCanvas pdf, ComparedRound c, Round round, ReportText t) {
        Language lang = t.language();
        RoundComparison cmp = c.comparison();
        if (c.perAxis()) {
            pdf.ensure(COMPARED_HEADING_AND_CHART); // the heading on the page of its chart
        }
        pdf.heading(t.get("report.compare.heading", c.earlier().name().in(lang)), 13);
        if (!c.perAxis()) {
            pdf.paragraph(t.get("report.compare.totalsOnly", ReportText.decimal(cmp.earlierTotal()),
                    ReportText.decimal(cmp.laterTotal()), RoundComparison.change(cmp.totalDelta())), 10, 0);
            return;
        }
        pdf.chart(RadarChartFactory.create(c.chart())::draw, 490, 330); // wide: the labels carry their change
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.get("report.axis"), c.earlier().name().in(lang), round.name().in(lang),
                t.get("report.compare.change")));
        for (RoundComparison.AxisChange a : cmp.axes()) {
            rows.add(List.of(a.axis().label(lang), decimal(a.earlier()), decimal(a.later()), RoundComparison.change(a.delta())));
        }
        rows.add(List.of(t.get("report.total"), ReportText.decimal(cmp.earlierTotal()), ReportText.decimal(cmp.laterTotal()),
                RoundComparison.change(cmp.totalDelta())));
        pdf.table(rows, new float[] {170, 120, 120, 85}, 10);
    }

    private static String decimal(Double v) {
        return v == null ? "-" : ReportText.decimal(v);
    }

    static void comments(PdfCanvas pdf, List<CommentLine> comments, ReportText t) {
        pdf.heading(t.get("report.comments"), 13);
        if (comments.isEmpty()) {
            pdf.paragraph(t.get("report.noComments"), 10, 0);
        }
        String lastItem = null;
        for (CommentLine c : comments) {
            if (!c.itemLabel().equals(lastItem)) {
                pdf.gap(4);
                pdf.paragraph(c.itemLabel(), 10.5f, 0);
                lastItem = c.itemLabel();
            }
            pdf.comment("[" + c.field() + "] " + c.author() + ": ", c.text(), 9.5f, 12);
        }
    }

    private static void achievements(PdfCanvas pdf, List<Achievements> list, ReportText t) {
        if (list.isEmpty()) {
            return;
        }
        pdf.heading(t.get("report.achievements"), 13);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(t.get("report.metric")));
        list.forEach(a -> header.add(a.period()));
        rows.add(header);
        for (String metric : list.get(0).metrics().keySet()) {
            List<String> row = new ArrayList<>(List.of(t.metric(metric)));
            list.forEach(a -> row.add(String.format("%,d", a.metrics().getOrDefault(metric, 0L))));
            rows.add(row);
        }
        float[] widths = new float[header.size()];
        widths[0] = 220;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 275f / (widths.length - 1);
        }
        pdf.table(rows, widths, 9.5f);
    }

    private static String value(Score s) {
        return s == null ? "-" : ReportText.decimal(s.value());
    }
}
