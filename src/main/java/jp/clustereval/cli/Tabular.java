package jp.clustereval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import jp.clustereval.common.SafeText;
import jp.clustereval.common.SpreadsheetCsv;

/**
 * Rows with named columns, printed as a table, CSV (header line first, RFC 4180 quoting) or JSON
 * (an array of objects keyed by the column names; null for a blank cell, numbers stay numbers).
 * Cells may hold untrusted text: the table shows every cell on one line with control characters
 * escaped ({@link SafeText#line}), the CSV neutralises formula cells ({@link SpreadsheetCsv}) and
 * keeps the text otherwise, JSON is data (Jackson escapes what JSON must).
 * Values are Strings, Numbers or null; numbers that need a fixed number of decimals arrive as Strings
 * for the table and CSV and as Numbers for JSON via {@link Decimal}.
 */
final class Tabular {

    /** A number shown with fixed decimals in text outputs and as a number in JSON. */
    record Decimal(double value, int decimals) {
        @Override
        public String toString() {
            return jp.clustereval.common.Decimals.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
        }
    }

    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    Tabular(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** This table with one more last column holding the same value on every row. */
    Tabular withConstantColumn(String name, Object value) {
        List<String> wider = new ArrayList<>(columns);
        wider.add(name);
        Tabular t = new Tabular(wider);
        for (List<Object> row : rows) {
            List<Object> longer = new ArrayList<>(row);
            longer.add(value);
            t.add(longer);
        }
        return t;
    }

    void add(List<Object> row) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException("Row has " + row.size() + " cells for " + columns.size() + " columns");
        }
        rows.add(new ArrayList<>(row));
    }

    void print(PrintWriter out, OutputFormat format) {
        switch (format) {
            case TABLE -> printTable(out);
            case CSV -> printCsv(out);
            case JSON -> printJson(out);
        }
        out.flush();
    }

    private void printTable(PrintWriter out) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = DisplayWidth.of(shown(columns.get(i)));
            for (List<Object> row : rows) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(shown(row.get(i))));
            }
        }
        printTableRow(out, new ArrayList<>(columns), widths);
        for (List<Object> row : rows) {
            printTableRow(out, row, widths);
        }
    }

    private static void printTableRow(PrintWriter out, List<Object> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            String cell = shown(row.get(i));
            boolean numeric = row.get(i) instanceof Number || row.get(i) instanceof Decimal;
            String pad = " ".repeat(widths[i] - DisplayWidth.of(cell));
            line.append(numeric ? pad + cell : cell + pad);
            if (i < row.size() - 1) {
                line.append("  ");
            }
        }
        out.println(line.toString().stripTrailing());
    }

    private void printCsv(PrintWriter out) {
        SpreadsheetCsv csv = new SpreadsheetCsv(out, "\n").row(columns);
        for (List<Object> row : rows) {
            csv.row(row);
        }
        csv.flush();
    }

    private void printJson(PrintWriter out) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> o = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                Object v = row.get(i);
                o.put(columns.get(i), v instanceof Decimal d ? roundedNumber(d) : v);
            }
            objects.add(o);
        }
        try {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            mapper.writeValue(out, objects);
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.math.BigDecimal roundedNumber(Decimal d) {
        return new java.math.BigDecimal(d.toString());
    }

    /** A cell as the table shows it: on one line, nothing a terminal would act on. */
    private static String shown(Object o) {
        return o == null ? "" : SafeText.line(o.toString());
    }
}
