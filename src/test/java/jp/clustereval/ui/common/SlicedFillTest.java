package jp.clustereval.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A table's items filled a slice per frame, without the toolkit: frames are run by hand. */
class SlicedFillTest {

    private static List<Integer> rows(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    private static List<Integer> sizes(List<List<Integer>> slices) {
        return slices.stream().map(List::size).toList();
    }

    @Test
    void anEmptyTableGetsItsFirstScreenfulInStepsThenTheRestAtOnce() {
        assertEquals(List.of(5, 5, 5, 5, 5, 5, 970), sizes(SlicedFill.slices(rows(1000), 5, 30, 0)));
        assertEquals(List.of(5, 5, 2), sizes(SlicedFill.slices(rows(12), 5, 30, 0)));
        assertEquals(List.of(3), sizes(SlicedFill.slices(rows(3), 5, 30, 0)));
        assertEquals(List.of(0), sizes(SlicedFill.slices(rows(0), 5, 30, 0)), "one empty slice: the table is emptied");
    }

    @Test
    void rowsReplacingShownRowsComeAtOnce() {
        assertEquals(List.of(12, 5, 5, 5, 3, 970), sizes(SlicedFill.slices(rows(1000), 5, 30, 12)));
        assertEquals(List.of(1000), sizes(SlicedFill.slices(rows(1000), 5, 30, 1000)), "a full table: one change");
        assertEquals(List.of(3), sizes(SlicedFill.slices(rows(3), 5, 30, 1000)));
        List<Integer> all = new ArrayList<>();
        SlicedFill.slices(rows(1000), 5, 30, 12).forEach(all::addAll);
        assertEquals(rows(1000), all, "every row once, in order");
    }

    /** Frames run when the test says so. */
    private static final class Frames implements Executor {
        final Queue<Runnable> due = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            due.add(r);
        }

        void next() {
            List<Runnable> now = new ArrayList<>(due);
            due.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void oneSlicePerFrameThenDoneAtTheFrameAfterTheLast() {
        ObservableList<Integer> items = FXCollections.observableArrayList();
        List<Integer> changes = new ArrayList<>();
        items.addListener((javafx.collections.ListChangeListener<Integer>) c -> changes.add(items.size()));
        Frames frames = new Frames();
        boolean[] done = new boolean[1];
        SlicedFill.fill(items, rows(1000), frames, () -> done[0] = true);
        assertEquals(3, items.size(), "the first slice at once");
        for (int frame = 0; frame < 8; frame++) {
            frames.next();
        }
        assertEquals(1000, items.size());
        assertTrue(!done[0], "done waits for the frame after the last slice");
        frames.next();
        assertTrue(done[0]);
        assertEquals(List.of(3, 6, 9, 12, 15, 18, 21, 24, 1000), changes, "one list change per frame (3 rows up to 24)");
        assertEquals(rows(1000), items);
    }

    @Test
    void aCancelledFillStopsAndANewOneReplacesIt() {
        ObservableList<Integer> items = FXCollections.observableArrayList();
        Frames frames = new Frames();
        boolean[] done = new boolean[2];
        SlicedFill first = SlicedFill.fill(items, rows(100), frames, () -> done[0] = true);
        frames.next();
        first.cancel();
        SlicedFill.fill(items, List.of(-1, -2, -3), frames, () -> done[1] = true);
        for (int frame = 0; frame < 10; frame++) {
            frames.next();
        }
        assertEquals(List.of(-1, -2, -3), items, "the replaced fill added nothing more");
        assertTrue(!done[0] && done[1]);
    }

    @Test
    void withoutFramesEverythingHappensAtOnce() {
        ObservableList<Integer> items = FXCollections.observableArrayList();
        boolean[] done = new boolean[1];
        SlicedFill.fill(items, rows(50), Runnable::run, () -> done[0] = true);
        assertEquals(rows(50), items);
        assertTrue(done[0]);
    }
}
