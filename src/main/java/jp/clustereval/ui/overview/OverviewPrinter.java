package jp.clustereval.ui.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.UiFonts;

/**
 * Prints the overview with JavaFX printing on A4 landscape: every page has the evaluator and the
 * round, "page n of m" and the grid's header row; the grid is scaled to the page's width when wider
 * ({@link PrintPagination}). Text is set in the bundled Japanese font. The system's print dialog
 * and the making of the pages are the FX thread's (JavaFX requires it); the pages are sent to the
 * printer on a thread of their own, so the window stays responsive while the printer takes them.
 */
final class OverviewPrinter {

    private static final double ROW_HEIGHT = 18;
    private static final double PAGE_HEADER_HEIGHT = 28;
    private static final double GRID_HEADER_HEIGHT = 20;
    private static final String FONT = "-fx-font-family: '" + UiFonts.FAMILY + "'; -fx-font-size: 10px;";

    private OverviewPrinter() {
    }

    /**
     * Asks which printer (the system's dialog) and prints; {@code done} gets the number of pages sent,
     * {@code failed} a failure (no printer, the printer refused), both on the FX thread.
     */
    static void print(OverviewViewModel vm, Window owner, Consumer<Integer> done, Consumer<Throwable> failed) {
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            failed.accept(new UserFacingException("overview.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.LANDSCAPE,
                Printer.MarginType.DEFAULT);
        job.getJobSettings().setPageLayout(layout);
        List<Node> pages = pages(vm, layout.getPrintableWidth(), layout.getPrintableHeight());
        Thread sending = new Thread(() -> {
            try {
                for (Node page : pages) {
                    if (!job.printPage(layout, page)) {
                        throw new UserFacingException("overview.printFailed", String.valueOf(job.getJobStatus()));
                    }
                }
                if (!job.endJob()) {
                    throw new UserFacingException("overview.printFailed", String.valueOf(job.getJobStatus()));
                }
                Platform.runLater(() -> done.accept(pages.size()));
            } catch (RuntimeException e) {
                job.cancelJob();
                Platform.runLater(() -> failed.accept(e));
            }
        }, "cluster-eval-print");
        sending.setDaemon(true);
        sending.start();
    }

    /** The printed pages, laid out for the printable area (points); each in a scene of its own, never shown. */
    static List<Node> pages(OverviewViewModel vm, double printableWidth, double printableHeight) {
        UiFonts.load(); // the family the pages name (loaded once; the desktop has it by now)
        List<OverviewColumn> columns = vm.columns();
        List<OverviewLine> lines = List.copyOf(vm.lines());
        // measured with every row: a page's widest cell may be any cluster's name
        double gridWidth = measure(grid(vm, columns, lines)).getWidth();
        double scale = PrintPagination.scaleToFit(gridWidth, printableWidth);
        int perPage = PrintPagination.rowsPerPage(printableHeight, scale, PAGE_HEADER_HEIGHT, GRID_HEADER_HEIGHT,
                ROW_HEIGHT);
        List<PrintPagination.Page> cut = PrintPagination.pages(lines.size(), perPage);
        Messages m = vm.app().messages();
        List<Node> pages = new ArrayList<>();
        for (PrintPagination.Page p : cut) {
            Label heading = new Label(vm.heading());
            heading.setStyle(FONT + "-fx-font-size: 12px; -fx-font-weight: bold;");
            Label number = new Label(m.format("overview.page", p.number(), cut.size()));
            number.setStyle(FONT);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox header = new HBox(8, heading, spacer, number);
            header.setMinHeight(PAGE_HEADER_HEIGHT);
            header.setPrefWidth(gridWidth);
            VBox page = new VBox(header, grid(vm, columns, lines.subList(p.from(), p.to())));
            page.getTransforms().add(new Scale(scale, scale));
            Group root = new Group(page);
            new Scene(root);
            root.applyCss();
            root.layout();
            pages.add(root);
        }
        return pages;
    }

    private static GridPane grid(OverviewViewModel vm, List<OverviewColumn> columns, List<OverviewLine> lines) {
        GridPane grid = new GridPane();
        grid.setStyle(FONT + "-fx-background-color: white;");
        for (int c = 0; c < columns.size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setMinWidth(Region.USE_PREF_SIZE);
            cc.setHalignment(columns.get(c).kind() == OverviewColumn.Kind.NAME ? HPos.LEFT : HPos.CENTER);
            grid.getColumnConstraints().add(cc);
            grid.add(cell(columns.get(c).label(), true, GRID_HEADER_HEIGHT), c, 0);
        }
        for (int r = 0; r < lines.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                grid.add(cell(vm.text(lines.get(r).row(), columns.get(c)), false, ROW_HEIGHT), c, r + 1);
            }
        }
        return grid;
    }

    private static Label cell(String text, boolean header, double height) {
        Label l = new Label(text);
        l.setStyle(FONT + "-fx-border-color: #999; -fx-border-width: 0 0.5 0.5 0;"
                + (header ? "-fx-font-weight: bold; -fx-background-color: #eee;" : ""));
        l.setPadding(new Insets(1, 4, 1, 4));
        l.setMinHeight(height);
        l.setPrefHeight(height);
        l.setMaxHeight(height);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static javafx.geometry.Bounds measure(Region region) {
        Group root = new Group(region);
        new Scene(root);
        root.applyCss();
        root.layout();
        return region.getLayoutBounds();
    }
}
