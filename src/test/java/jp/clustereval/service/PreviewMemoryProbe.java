package jp.clustereval.service;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.EvaluatorInfo;
import jp.clustereval.scorefile.RoundFingerprint;
import jp.clustereval.scorefile.ScoreFile;
import jp.clustereval.scorefile.ScoreFileJson;
import jp.clustereval.scorefile.ScoreSheet;

/**
 * Measures the memory of previewing (and committing) a batch of large score files, in a JVM of its
 * own (run by {@link PreviewMemoryTest}, or by hand for docs/performance.md):
 *
 * <pre>
 * java -cp CLASSPATH jp.clustereval.service.PreviewMemoryProbe make DIR FILES MB   # FILES signed files of about MB MB
 * java -cp CLASSPATH jp.clustereval.service.PreviewMemoryProbe preview DIR [commit]
 * java -cp CLASSPATH jp.clustereval.service.PreviewMemoryProbe refuse DIR FILE            # REFUSE_MS: one file refused
 * </pre>
 *
 * {@code make} writes DIR/chair.db and DIR/files/*.cescore, one evaluator (and key) per file, every
 * comment and indication long Japanese text. {@code preview} prints, one per line: PREVIEW_MS,
 * RETAINED_BYTES (heap still used after a full collection while the preview is held, less what was
 * used before it), PEAK_HEAP_BYTES (the heap pools' peak during the preview, garbage included),
 * VM_HWM_KB (peak resident set, /proc), then COMMIT_MS and STORED when committing, and DONE.
 */
public final class PreviewMemoryProbe {

    private PreviewMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        if (args[0].equals("make")) {
            make(dir, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        } else if (args[0].equals("refuse")) {
            refuse(dir, Path.of(args[2]));
        } else {
            preview(dir, args.length > 2 && args[2].equals("commit"));
        }
        System.out.println("DONE");
    }

    private static void make(Path dir, int files, int megabytes) throws Exception {
        Path out = Files.createDirectories(dir.resolve("files"));
        try (Services s = Services.open(dir.resolve("chair.db"), false, dir.resolve("keys"))) {
            Round round = s.rounds().current();
            String fingerprint = RoundFingerprint.of(round);
            List<Cluster> clusters = s.clusters().all();
            int texts = 0;
            for (Cluster c : clusters) {
                texts += 2 * round.items().gradedItems(c.code()).size();
            }
            // Japanese text is three bytes a character in the file's UTF-8
            int chars = (int) Math.min(ScoreFile.MAX_TEXT, megabytes * 1024L * 1024 / 3 / Math.max(1, texts));
            for (int f = 0; f < files; f++) {
                String text = "評価コメント。".repeat(chars).substring(0, chars); // three bytes a character
                List<ScoreSheet> sheets = new ArrayList<>();
                for (Cluster c : clusters) {
                    List<ItemEntry> items = new ArrayList<>();
                    for (Item i : round.items().gradedItems(c.code())) {
                        items.add(new ItemEntry(i.id(), "A", text, text));
                    }
                    sheets.add(new ScoreSheet(c.code(), SheetStatus.COMPLETE, 1, Instant.parse("2004-12-01T09:30:00Z"), "",
                            items, true));
                }
                KeyPair key = Ed25519.generate();
                ScoreFile file = new ScoreFile(ScoreFile.VERSION, "probe", Instant.parse("2004-12-03T08:00:00Z"), round.id(),
                        fingerprint, new EvaluatorInfo(UUID.randomUUID().toString(), "評価者 " + f, "大学",
                        Ed25519.encode(key.getPublic())), sheets);
                Files.write(out.resolve(String.format("f-%04d.cescore", f)), ScoreFileJson.signed(file, key.getPrivate()));
            }
        }
    }

    private static void preview(Path dir, boolean commit) throws Exception {
        try (Services s = Services.open(dir.resolve("chair.db"), false, dir.resolve("keys"))) {
            s.rounds().current();
            long before = usedAfterGc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            ImportPreview preview = s.imports().preview(List.of(dir.resolve("files")), ImportOptions.defaults());
            long t1 = System.nanoTime();
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long retained = usedAfterGc() - before;
            System.out.println("FILES " + preview.files().size());
            System.out.println("PREVIEW_MS " + (t1 - t0) / 1_000_000);
            System.out.println("RETAINED_BYTES " + retained);
            System.out.println("PEAK_HEAP_BYTES " + peak);
            System.out.println("VM_HWM_KB " + hwm());
            if (commit) {
                long t2 = System.nanoTime();
                ImportPreview done = s.imports().commit(preview, ImportProgress.none(), () -> false);
                System.out.println("COMMIT_MS " + (System.nanoTime() - t2) / 1_000_000);
                System.out.println("STORED " + done.files().stream().filter(f -> f.outcome() == FileOutcome.ACCEPTED).count());
                System.out.println("VM_HWM_KB " + hwm());
            }
            System.out.println("REJECTED " + preview.files().stream().filter(f -> f.outcome() == FileOutcome.REJECTED)
                    .map(f -> f.fileName() + ": " + f.rejection().getMessage()).limit(3).toList());
            if (preview.files().isEmpty()) {
                throw new AssertionError("keep the preview reachable until here");
            }
        }
    }

    /** The time the import takes to refuse one file (a link to /dev/zero, a pipe), the database already open. */
    private static void refuse(Path dir, Path file) {
        try (Services s = Services.open(dir.resolve("chair.db"), false, dir.resolve("keys"))) {
            s.rounds().current();
            long t0 = System.nanoTime();
            FileReport r = s.imports().preview(List.of(file), ImportOptions.defaults()).files().get(0);
            System.out.println("REFUSE_MS " + (System.nanoTime() - t0) / 1_000_000.0);
            System.out.println(r.outcome() + ": " + r.rejection().getMessage());
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static long hwm() throws Exception {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmHWM:")) {
                return Long.parseLong(l.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
