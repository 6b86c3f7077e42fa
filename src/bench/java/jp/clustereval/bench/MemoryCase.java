package jp.clustereval.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Memory in a steady state of use: one GUI child per run ({@link DrivenDesktop}, drive
 * {@code memory}, with the installed launcher's JVM options) on the national data set: the list is
 * shown, scrolled, a sheet opened, the results window opened and its figures shown, then the child
 * samples its own VmRSS and heap every {@value DrivenDesktop#SAMPLE_MS} ms for
 * {@value DrivenDesktop#SAMPLES} samples while it sits with those windows open. Nothing forces a
 * collection. The figure is the median VmRSS of all samples of all runs; the maximum, each run's
 * last sample and the heap's figures go into the JSON beside it.
 */
final class MemoryCase {

    static final String NAME = "memory";
    static final String TARGET = "under 400 MB";
    static final double LIMIT_MB = 400;
    /**
     * A child still running after this long is ended (a hang). At the full national size on a loaded
     * 2-core machine the drive reached its samples only after 574 s (the results window's figures),
     * so 600 s ended a working child.
     */
    private static final long TIMEOUT_S = 1800;

    /** One sample: VmRSS, heap used, heap committed, heap used after the latest collection (kB). */
    record Sample(long uptimeMs, long rssKb, long heapUsedKb, long heapCommittedKb, long liveHeapKb) {
    }

    private MemoryCase() {
    }

    /** A sample line's fields, or null for any other line. */
    static Sample parse(String line) {
        if (!line.startsWith(DrivenDesktop.MEMORY)) {
            return null;
        }
        long[] f = Arrays.stream(line.substring(DrivenDesktop.MEMORY.length()).strip().split(" "))
                .mapToLong(Long::parseLong).toArray();
        return new Sample(f[0], f[1], f[2], f[3], f[4]);
    }

    static CaseResult measure(GuiCases gui, Path db, int clusters, List<String> jvmOptions) {
        int runs = Math.max(1, Math.min(gui.runs(), 3));
        double[] shownMs = new double[runs];
        List<List<Sample>> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            List<String> args = new ArrayList<>(jvmOptions);
            args.addAll(List.of("-cp", gui.jar().toString(), DrivenDesktop.class.getName(), "memory", "--db", db.toString()));
            GuiCases.Child c = gui.child(args);
            CompletableFuture.runAsync(c.process()::destroyForcibly, // a hung child is ended, which ends the reads
                    CompletableFuture.delayedExecutor(TIMEOUT_S, TimeUnit.SECONDS));
            try {
                shownMs[i] = GuiCases.untilMarker(c).nanos() / 1e6;
                all.add(samples(c));
            } finally {
                c.end();
            }
        }
        return result(clusters, new Timing(shownMs), all, jvmOptions);
    }

    private static List<Sample> samples(GuiCases.Child c) {
        List<Sample> samples = new ArrayList<>();
        try {
            String line;
            while ((line = c.out().readLine()) != null) {
                Sample s = parse(line);
                if (s != null) {
                    samples.add(s);
                }
                if (line.equals(DrivenDesktop.DONE)) {
                    if (samples.isEmpty()) {
                        throw new IllegalStateException("the GUI child sampled no memory");
                    }
                    return samples;
                }
            }
            throw new IllegalStateException("the GUI child ended, or was ended after " + TIMEOUT_S
                    + " s, before its memory samples (" + samples.size() + " seen)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case's result from each run's samples: the median RSS decides; the maxima and each run's last sample go along. */
    static CaseResult result(int clusters, Timing shown, List<List<Sample>> runs, List<String> jvmOptions) {
        List<Sample> all = runs.stream().flatMap(List::stream).toList();
        double medianMb = median(all.stream().mapToLong(Sample::rssKb).toArray());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("rss_mb", spread(all.stream().mapToLong(Sample::rssKb).toArray()));
        extra.put("rss_mb_at_end", runs.stream().mapToDouble(r -> CaseResult.round1(mb(r.get(r.size() - 1).rssKb())))
                .boxed().toList());
        extra.put("heap_used_mb", spread(all.stream().mapToLong(Sample::heapUsedKb).toArray()));
        extra.put("heap_committed_mb", spread(all.stream().mapToLong(Sample::heapCommittedKb).toArray()));
        extra.put("live_heap_mb", spread(all.stream().mapToLong(Sample::liveHeapKb).toArray()));
        extra.put("samples", all.size());
        extra.put("sample_interval_ms", DrivenDesktop.SAMPLE_MS);
        extra.put("jvm_options", jvmOptions);
        String note = String.format(Locale.ROOT, "steady state of use: the list of %d clusters shown, scrolled (10 screenfuls,"
                + " 20 jumps over the whole list), a sheet opened, the results window opened and its figures shown; then"
                + " %d samples %d ms apart per run with those windows open, no collection forced; value: the median VmRSS"
                + " of the samples (MB); highest VmRSS %.0f MB, heap used median %.0f MB, heap committed max %.0f MB;"
                + " median_ms is the time to show the list; JVM options as installed %s", clusters, DrivenDesktop.SAMPLES,
                DrivenDesktop.SAMPLE_MS, mb(all.stream().mapToLong(Sample::rssKb).max().orElseThrow()),
                median(all.stream().mapToLong(Sample::heapUsedKb).toArray()),
                mb(all.stream().mapToLong(Sample::heapCommittedKb).max().orElseThrow()), jvmOptions);
        return new CaseResult(NAME, "GUI with the national data set (" + clusters + " clusters in the list), in use",
                CaseResult.round1(shown.median()), CaseResult.round1(shown.min()), CaseResult.round1(shown.max()),
                shown.runsMs(), null, null, TARGET, medianMb < LIMIT_MB, false, note)
                .withValue(CaseResult.round1(medianMb), "MB").withExtra(extra);
    }

    private static Map<String, Double> spread(long[] kb) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("median", CaseResult.round1(median(kb)));
        m.put("max", CaseResult.round1(mb(Arrays.stream(kb).max().orElseThrow())));
        return m;
    }

    private static double median(long[] kb) {
        return new Timing(Arrays.stream(kb).mapToDouble(MemoryCase::mb).toArray()).median();
    }

    private static double mb(long kb) {
        return kb / 1024.0;
    }
}
