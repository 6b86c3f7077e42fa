package jp.clustereval.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The table grows only as tall as its rows: no striped empty rows, and scrolling once rows overflow. */
class FittedTableViewTest {

    private static final double ROW = 24; // app.css: .fixed-rows { -fx-fixed-cell-size: 24px; }
    private FittedTableView<String> table;
    private VBox pane;

    private Stage window;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        // a stage of its own: the shared primary stage keeps what a desktop test's main window
        // installed on it (its bounds kept inside the screen), which left this 800 px scene 720 px
        window = FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            table = new FittedTableView<>();
            TableColumn<String, String> column = new TableColumn<>("Name");
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            table.getColumns().add(column);
            VBox.setVgrow(table, Priority.ALWAYS);
            pane = new VBox(table);
            Scene scene = new Scene(pane, 400, 800);
            scene.getStylesheets().add(FittedTableViewTest.class.getResource("/css/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            return stage;
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(window::close);
        FxToolkit.cleanupStages();
    }

    private void rows(int n) throws Exception {
        fx(() -> table.getItems().setAll(IntStream.range(0, n).mapToObj(i -> "row " + i).toList()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double header() throws Exception {
        return fx(() -> table.lookup(".column-header-background").getLayoutBounds().getHeight());
    }

    private long filledRows() throws Exception {
        return fx(() -> table.lookupAll(".table-row-cell").stream()
                .filter(Node::isVisible).filter(r -> !((TableRow<?>) r).isEmpty()).count());
    }

    private long emptyRows() throws Exception {
        return fx(() -> table.lookupAll(".table-row-cell").stream()
                .filter(Node::isVisible).filter(r -> ((TableRow<?>) r).isEmpty()).count());
    }

    @Test
    void aShortListMakesAShortTableWithoutEmptyRows() throws Exception {
        rows(18);
        double height = fx(() -> table.getHeight());
        double insets = fx(() -> table.snappedTopInset() + table.snappedBottomInset());
        assertEquals(header() + 18 * ROW + insets, height, 0.5, "header and 18 rows, no more");
        assertTrue(height < 800 - 100, "the pane keeps the rest: " + height);
        assertEquals(18, filledRows());
        assertEquals(0, emptyRows(), "no striped empty rows below the last one");
    }

    @Test
    void theTableFollowsItsRowsAndKeepsRoomForThePlaceholder() throws Exception {
        rows(18);
        rows(2);
        double insets = fx(() -> table.snappedTopInset() + table.snappedBottomInset());
        assertEquals(header() + 2 * ROW + insets, fx(() -> table.getHeight()), 0.5, "two rows, no empty third");
        assertEquals(0, emptyRows());
        rows(0);
        assertEquals(header() + FittedTableView.MIN_ROWS * ROW + insets, fx(() -> table.getHeight()), 0.5);
        assertTrue(fx(() -> table.lookup(".placeholder").isVisible()), "the placeholder has room: three rows high");
        rows(5);
        assertEquals(header() + 5 * ROW + insets, fx(() -> table.getHeight()), 0.5);
    }

    @Test
    void aLongListFillsThePaneAndScrolls() throws Exception {
        rows(500);
        assertEquals(800, fx(() -> table.getHeight()), 0.5, "all the height the pane has");
        long shown = filledRows();
        assertTrue(shown > 25 && shown < 40, "only the rows that fit are made: " + shown);
        fx(() -> {
            table.scrollTo(499);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> table.lookupAll(".table-row-cell").stream()
                .anyMatch(r -> "row 499".equals(((TableRow<?>) r).getItem()))), "the last row can be scrolled to");
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
