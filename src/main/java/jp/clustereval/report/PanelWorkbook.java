package jp.clustereval.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.Score;
import jp.clustereval.domain.panel.ClusterFigures;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.domain.sensitivity.ClusterSensitivity;
import jp.clustereval.domain.weights.Weights;

/**
 * The results as an Excel workbook, one sheet per view: results (the columns of the CLI's
 * {@code results} plus names, spread and the basis), weights, sensitivity, comments. Numbers are
 * numeric cells at full precision, shown with two decimals.
 */
public final class PanelWorkbook {

    static {
        QuietLogging.ensure();
    }

    private PanelWorkbook() {
    }

    public static byte[] write(PanelReportData d, ReportText t) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle twoDecimals = wb.createCellStyle();
            twoDecimals.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            results(wb.createSheet("results"), d, t.language(), twoDecimals);
            weights(wb.createSheet("weights"), d, t.language(), twoDecimals);
            sensitivity(wb.createSheet("sensitivity"), d, twoDecimals);
            comments(wb.createSheet("comments"), d);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void results(Sheet sheet, PanelReportData d, Language lang, CellStyle decimals) {
        PanelResults r = d.results();
        List<Object> header = new ArrayList<>(List.of("code", "name", "evaluators"));
        header.addAll(r.axisCodes());
        header.addAll(List.of("total", "rank", "min", "max", "sd", "scores"));
        row(sheet, header, decimals);
        for (ClusterFigures f : r.clusters()) {
            List<Object> cells = new ArrayList<>(List.of(f.clusterCode(), d.cluster(f.clusterCode()).name().in(lang), f.evaluators()));
            for (String axis : r.axisCodes()) {
                Score s = f.axes().get(axis);
                cells.add(s == null ? null : s.value());
            }
            cells.addAll(java.util.Arrays.asList(f.total(), f.rank(), f.min(), f.max(), f.sd(), r.basis()));
            row(sheet, cells, decimals);
        }
        List<Object> cohort = new ArrayList<>(List.of("COHORT", "", r.cohortAverage().evaluators()));
        for (String axis : r.axisCodes()) {
            Score s = r.cohortAverage().axes().get(axis);
            cohort.add(s == null ? null : s.value());
        }
        cohort.addAll(java.util.Arrays.asList(r.cohortAverage().total() == null ? null : r.cohortAverage().total().value(),
                null, null, null, null, r.basis()));
        row(sheet, cohort, decimals);
    }

    private static void weights(Sheet sheet, PanelReportData d, Language lang, CellStyle decimals) {
        row(sheet, List.of("kind", "code", "name", "axis", "weight_pct"), decimals);
        for (Axis a : d.round().axes()) {
            row(sheet, List.of("axis", a.code(), a.name().in(lang), a.code(), d.weights().axis(a.code()) * 100), decimals);
        }
        for (var i : Weights.weightedItems(d.round())) {
            row(sheet, List.of("item", i.id(), i.name().in(lang), i.axisCode(), d.weights().items().get(i.id()) * 100), decimals);
        }
    }

    private static void sensitivity(Sheet sheet, PanelReportData d, CellStyle decimals) {
        row(sheet, List.of("code", "rank", "best_rank", "worst_rank", "loo_best", "loo_worst", "perturb_best",
                "perturb_worst", "draw_best", "draw_worst", "tier_change_pct", "verdict", "draws", "seed"), decimals);
        for (ClusterSensitivity c : d.sensitivity().clusters()) {
            row(sheet, List.of(c.clusterCode(), c.rank(), c.bestRank(), c.worstRank(), c.looBest(), c.looWorst(),
                    c.perturbBest(), c.perturbWorst(), c.drawBest(), c.drawWorst(), c.tierChangeShare() * 100,
                    c.robust() ? "robust" : "fragile", d.sensitivity().draws(), String.valueOf(d.sensitivity().seed())), decimals);
        }
    }

    private static void comments(Sheet sheet, PanelReportData d) {
        row(sheet, List.of("cluster", "item", "field", "author", "text"), null);
        for (CommentLine c : d.comments()) {
            row(sheet, List.of(c.clusterCode(), c.itemLabel(), c.field(), c.author(), c.text()), null);
        }
    }

    private static void row(Sheet sheet, List<Object> values, CellStyle decimals) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null || (v instanceof Double dv && dv.isNaN())) {
                continue; // a blank cell, as a blank in the CSV
            }
            var cell = row.createCell(i);
            if (v instanceof Double dv) {
                cell.setCellValue(dv);
                cell.setCellStyle(decimals);
            } else if (v instanceof Integer iv) {
                cell.setCellValue(iv);
            } else {
                cell.setCellValue(v.toString());
            }
        }
    }
}
