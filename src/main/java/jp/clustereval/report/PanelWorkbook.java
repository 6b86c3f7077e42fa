package jp.clustereval.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.Score;
import jp.clustereval.domain.panel.ClusterFigures;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.domain.panel.TieNotes;
import jp.clustereval.domain.sensitivity.ClusterSensitivity;
import jp.clustereval.domain.weights.Weights;

/**
 * The results as an Excel workbook, one sheet per view: results (the columns of the CLI's
 * {@code results} plus names, spread and the basis), weights, sensitivity, comments. Numbers are
 * numeric cells at full precision, shown with two decimals; text cells are text (shared strings),
 * never formulas. Written with fastexcel, a small writer of exactly this (strings, numbers, number
 * formats), instead of Apache POI, whose reading, formulas and other Office formats made up about
 * 16 MB of the application's jar for these four sheets.
 */
public final class PanelWorkbook {

    /** The format of every decimal number: two places shown, the full value stored. */
    private static final String TWO_DECIMALS = "0.00";

    /** The last column {@code sheets} of every row when unfinished sheets count, as in the CLI's tables. */
    private static final String PARTIAL_INCLUDED = "partial-included";

    private PanelWorkbook() {
    }

    public static byte[] write(PanelReportData d, ReportText t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "ClusterEval", "1.0");
            results(wb.newWorksheet("results"), d, t.language());
            weights(wb.newWorksheet("weights"), d, t.language());
            sensitivity(wb.newWorksheet("sensitivity"), d);
            comments(wb.newWorksheet("comments"), d);
            notes(wb.newWorksheet("notes"), d, t);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void results(Worksheet sheet, PanelReportData d, Language lang) {
        PanelResults r = d.results();
        List<Object> header = new ArrayList<>(List.of("code", "name", "evaluators"));
        header.addAll(r.axisCodes());
        header.addAll(List.of("total", "rank", "min", "max", "sd", "scores", "partial"));
        if (r.includePartial()) {
            header.add("sheets");
        }
        Rows rows = new Rows(sheet);
        rows.add(header);
        for (ClusterFigures f : r.clusters()) {
            List<Object> cells = new ArrayList<>(List.of(f.clusterCode(), d.cluster(f.clusterCode()).name().in(lang), f.evaluators()));
            for (String axis : r.axisCodes()) {
                Score s = f.axes().get(axis);
                cells.add(s == null ? null : s.value());
            }
            cells.addAll(java.util.Arrays.asList(f.total(), f.rank() == 0 ? null : f.rank(), f.min(), f.max(), f.sd(),
                    r.basis(), f.partial()));
            if (r.includePartial()) {
                cells.add(PARTIAL_INCLUDED);
            }
            rows.add(cells);
        }
        List<Object> cohort = new ArrayList<>(List.of("COHORT", "", r.cohortAverage().evaluators()));
        for (String axis : r.axisCodes()) {
            Score s = r.cohortAverage().axes().get(axis);
            cohort.add(s == null ? null : s.value());
        }
        cohort.addAll(java.util.Arrays.asList(r.cohortAverage().total() == null ? null : r.cohortAverage().total().value(),
                null, null, null, null, r.basis(), null));
        if (r.includePartial()) {
            cohort.add(PARTIAL_INCLUDED);
        }
        rows.add(cohort);
    }

    private static void weights(Worksheet sheet, PanelReportData d, Language lang) {
        Rows rows = new Rows(sheet);
        rows.add(List.of("kind", "code", "name", "axis", "weight_pct"));
        for (Axis a : d.round().axes()) {
            rows.add(List.of("axis", a.code(), a.name().in(lang), a.code(), d.weights().axis(a.code()) * 100));
        }
        for (var i : Weights.weightedItems(d.round())) {
            rows.add(List.of("item", i.id(), i.name().in(lang), i.axisCode(), d.weights().items().get(i.id()) * 100));
        }
    }

    private static void sensitivity(Worksheet sheet, PanelReportData d) {
        Rows rows = new Rows(sheet);
        List<Object> header = new ArrayList<>(List.of("code", "rank", "best_rank", "worst_rank", "loo_best", "loo_worst", "perturb_best",
                "perturb_worst", "draw_best", "draw_worst", "tier_change_pct", "boot_best", "boot_worst", "boot_tier_change_pct",
                "verdict", "draws", "seed"));
        if (d.results().includePartial()) {
            header.add("sheets");
        }
        rows.add(header);
        for (ClusterSensitivity c : d.sensitivity().clusters()) {
            List<Object> cells = new ArrayList<>(List.of(c.clusterCode(), c.rank(), c.bestRank(), c.worstRank(), c.looBest(), c.looWorst(),
                    c.perturbBest(), c.perturbWorst(), c.drawBest(), c.drawWorst(), c.tierChangeShare() * 100,
                    c.bootBest(), c.bootWorst(), c.bootTierChangeShare() * 100, c.robust() ? "robust" : "fragile", d.sensitivity().draws(), String.valueOf(d.sensitivity().seed())));
            if (d.results().includePartial()) {
                cells.add(PARTIAL_INCLUDED);
            }
            rows.add(cells);
        }
    }

    private static void comments(Worksheet sheet, PanelReportData d) {
        Rows rows = new Rows(sheet);
        rows.add(List.of("cluster", "item", "field", "author", "text"));
        for (CommentLine c : d.comments()) {
            rows.add(List.of(c.clusterCode(), c.itemLabel(), c.field(), c.author(), c.text()));
        }
    }

    /**
     * What the figures' digits and basis do not say, one sentence a row in the report's language: that
     * unfinished sheets are counted (--include-partial), and where totals shown alike rank apart.
     */
    private static void notes(Worksheet sheet, PanelReportData d, ReportText t) {
        Rows rows = new Rows(sheet);
        rows.add(List.of("note"));
        if (d.results().includePartial()) {
            rows.add(List.of(t.get("report.partialIncluded")));
        }
        for (TieNotes.Note n : TieNotes.of(d.results())) {
            rows.add(List.of(t.tieNote(n)));
        }
    }

    /** Appends rows to a sheet: a blank cell for null or NaN, as a blank in the CSV. */
    private static final class Rows {

        private final Worksheet sheet;
        private int next;

        Rows(Worksheet sheet) {
            this.sheet = sheet;
        }

        void add(List<Object> values) {
            int r = next++;
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null || (v instanceof Double dv && dv.isNaN())) {
                    continue;
                }
                if (v instanceof Double dv) {
                    sheet.value(r, c, jp.clustereval.common.Decimals.stored(dv)); // Excel and LibreOffice then show the CLI's digits
                    sheet.style(r, c).format(TWO_DECIMALS).set();
                } else if (v instanceof Integer iv) {
                    sheet.value(r, c, iv);
                } else {
                    sheet.value(r, c, OoxmlText.encode(v.toString()));
                }
            }
        }
    }
}
