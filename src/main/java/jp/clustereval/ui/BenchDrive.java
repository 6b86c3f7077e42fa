package jp.clustereval.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Navigator;
import jp.clustereval.ui.common.StartupProbe;
import jp.clustereval.ui.imports.ImportViewModel;
import jp.clustereval.ui.main.MainViewModel;

/**
 * For the benchmark only ({@code -Dclustereval.benchDrive=DIR} with {@code -Dclustereval.startupProbe=stay}):
 * drives the chair's long operations on the score files given on the command line, one after the
 * other, each a named phase of the probe's pulse watch: the import window is opened empty
 * ({@code import-window}, window set-up), the files are added and previewed ({@code preview}),
 * committed ({@code commit}, until the views refreshed after it are shown), the results window is
 * built ({@code results-window}, set-up: the pulse that builds it and the next, its first frame),
 * then computes and shows its figures ({@code results}), and the panel summary PDF is written to
 * DIR ({@code report}, from the results' view model, as the Panel menu does); then one quiet second
 * ({@code idle}) and the probe's figures. An operation ends when its condition has held for
 * {@value #SETTLE} pulses in a row, so the layout and drawing of its last update still count for it.
 */
final class BenchDrive {

    private static final String PROPERTY = "clustereval.benchDrive";
    private static final int SETTLE = 3;

    private record Step(String phase, Runnable action, BooleanSupplier done, int settle) {
        Step(String phase, Runnable action, BooleanSupplier done) {
            this(phase, action, done, SETTLE);
        }
    }

    private final List<Step> steps;
    private int index = -1;
    private int held;

    static boolean requested() {
        return System.getProperty(PROPERTY) != null;
    }

    BenchDrive(Navigator windows, MainViewModel main, BackgroundTasks tasks, List<Path> files) {
        Path report = Path.of(System.getProperty(PROPERTY)).resolve("panel-summary.pdf");
        ImportViewModel imports = main.imports();
        var reports = main.panelResults().reports();
        BooleanSupplier idle = () -> !tasks.isBusy();
        long[] idleSince = new long[1];
        steps = List.of(
                new Step("import-window", () -> windows.showImport(List.of()), () -> true, 2),
                new Step("preview", () -> imports.add(files),
                        () -> imports.phaseProperty().get() == ImportViewModel.Phase.PREVIEW && idle.getAsBoolean()),
                new Step("commit", imports::commit,
                        () -> imports.phaseProperty().get() == ImportViewModel.Phase.DONE && idle.getAsBoolean()),
                new Step("results-window", () -> windows.showResults(false), () -> true, 2),
                new Step("results", () -> { }, idle),
                new Step("report", () -> reports.panelReport(report),
                        () -> reports.writtenProperty().get() != null && idle.getAsBoolean()),
                new Step("idle", () -> idleSince[0] = System.nanoTime(),
                        () -> System.nanoTime() - idleSince[0] > 1_000_000_000L));
    }

    /** Starts with the probe's pulse watch (the first step runs at the first pulse it sees). */
    void start() {
        StartupProbe.afterEachPulse(this::pulse);
    }

    private void pulse() {
        if (index >= steps.size()) {
            return;
        }
        if (index >= 0) {
            held = steps.get(index).done().getAsBoolean() ? held + 1 : 0;
            if (held < steps.get(index).settle()) {
                return;
            }
        }
        index++;
        held = 0;
        if (index == steps.size()) {
            StartupProbe.finish();
            return;
        }
        Step step = steps.get(index);
        StartupProbe.phase(step.phase());
        step.action().run();
    }
}
