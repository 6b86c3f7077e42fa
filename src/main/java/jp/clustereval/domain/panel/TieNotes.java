package jp.clustereval.domain.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.clustereval.common.Decimals;

/**
 * What a table of ranked totals owes its reader where the shown digits do not tell the whole story:
 * two neighbours shown alike but ranked apart (the order comes from more digits), and equal totals
 * given amounts that differ (the whole-yen rule: amounts are cut to whole yen, the leftover yen go one
 * each to the largest fractions, equal fractions by cluster code). The one implementation: the CLI's
 * tables, the desktop's results and allocation, the PDF and the workbook word these notes each in
 * their own language.
 */
public final class TieNotes {

    /** One ranked row in the order shown: its code, unrounded total, rank (0: none) and amount (-1: none). */
    public record Row(String code, double total, int rank, long yen) {
    }

    /** Why a note is there. */
    public enum Kind {
        /** {@code shown} alike, ranked {@code rankA} and {@code rankB}: {@code moreA} and {@code moreB} tell them apart. */
        SHOWN_ALIKE,
        /** Equal totals (one rank), amounts {@code yenApart} apart by the whole-yen rule. */
        YEN_APART
    }

    /** One note about two neighbouring rows; the fields a kind does not use are empty or 0. */
    public record Note(Kind kind, String codeA, String codeB, String shown, int rankA, int rankB, String moreA,
                       String moreB, long yenApart) {

        /** The arguments of the note's sentence in every language: codes, shown, ranks, more digits; or codes, yen. */
        public Object[] args() {
            return kind == Kind.SHOWN_ALIKE ? new Object[] {codeA, codeB, shown, rankA, rankB, moreA, moreB}
                    : new Object[] {codeA, codeB, yenApart};
        }
    }

    private TieNotes() {
    }

    /** The notes of ranked rows shown with {@code decimals} places, neighbour by neighbour. */
    public static List<Note> of(List<Row> rows, int decimals) {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i + 1 < rows.size(); i++) {
            Row a = rows.get(i);
            Row b = rows.get(i + 1);
            if (a.rank() == 0 || b.rank() == 0 || Double.isNaN(a.total()) || Double.isNaN(b.total())) {
                continue;
            }
            String shownA = shown(a.total(), decimals);
            if (shownA.equals(shown(b.total(), decimals)) && a.rank() != b.rank()) {
                int more = decimals + 1;
                while (more < Decimals.EXACT_PLACES && shown(a.total(), more).equals(shown(b.total(), more))) {
                    more++;
                }
                notes.add(new Note(Kind.SHOWN_ALIKE, a.code(), b.code(), shownA, a.rank(), b.rank(),
                        shown(a.total(), more), shown(b.total(), more), 0));
            }
            if (a.rank() == b.rank() && a.yen() >= 0 && b.yen() >= 0 && a.yen() != b.yen()) {
                notes.add(new Note(Kind.YEN_APART, a.code(), b.code(), "", a.rank(), b.rank(), "", "",
                        Math.abs(a.yen() - b.yen())));
            }
        }
        return notes;
    }

    /** The notes of the panel's results, shown with two decimals (no amounts). */
    public static List<Note> of(PanelResults results) {
        return of(results.clusters().stream().map(f -> new Row(f.clusterCode(), f.total(), f.rank(), -1)).toList(), 2);
    }

    private static String shown(double total, int decimals) {
        return Decimals.format(Locale.ROOT, "%." + decimals + "f", total);
    }
}
