package jp.clustereval.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The overview's printed pages worked out without a printer. A4 landscape is 842 x 595 points;
 * with margins of 54 points (0.75 in) on every side the printable area is 734 x 487.
 */
class PrintPaginationTest {

    private static final double WIDTH = 842 - 2 * 54;
    private static final double HEIGHT = 595 - 2 * 54;

    @Test
    void aGridNarrowerThanThePageIsNotEnlarged() {
        assertEquals(1.0, PrintPagination.scaleToFit(700, WIDTH));
        assertEquals(1.0, PrintPagination.scaleToFit(0, WIDTH));
    }

    @Test
    void aWiderGridIsScaledToThePrintableWidth() {
        assertEquals(734.0 / 1101, PrintPagination.scaleToFit(1101, WIDTH), 1e-12);
    }

    @Test
    void eighteenClustersFitOnOnePageAtFullSize() {
        // (487 - 28 - 20) / 18 = 24.4: 24 rows a page
        int perPage = PrintPagination.rowsPerPage(HEIGHT, 1, 28, 20, 18);
        assertEquals(24, perPage);
        assertEquals(List.of(new PrintPagination.Page(1, 0, 18)), PrintPagination.pages(18, perPage));
    }

    @Test
    void aScaledGridTakesMoreRowsAPageAndTheLastPageHoldsTheRest() {
        // scaled to 2/3: 487 * 1.5 = 730.5 units high; (730.5 - 48) / 18 = 37.9: 37 rows a page
        int perPage = PrintPagination.rowsPerPage(HEIGHT, 2.0 / 3, 28, 20, 18);
        assertEquals(37, perPage);
        assertEquals(List.of(new PrintPagination.Page(1, 0, 37), new PrintPagination.Page(2, 37, 74),
                new PrintPagination.Page(3, 74, 100)), PrintPagination.pages(100, perPage));
    }

    @Test
    void rowsThatFillPagesExactlyMakeNoEmptyLastPage() {
        assertEquals(List.of(new PrintPagination.Page(1, 0, 24), new PrintPagination.Page(2, 24, 48)),
                PrintPagination.pages(48, 24));
    }

    @Test
    void anEmptyGridPrintsOnePageAndATinyPageStillTakesOneRow() {
        assertEquals(List.of(new PrintPagination.Page(1, 0, 0)), PrintPagination.pages(0, 24));
        assertEquals(1, PrintPagination.rowsPerPage(40, 1, 28, 20, 18));
        assertThrows(IllegalArgumentException.class, () -> PrintPagination.pages(3, 0));
        assertThrows(IllegalArgumentException.class, () -> PrintPagination.rowsPerPage(HEIGHT, 1, 28, 20, 0));
    }
}
