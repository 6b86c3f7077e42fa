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

    /** The largest integer a spreadsheet's number (an IEEE double) holds exactly: 2^53. */
    private static final long EXACT_IN_A_DOUBLE = 1L << 53;

    /** The widest a column is made (in characters): a long comment wraps in the cell instead. */
    static final int MAX_WIDTH = 80;

    private PanelWorkbook() {
    }

    public static byte[] write(PanelReportData d, ReportText t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "ClusterEval", "1.0");
            results(wb.newWorksheet(t.get("report.xlsx.results")), d, t);
            weights(wb.newWorksheet(t.get("report.xlsx.weights")), d, t);
            sensitivity(wb.newWorksheet(t.get("report.xlsx.sensitivity")), d, t);
            comments(wb.newWorksheet(t.get("report.xlsx.comments")), d, t);
            notes(wb.newWorksheet(t.get("report.xlsx.notes")), d, t);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void results(Worksheet sheet, PanelReportData d, ReportText t) {
        Language lang = t.language();
        PanelResults r = d.results();
        List<Object> header = new ArrayList<>(headers(t, "report.xlsx.col.code", "report.xlsx.col.name",
                "report.xlsx.col.evaluators"));
        header.addAll(r.axisCodes());
        header.addAll(headers(t, "report.xlsx.col.total", "report.xlsx.col.rank", "report.xlsx.col.min",
                "report.xlsx.col.max", "report.xlsx.col.sd", "report.xlsx.col.scores", "report.xlsx.col.partial"));
        if (r.includePartial()) {
            header.add(t.get("report.xlsx.col.sheets"));
        }
        String basis = t.get(r.calibrated() ? "report.xlsx.basis.calibrated" : "report.xlsx.basis.raw");
        String partialIncluded = t.get("report.xlsx.partialIncluded");
        Rows rows = new Rows(sheet);
        rows.add(header);
        for (ClusterFigures f : r.clusters()) {
            List<Object> cells = new ArrayList<>(List.of(f.clusterCode(), d.cluster(f.clusterCode()).name().in(lang), f.evaluators()));
            for (String axis : r.axisCodes()) {
                Score s = f.axes().get(axis);
                cells.add(s == null ? null : s.value());
            }
            cells.addAll(java.util.Arrays.asList(f.total(), f.rank() == 0 ? null : f.rank(), f.min(), f.max(), f.sd(),
                    basis, f.partial()));
            if (r.includePartial()) {
                cells.add(partialIncluded);
            }
            rows.add(cells);
        }
        List<Object> cohort = new ArrayList<>(List.of(t.get("report.xlsx.cohort"), "", r.cohortAverage().evaluators()));
        for (String axis : r.axisCodes()) {
            Score s = r.cohortAverage().axes().get(axis);
            cohort.add(s == null ? null : s.value());
        }
        cohort.addAll(java.util.Arrays.asList(r.cohortAverage().total() == null ? null : r.cohortAverage().total().value(),
                null, null, null, null, basis, null));
        if (r.includePartial()) {
            cohort.add(partialIncluded);
        }
        rows.add(cohort);
        rows.fitWidths();
    }

    private static void weights(Worksheet sheet, PanelReportData d, ReportText t) {
        Language lang = t.language();
        Rows rows = new Rows(sheet);
        rows.add(headers(t, "report.xlsx.col.kind", "report.xlsx.col.code", "report.xlsx.col.name",
                "report.xlsx.col.axis", "report.xlsx.col.weight_pct"));
        String axis = t.get("report.xlsx.kind.axis");
        String item = t.get("report.xlsx.kind.item");
        for (Axis a : d.round().axes()) {
            rows.add(List.of(axis, a.code(), a.name().in(lang), a.code(), d.weights().axis(a.code()) * 100));
        }
        for (var i : Weights.weightedItems(d.round())) {
            rows.add(List.of(item, i.id(), i.name().in(lang), i.axisCode(), d.weights().items().get(i.id()) * 100));
        }
        rows.fitWidths();
    }

    private static void sensitivity(Worksheet sheet, PanelReportData d, ReportText t) {
        Rows rows = new Rows(sheet);
        List<Object> header = new ArrayList<>(headers(t, "report.xlsx.col.code", "report.xlsx.col.rank",
                "report.xlsx.col.best_rank", "report.xlsx.col.worst_rank", "report.xlsx.col.loo_best",
                "report.xlsx.col.loo_worst", "report.xlsx.col.perturb_best", "report.xlsx.col.perturb_worst",
                "report.xlsx.col.draw_best", "report.xlsx.col.draw_worst", "report.xlsx.col.tier_change_pct",
                "report.xlsx.col.boot_best", "report.xlsx.col.boot_worst", "report.xlsx.col.boot_tier_change_pct",
                "report.xlsx.col.verdict", "report.xlsx.col.draws", "report.xlsx.col.seed"));
        if (d.results().includePartial()) {
            header.add(t.get("report.xlsx.col.sheets"));
        }
        rows.add(header);
        long seed = d.sensitivity().seed();
        // a number where a spreadsheet's double holds it exactly (every seed of practice); beyond 2^53, its digits as text
        Object seedCell = Math.abs(seed) <= EXACT_IN_A_DOUBLE ? (Object) seed : String.valueOf(seed);
        for (ClusterSensitivity c : d.sensitivity().clusters()) {
            List<Object> cells = new ArrayList<>(List.of(c.clusterCode(), c.rank(), c.bestRank(), c.worstRank(), c.looBest(), c.looWorst(),
                    c.perturbBest(), c.perturbWorst(), c.drawBest(), c.drawWorst(), c.tierChangeShare() * 100,
                    c.bootBest(), c.bootWorst(), c.bootTierChangeShare() * 100, t.get(c.robust() ? "report.robust" : "report.fragile"),
                    d.sensitivity().draws(), seedCell));
            if (d.results().includePartial()) {
                cells.add(t.get("report.xlsx.partialIncluded"));
            }
            rows.add(cells);
        }
        rows.fitWidths();
    }

    private static void comments(Worksheet sheet, PanelReportData d, ReportText t) {
        Rows rows = new Rows(sheet);
        rows.add(headers(t, "report.xlsx.col.cluster", "report.xlsx.col.item", "report.xlsx.col.field",
                "report.xlsx.col.author", "report.xlsx.col.tags", "report.xlsx.col.text"));
        for (CommentLine c : d.comments()) {
            rows.add(List.of(c.clusterCode(), c.itemLabel(), c.field(), c.author(), String.join(" / ", c.tags()), c.text()));
        }
        rows.fitWidths();
    }

    /**
     * What the figures' digits and basis do not say, one sentence a row in the report's language: that
     * unfinished sheets are counted (--include-partial), and where totals shown alike rank apart.
     */
    private static void notes(Worksheet sheet, PanelReportData d, ReportText t) {
        Rows rows = new Rows(sheet);
        rows.add(headers(t, "report.xlsx.col.note"));
        if (d.results().includePartial()) {
            rows.add(List.of(t.get("report.partialIncluded")));
        }
        for (TieNotes.Note n : TieNotes.of(d.results())) {
            rows.add(List.of(t.tieNote(n)));
        }
        rows.fitWidths();
    }

    /** The header cells of the columns (their bundle keys), in the report's language. */
    private static List<Object> headers(ReportText t, String... columns) {
        List<Object> cells = new ArrayList<>();
        for (String c : columns) {
            cells.add(t.get(c));
        }
        return cells;
    }

    /** Appends rows to a sheet: a blank cell for null or NaN, as a blank in the CSV. */
    private static final class Rows {

        private final Worksheet sheet;
        private final List<Integer> widths = new ArrayList<>();
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
                widen(c, v instanceof Double ? TWO_DECIMALS_WIDTH : displayWidth(v.toString()));
                if (v instanceof Double dv) {
                    sheet.value(r, c, jp.clustereval.common.Decimals.stored(dv)); // Excel and LibreOffice then show the CLI's digits
                    sheet.style(r, c).format(TWO_DECIMALS).set();
                } else if (v instanceof Integer || v instanceof Long) {
                    sheet.value(r, c, (Number) v);
                } else {
                    sheet.value(r, c, OoxmlText.encode(v.toString()));
                }
            }
        }

        private void widen(int column, int width) {
            while (widths.size() <= column) {
                widths.add(0);
            }
            widths.set(column, Math.max(widths.get(column), width));
        }

        /** Every column as wide as its widest cell (a margin of two), up to {@link #MAX_WIDTH}. */
        void fitWidths() {
            for (int c = 0; c < widths.size(); c++) {
                sheet.width(c, Math.min(MAX_WIDTH, widths.get(c) + 2));
            }
        }
    }

    /** The digits a two-decimal number shows at most in these sheets ("-1234.56"). */
    private static final int TWO_DECIMALS_WIDTH = 8;

    /**
     * How many character widths a text takes in a spreadsheet's column: two for a full-width
     * (East Asian) character, one for the rest; a line break starts a new line, the widest line counts.
     */
    static int displayWidth(String text) {
        int widest = 0;
        for (String line : text.split("\\R", -1)) {
            int w = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                w += fullWidth(cp) ? 2 : 1;
                i += Character.charCount(cp);
            }
            widest = Math.max(widest, w);
        }
        return widest;
    }

    private static boolean fullWidth(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000;
    }
}
