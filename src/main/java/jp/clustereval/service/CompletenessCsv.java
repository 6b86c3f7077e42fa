package jp.clustereval.service;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.clustereval.common.AtomicFiles;
import jp.clustereval.common.SpreadsheetCsv;
import jp.clustereval.domain.Evaluator;

/**
 * The completeness matrix as CSV, the one writer of it (the desktop's export and {@code status
 * --out}): evaluator, name, one column per unit of the round (graded / partial / missing / conflict /
 * excluded; blank where the unit is not assigned to the evaluator), then the counts; the same columns and cells as {@code status --format csv}. UTF-8 with
 * BOM for Excel; formula cells neutralised as every CSV of the application ({@link SpreadsheetCsv}).
 */
public final class CompletenessCsv {

    private CompletenessCsv() {
    }

    /** The CSV text, BOM first. */
    public static String text(Completeness m) {
        List<String> header = new ArrayList<>(List.of("evaluator", "name"));
        header.addAll(m.clusters());
        for (Completeness.State s : Completeness.State.values()) {
            header.add(s.name().toLowerCase(Locale.ROOT));
        }
        StringWriter out = new StringWriter();
        SpreadsheetCsv csv = new SpreadsheetCsv(out, "\n").row(header);
        for (Evaluator e : m.evaluators()) {
            List<Object> row = new ArrayList<>(List.of(e.id(), e.name()));
            for (String code : m.clusters()) {
                Completeness.Cell cell = m.cell(e.id(), code);
                row.add(cell == null ? "" : cell.state().name().toLowerCase(Locale.ROOT));
            }
            row.addAll(m.counts(e.id()).values());
            csv.row(row);
        }
        csv.flush();
        return "\uFEFF" + out;
    }

    /** Written whole or not at all ({@link AtomicFiles}): a failed export leaves no partial file. */
    public static void write(Completeness m, Path file) {
        try {
            AtomicFiles.write(file, text(m).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw AtomicFiles.failure(file, e);
        }
    }
}
