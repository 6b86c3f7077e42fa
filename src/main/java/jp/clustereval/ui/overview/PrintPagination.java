package jp.clustereval.ui.overview;

import java.util.ArrayList;
import java.util.List;

/**
 * How the overview's grid is cut into printed pages (no printer needed to work it out): the grid
 * is scaled down to the page's printable width when it is wider, and every page repeats the page
 * header (who, which round, page n of m) and the grid's header row above as many rows as fit.
 */
final class PrintPagination {

    /** One printed page: its number (from 1) and the rows it holds, {@code from} inclusive, {@code to} exclusive. */
    record Page(int number, int from, int to) {
    }

    private PrintPagination() {
    }

    /** The scale that fits the grid's width onto the page; 1 when it fits as it is (never enlarged). */
    static double scaleToFit(double gridWidth, double printableWidth) {
        if (gridWidth <= 0 || printableWidth <= 0) {
            return 1;
        }
        return Math.min(1, printableWidth / gridWidth);
    }

    /**
     * Rows that fit on a page: the printable height in the grid's own units (divided by the scale),
     * less the page header and the grid's header row; at least one, so that every row is printed.
     */
    static int rowsPerPage(double printableHeight, double scale, double pageHeaderHeight, double gridHeaderHeight,
                           double rowHeight) {
        if (rowHeight <= 0 || scale <= 0) {
            throw new IllegalArgumentException("row height " + rowHeight + ", scale " + scale);
        }
        double free = printableHeight / scale - pageHeaderHeight - gridHeaderHeight;
        return Math.max(1, (int) Math.floor(free / rowHeight + 1e-9));
    }

    /** The pages of a grid of so many rows; one (empty) page when there is none. */
    static List<Page> pages(int rows, int rowsPerPage) {
        if (rowsPerPage < 1) {
            throw new IllegalArgumentException("rows per page " + rowsPerPage);
        }
        List<Page> pages = new ArrayList<>();
        int from = 0;
        do {
            int to = Math.min(rows, from + rowsPerPage);
            pages.add(new Page(pages.size() + 1, from, to));
            from = to;
        } while (from < rows);
        return List.copyOf(pages);
    }
}
