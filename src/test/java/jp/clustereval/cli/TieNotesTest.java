package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a ranked table says where its digits do not tell the order or the amounts apart. */
class TieNotesTest {

    @Test
    void totalsShownAlikeButRankedApartAreExplainedWithTheDigitsThatDiffer() {
        List<String> notes = TieNotes.of(List.of(
                new jp.clustereval.domain.panel.TieNotes.Row("SAP", 3.2, 2, -1),
                new jp.clustereval.domain.panel.TieNotes.Row("HAM", 3.0012, 3, -1),
                new jp.clustereval.domain.panel.TieNotes.Row("KYO", 2.9988, 4, -1),
                new jp.clustereval.domain.panel.TieNotes.Row("TAK", 2.5, 5, -1)), 2);
        assertEquals(List.of("note: HAM and KYO both show 3.00 but rank 3 and 4: the order comes from more digits"
                + " (3.001 and 2.999)."), notes);
    }

    @Test
    void equalTotalsWithAmountsApartAreExplainedByTheWholeYenRule() {
        List<String> notes = TieNotes.of(List.of(
                new jp.clustereval.domain.panel.TieNotes.Row("KIT", 2.75, 3, 412_345_679),
                new jp.clustereval.domain.panel.TieNotes.Row("OSK", 2.75, 3, 412_345_678),
                new jp.clustereval.domain.panel.TieNotes.Row("TAK", 2.5, 5, 380_000_000)), 2);
        assertEquals(List.of("note: KIT and OSK have equal totals but amounts 1 yen apart: amounts are cut to whole yen"
                + " and the leftover yen of the pool go one each to the largest fractions, equal fractions by cluster code."),
                notes);
    }

    @Test
    void nothingToSayWhenTheDigitsTellItAll() {
        assertEquals(List.of(), TieNotes.of(List.of(
                new jp.clustereval.domain.panel.TieNotes.Row("A", 3.01, 1, 10), new jp.clustereval.domain.panel.TieNotes.Row("B", 3.0, 2, 9), new jp.clustereval.domain.panel.TieNotes.Row("C", 3.0, 2, 9)), 2));
    }
}
