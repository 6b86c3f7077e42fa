package jp.clustereval.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.collections.ObservableList;

/**
 * Fills a table's items a slice per frame: the first rows (those on screen) a few at a time, so
 * that the cells a table makes and styles for them the first time are spread over several pulses
 * instead of one long one, then the rest at once (rows off screen get no cells). Rows replacing
 * rows already shown (their cells exist) come at once. Plain logic over an observable list and a
 * "next frame" executor, tested without the JavaFX toolkit.
 */
public final class SlicedFill {

    /**
     * Rows added per frame while the screen fills: a new row of the import table (seven cells, each
     * styled when made) cost about 12 ms of FX-thread CPU on the loaded bench machine.
     */
    public static final int STEP = 3;
    /** Rows added in steps: the import window shows about 14 rows, 24 when it is maximised. */
    public static final int STEPPED = 24;

    private boolean cancelled;

    private SlicedFill() {
    }

    /**
     * The slices: step rows at a time up to stepped rows, then the rest in one. Rows that replace
     * shown rows (their cells exist) come in the first slice, and all rows at once when the table
     * already shows stepped rows or more: shown is how many rows the table has. Never an empty
     * slice, but one for no rows.
     */
    public static <T> List<List<T>> slices(List<T> rows, int step, int stepped, int shown) {
        List<List<T>> out = new ArrayList<>();
        // a table that already shows a screenful has its cells: everything at once (and its scroll position kept)
        int first = shown >= stepped ? rows.size() : Math.min(rows.size(), Math.max(step, shown));
        if (first > 0) {
            out.add(rows.subList(0, first));
        }
        int at = first;
        while (at < rows.size() && at < stepped) {
            int end = Math.min(rows.size(), Math.min(stepped, at + step));
            out.add(rows.subList(at, end));
            at = end;
        }
        if (at < rows.size() || out.isEmpty()) {
            out.add(rows.subList(at, rows.size()));
        }
        return out;
    }

    /**
     * Replaces target's items by rows: the first slice now, each next one at the next frame, then
     * done (at the frame after the last slice). Returns the fill, to {@link #cancel} it when another
     * replaces it (nothing more is added then and done does not run).
     */
    public static <T> SlicedFill fill(ObservableList<T> target, List<T> rows, Executor nextFrame, Runnable done) {
        SlicedFill fill = new SlicedFill();
        List<List<T>> slices = slices(List.copyOf(rows), STEP, STEPPED, target.size());
        fill.next(target, slices, 0, nextFrame, done);
        return fill;
    }

    private <T> void next(ObservableList<T> target, List<List<T>> slices, int index, Executor nextFrame,
                          Runnable done) {
        if (cancelled) {
            return;
        }
        if (index == slices.size()) {
            done.run();
            return;
        }
        if (index == 0) {
            target.setAll(slices.get(0)); // one change: what was shown is replaced
        } else {
            target.addAll(slices.get(index));
        }
        nextFrame.execute(() -> next(target, slices, index + 1, nextFrame, done));
    }

    /** Stops the fill: no further slice is added and done does not run. */
    public void cancel() {
        cancelled = true;
    }

    /** A fill that has nothing left to do (to start with). */
    public static SlicedFill none() {
        SlicedFill f = new SlicedFill();
        f.cancelled = true;
        return f;
    }
}
