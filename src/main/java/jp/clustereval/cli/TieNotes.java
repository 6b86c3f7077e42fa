package jp.clustereval.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import jp.clustereval.domain.panel.TieNotes.Note;
import jp.clustereval.domain.panel.TieNotes.Row;

/**
 * Prints the notes of a ranked table ({@link jp.clustereval.domain.panel.TieNotes} finds them): two
 * totals shown alike but ranked apart, equal totals with amounts apart. One line each, in English.
 */
final class TieNotes {

    private TieNotes() {
    }

    /** The notes of a ranked table of totals shown with two decimals, one line each. */
    static void print(PrintWriter out, List<Row> rows) {
        of(rows, 2).forEach(out::println);
    }

    static List<String> of(List<Row> rows, int decimals) {
        return jp.clustereval.domain.panel.TieNotes.of(rows, decimals).stream().map(TieNotes::line).toList();
    }

    static String line(Note n) {
        return switch (n.kind()) {
            case SHOWN_ALIKE -> "note: " + n.codeA() + " and " + n.codeB() + " both show " + n.shown() + " but rank "
                    + n.rankA() + " and " + n.rankB() + ": the order comes from more digits (" + n.moreA() + " and "
                    + n.moreB() + ").";
            case YEN_APART -> "note: " + n.codeA() + " and " + n.codeB() + " have equal totals but amounts "
                    + String.format(Locale.ROOT, "%,d", n.yenApart())
                    + " yen apart: amounts are cut to whole yen and the leftover yen of the pool go one each"
                    + " to the largest fractions, equal fractions by cluster code.";
        };
    }
}
