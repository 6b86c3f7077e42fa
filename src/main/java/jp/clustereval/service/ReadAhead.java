package jp.clustereval.service;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;

/**
 * Files of an import read a chunk at a time, each chunk on every core: however many files a batch
 * has, at most one chunk of them (two when reading ahead) is in memory. A chunk is consecutive files
 * up to a budget of bytes on disk (at least one file) and a number of files. Reading ahead, the next
 * chunk is read in the background while the caller works on this one (a commit writes meanwhile).
 */
final class ReadAhead<T> implements Iterator<List<T>> {

    /** Files per chunk at most (small files: the chunk is about the batch's parallelism, not its memory). */
    static final int MAX_FILES = 256;

    private final IntFunction<T> load;
    private final List<int[]> ranges;
    private final boolean ahead;
    private int next;
    private CompletableFuture<List<T>> pending;

    /**
     * @param count how many files; load(i) reads the i-th, size(i) is its size on disk (0 when unknown)
     * @param ahead whether the next chunk is read in the background while the caller works on one
     */
    ReadAhead(int count, IntFunction<T> load, IntToLongFunction size, long budgetBytes, int maxFiles, boolean ahead) {
        this.load = load;
        this.ranges = ranges(count, size, budgetBytes, maxFiles);
        this.ahead = ahead;
    }

    /**
     * The bytes of files one chunk may hold: a parsed score file takes about four times its size in
     * memory while it is read, so a thirty-second of the heap (between 8 and 64 MB), twice over when
     * reading ahead, leaves the rest of the heap to the application.
     */
    static long budgetBytes() {
        return Math.max(8L << 20, Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 32));
    }

    /** Consecutive index ranges [from, to) of at most maxFiles files and budget bytes each (one file at least). */
    static List<int[]> ranges(int count, IntToLongFunction size, long budgetBytes, int maxFiles) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            long s = Math.max(0, size.applyAsLong(i));
            if (i > from && (i - from >= maxFiles || bytes + s > budgetBytes)) {
                out.add(new int[] {from, i});
                from = i;
                bytes = 0;
            }
            bytes += s;
        }
        if (count > from) {
            out.add(new int[] {from, count});
        }
        return out;
    }

    @Override
    public boolean hasNext() {
        return next < ranges.size();
    }

    @Override
    public List<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        List<T> chunk = pending != null ? joined(pending) : read(ranges.get(next));
        pending = null;
        next++;
        if (ahead && hasNext()) {
            int[] range = ranges.get(next);
            pending = CompletableFuture.supplyAsync(() -> read(range));
        }
        return chunk;
    }

    private List<T> read(int[] range) {
        return IntStream.range(range[0], range[1]).parallel().mapToObj(load).toList();
    }

    private static <T> List<T> joined(CompletableFuture<List<T>> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
