package jp.clustereval.service;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import jp.clustereval.common.AtomicFiles;
import jp.clustereval.common.SpreadsheetCsv;

/**
 * Who is missing as columns, the one definition of them ({@code missing --format ...} and the
 * desktop's export): evaluator id, name, affiliation, e-mail, state ({@code none}: nothing handed
 * in, {@code partial}), the codes of the units with nothing graded, the codes of those graded in part
 * (codes separated by a space). The file is UTF-8 with BOM for Excel, cells through {@link SpreadsheetCsv}.
 */
public final class MissingCsv {

    public static final List<String> COLUMNS = List.of("evaluator", "name", "affiliation", "email", "state",
            "missing", "partial");

    private MissingCsv() {
    }

    /** One row's cells, in the order of {@link #COLUMNS}. */
    public static List<Object> cells(MissingEvaluators.Row r) {
        return List.of(r.evaluator().id(), r.evaluator().name(), r.evaluator().affiliation(), r.email(),
                state(r.state()), String.join(" ", r.missingCodes()), String.join(" ", r.partialCodes()));
    }

    /** "none" (nothing handed in) or "partial". */
    public static String state(MissingEvaluators.State s) {
        return s == MissingEvaluators.State.NOTHING ? "none" : "partial";
    }

    /** The CSV text, BOM first. */
    public static String text(MissingEvaluators m) {
        StringWriter out = new StringWriter();
        SpreadsheetCsv csv = new SpreadsheetCsv(out, "\n").row(COLUMNS);
        for (MissingEvaluators.Row r : m.rows()) {
            csv.row(cells(r));
        }
        csv.flush();
        return "\uFEFF" + out;
    }

    /** Written whole or not at all ({@link AtomicFiles}): a failed export leaves no partial file. */
    public static void write(MissingEvaluators m, Path file) {
        try {
            AtomicFiles.write(file, text(m).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw AtomicFiles.failure(file, e);
        }
    }
}
