package jp.clustereval.common;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of the application (RFC 4180 quoting), made for files that people open in a
 * spreadsheet: no cell can start a formula (OWASP's CSV injection guidance), numbers stay numbers.
 *
 * <p>The rule ({@link #neutralise}): a cell that starts with a trigger, {@code = + - @}, tab, CR,
 * NUL or the full-width {@code ＝ ＋ － ＠} (a Japanese IME types those; Excel turns a full-width
 * {@code ＝} typed into a cell into a formula, and whether it does so when opening a CSV is not
 * documented), gets a leading apostrophe, unless the whole cell is a plain number ({@code -2},
 * {@code 3.5}, {@code -0.25}, {@code -1.5E-3}). A spreadsheet takes such a cell for text, not for
 * a formula. So that the rule can be undone exactly, a cell that already starts with one or more
 * apostrophes followed by a trigger gets one more: {@link #restore} removes one apostrophe from a
 * cell that starts with apostrophes followed by a trigger, and from no other cell.
 */
public final class SpreadsheetCsv implements Flushable {

    private static final String TRIGGERS = "=+-@\t\r\0＝＋－＠";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private final CSVPrinter printer;

    /** Rows to {@code out}, each ended by {@code recordSeparator} ("\n", or "\r\n" for files meant for Excel). */
    public SpreadsheetCsv(Appendable out, String recordSeparator) {
        try {
            printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator(recordSeparator).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row; a null cell is empty, any other is written as its text, neutralised. */
    public SpreadsheetCsv row(List<?> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            out.add(cell == null ? "" : neutralise(cell.toString()));
        }
        try {
            printer.printRecord(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as written: an apostrophe before a formula trigger (see the class comment). */
    public static String neutralise(String cell) {
        if (startsWithTriggerAfterApostrophes(cell) && !PLAIN_NUMBER.matcher(cell).matches()) {
            return "'" + cell;
        }
        return cell;
    }

    /** The text a neutralised cell stood for: the exact inverse of {@link #neutralise}. */
    public static String restore(String cell) {
        if (cell.startsWith("'") && startsWithTriggerAfterApostrophes(cell)) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean startsWithTriggerAfterApostrophes(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i < cell.length() && TRIGGERS.indexOf(cell.charAt(i)) >= 0;
    }
}
