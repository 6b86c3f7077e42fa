package jp.clustereval.report;

import java.util.ArrayList;
import java.util.List;

import jp.clustereval.AppInfo;
import jp.clustereval.chart.RadarChartFactory;
import jp.clustereval.domain.Achievements;
import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Language;
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
            pdf.heading(t.get(titleKey(d.kind()), d.cluster().name().in(lang), d.round().name().in(lang)), 16);
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
