package jp.clustereval.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import jp.clustereval.scorefile.ScoreFile;
import jp.clustereval.ui.BenchDesktop;
import jp.clustereval.ui.imports.ImportViewModel;

/**
 * The GUI child of the memory and responsiveness cases: the desktop in this process
 * ({@link BenchDesktop}), driven once its main window shows the cluster list, which it announces
 * with the start-up marker line ({@code CLUSTEREVAL-STARTUP-MS <ms since JVM start> ROWS <n>}).
 * <ul>
 * <li>{@code responsiveness --db D --files DIR --out DIR}: opens the import window
 * ({@code import-window}, window set-up), adds and previews the score files of DIR
 * ({@code preview}), commits them ({@code commit}, until the views refreshed after it are shown),
 * builds the results window ({@code results-window}, set-up), lets it compute and show its figures
 * ({@code results}), writes the panel summary PDF to the out folder from the results' view model,
 * as the Panel menu does ({@code report}), then one quiet second ({@code idle}); the pulse watch's
 * figures follow.</li>
 * <li>{@code memory --db D}: use: scrolls the list (ten screenfuls, then twenty jumps spread over
 * the whole list, one per pulse), opens a sheet (selects the middle row), opens the results window
 * and lets it show its figures; then, with no more pulses asked for, prints
 * {@value #SAMPLES} samples {@value #SAMPLE_MS} ms apart: {@code CLUSTEREVAL-MEMORY <ms since JVM
 * start> <VmRSS kB> <heap used kB> <heap committed kB> <heap used after the latest collection kB>}.
 * Nothing forces a collection.</li>
 * </ul>
 * Each ends with {@code CLUSTEREVAL-DONE}; the bench then ends the process.
 */
public final class DrivenDesktop {

    static final String DONE = "CLUSTEREVAL-DONE";
    static final String MEMORY = "CLUSTEREVAL-MEMORY ";
    static final int SAMPLES = 60;
    static final int SAMPLE_MS = 500;

    private DrivenDesktop() {
    }

    public static void main(String[] args) {
        String drive = args[0];
        Path db = Path.of(option(args, "--db"));
        switch (drive) {
            case "responsiveness" -> BenchDesktop.launch(db, h -> responsiveness(h, scoreFiles(Path.of(option(args, "--files"))),
                    Path.of(option(args, "--out")).resolve("panel-summary.pdf")));
            case "memory" -> BenchDesktop.launch(db, DrivenDesktop::memory);
            default -> throw new IllegalArgumentException("unknown drive " + drive);
        }
    }

    private static String option(String[] args, String name) {
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        throw new IllegalArgumentException("missing " + name);
    }

    private static List<Path> scoreFiles(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> ScoreFile.hasExtension(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Announces the list (after the pulse that shows it, as the start-up case does), then runs the steps. */
    private static void announceThen(BenchDesktop.Handles h, Runnable steps) {
        FxPulses.afterNextPulse(() -> {
            StartupWatch.print(StartupWatch.MARKER + ManagementFactory.getRuntimeMXBean().getUptime() + " ROWS " + h.rows());
            steps.run();
        });
    }

    private static void responsiveness(BenchDesktop.Handles h, List<Path> files, Path report) {
        ImportViewModel imports = h.main().imports();
        var reports = h.main().panelResults().reports();
        BooleanSupplier idle = () -> !h.tasks().isBusy();
        long[] idleSince = new long[1];
        List<GuiDrive.Step> steps = List.of(
                new GuiDrive.Step("import-window", () -> h.windows().showImport(List.of()), () -> true, 2),
                new GuiDrive.Step("preview", () -> imports.add(files),
                        () -> imports.phaseProperty().get() == ImportViewModel.Phase.PREVIEW && idle.getAsBoolean()),
                new GuiDrive.Step("commit", imports::commit,
                        () -> imports.phaseProperty().get() == ImportViewModel.Phase.DONE && idle.getAsBoolean()),
                new GuiDrive.Step("results-window", () -> h.windows().showResults(false), () -> true, 2),
                new GuiDrive.Step("results", () -> { }, idle),
                new GuiDrive.Step("report", () -> reports.panelReport(report),
                        () -> reports.writtenProperty().get() != null && idle.getAsBoolean()),
                new GuiDrive.Step("idle", () -> idleSince[0] = System.nanoTime(),
                        () -> System.nanoTime() - idleSince[0] > 1_000_000_000L));
        announceThen(h, () -> new GuiDrive(new PulseWatch(), steps, () -> StartupWatch.print(DONE)).start());
    }

    private static void memory(BenchDesktop.Handles h) {
        BooleanSupplier idle = () -> !h.tasks().isBusy();
        @SuppressWarnings("unchecked")
        TableView<Object> table = (TableView<Object>) h.stage().getScene().lookup("#clusterTable");
        List<Integer> positions = scrollPositions(table.getItems().size(), visibleRows(table));
        int[] next = new int[1];
        BooleanSupplier scrolled = () -> {
            if (next[0] < positions.size()) {
                table.scrollTo(positions.get(next[0]++));
                return false;
            }
            return idle.getAsBoolean();
        };
        List<GuiDrive.Step> steps = List.of(
                new GuiDrive.Step("scroll", () -> { }, scrolled),
                new GuiDrive.Step("sheet", () -> h.main().clusters().select(middleCode(h)), idle),
                new GuiDrive.Step("results-window", () -> h.windows().showResults(false), () -> true, 2),
                new GuiDrive.Step("results", () -> { }, idle));
        announceThen(h, () -> new GuiDrive(new PulseWatch(), steps, DrivenDesktop::sampleMemory).start());
    }

    private static int visibleRows(TableView<?> table) {
        Node row = table.lookup(".table-row-cell");
        double height = row == null ? 24 : Math.max(1, row.getBoundsInLocal().getHeight());
        return Math.max(1, (int) (table.getHeight() / height) - 1);
    }

    /** Ten screenfuls from the top, then twenty jumps spread over the whole list (first rows shown). */
    static List<Integer> scrollPositions(int rows, int perScreen) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= 10 && i * perScreen < rows; i++) {
            out.add(i * perScreen);
        }
        for (int i = 1; i <= 20; i++) {
            out.add((int) ((long) (rows - 1) * i / 20));
        }
        return out;
    }

    private static String middleCode(BenchDesktop.Handles h) {
        var rows = h.main().clusters().visibleRows();
        return rows.get(rows.size() / 2).code();
    }

    /** Samples memory off the FX thread, with no pulse asked for, and ends with the done line. */
    private static void sampleMemory() {
        Thread t = new Thread(() -> {
            try {
                for (int i = 0; i < SAMPLES; i++) {
                    Thread.sleep(SAMPLE_MS);
                    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
                    StartupWatch.print(String.format(Locale.ROOT, "%s%d %d %d %d %d", MEMORY,
                            ManagementFactory.getRuntimeMXBean().getUptime(), rssKb(), heap.getUsed() / 1024,
                            heap.getCommitted() / 1024, liveHeapKb()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            StartupWatch.print(DONE);
        }, "bench-memory-samples");
        t.setDaemon(true);
        t.start();
    }

    private static long rssKb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return -1;
    }

    /** Heap in use after the latest collection of each heap pool (live data then, not garbage). */
    private static long liveHeapKb() {
        long used = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage after = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && after != null) {
                used += after.getUsed();
            }
        }
        return used / 1024;
    }
}
