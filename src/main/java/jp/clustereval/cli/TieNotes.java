package jp.clustereval.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.clustereval.common.Decimals;

/**
 * The lines a table of ranked totals owes its reader where the shown digits do not tell the whole
 * story: two totals shown alike but ranked apart (the order comes from more digits), and equal totals
 * given amounts that differ (by the whole-yen rounding, one leftover yen each to the largest fractions,
 * ties by code).
 */
final class TieNotes {

    /** One ranked row: its code, unrounded total, rank (0: none) and amount (-1: none). */
    record Row(String code, double total, int rank, long yen) {
    }

    private TieNotes() {
    }

    /** The notes of a ranked table of totals shown with two decimals, one line each. */
    static void print(java.io.PrintWriter out, List<Row> rows) {
        of(rows, 2).forEach(out::println);
    }

    static List<String> of(List<Row> rows, int decimals) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i + 1 < rows.size(); i++) {
            Row a = rows.get(i);
            Row b = rows.get(i + 1);
            if (a.rank() == 0 || b.rank() == 0 || Double.isNaN(a.total()) || Double.isNaN(b.total())) {
                continue;
            }
            String shownA = Decimals.format(Locale.ROOT, "%." + decimals + "f", a.total());
            String shownB = Decimals.format(Locale.ROOT, "%." + decimals + "f", b.total());
            if (shownA.equals(shownB) && a.rank() != b.rank()) {
                int more = decimals + 1;
                while (more < Decimals.EXACT_PLACES
                        && Decimals.format(Locale.ROOT, "%." + more + "f", a.total())
                                .equals(Decimals.format(Locale.ROOT, "%." + more + "f", b.total()))) {
                    more++;
                }
                notes.add("note: " + a.code() + " and " + b.code() + " both show " + shownA + " but rank " + a.rank()
                        + " and " + b.rank() + ": the order comes from more digits ("
                        + Decimals.format(Locale.ROOT, "%." + more + "f", a.total()) + " and "
                        + Decimals.format(Locale.ROOT, "%." + more + "f", b.total()) + ").");
            }
            if (a.rank() == b.rank() && a.yen() >= 0 && b.yen() >= 0 && a.yen() != b.yen()) {
                notes.add("note: " + a.code() + " and " + b.code() + " have equal totals but amounts "
                        + String.format(Locale.ROOT, "%,d", Math.abs(a.yen() - b.yen()))
                        + " yen apart: amounts are cut to whole yen and the leftover yen of the pool go one each"
                        + " to the largest fractions, equal fractions by cluster code.");
            }
        }
        return notes;
    }
}
