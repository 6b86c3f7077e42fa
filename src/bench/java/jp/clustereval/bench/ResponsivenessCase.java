package jp.clustereval.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * GUI responsiveness: one GUI child per run ({@link DrivenDesktop}, drive {@code responsiveness})
 * with the merge set's score files: it opens the import window, previews the files, commits them,
 * opens the results window and writes the panel PDF, each a phase of its pulse watch (an
 * {@code AnimationTimer} on the FX thread, {@link PulseWatch}). The figure is the longest gap
 * between pulses during the operations; the window set-up phases are reported apart, and a gap that
 * spans a set-up and an operation counts for the operation too.
 */
final class ResponsivenessCase {

    static final String NAME = "gui-responsiveness";
    static final String TARGET = "no FX-thread stall over 50 ms";
    /** The phases that are long operations; the others (main-window, import-window, results-window, idle) are set-up or rest. */
    static final List<String> OPERATIONS = List.of("preview", "commit", "results", "report");
    private static final String FIGURES = "CLUSTEREVAL-PHASE-FIGURES ";
    private static final String DONE = DrivenDesktop.DONE;
    private static final long TIMEOUT_S = 600;

    /** One phase of one run: longest gap, gaps over 50 ms, most FX-thread CPU in one gap, duration. */
    record Phase(long longestMs, int over, long mostWorkMs, long durationMs) {
    }

    private ResponsivenessCase() {
    }

    /** Parses a FIGURES line's fields (phase, longest, over, duration) into the map. */
    static void parse(String line, Map<String, Phase> into) {
        if (line.startsWith(FIGURES)) {
            String[] f = line.substring(FIGURES.length()).strip().split(" ");
            into.put(f[0], new Phase(Long.parseLong(f[1]), Integer.parseInt(f[2]), Long.parseLong(f[3]),
                    Long.parseLong(f[4])));
        }
    }

    /** The longest gap over the operation phases of one run (NaN if none ran). */
    static double worstOperation(Map<String, Phase> run) {
        return OPERATIONS.stream().filter(run::containsKey).mapToDouble(p -> run.get(p).longestMs()).max()
                .orElse(Double.NaN);
    }

    static CaseResult measure(GuiCases gui, Path preparedDb, Path filesDir, int files, Path work, int runs) {
        List<Map<String, Phase>> all = new ArrayList<>();
        for (int i = 0; i < Math.max(1, runs); i++) {
            all.add(run(gui, fresh(preparedDb, work.resolve("gui-import-run.db")), filesDir, work));
        }
        Timing t = new Timing(all.stream().mapToDouble(ResponsivenessCase::worstOperation).toArray());
        boolean met = t.max() <= 50;
        String size = files + " score files (" + files * 18 + " sheets): preview, commit, results window,"
                + " panel PDF report";
        return new CaseResult(NAME, size, CaseResult.round1(t.median()), CaseResult.round1(t.min()),
                CaseResult.round1(t.max()), t.runsMs(), null, null, TARGET, met, false, note(all))
                .withValue(CaseResult.round1(t.median()), "ms");
    }

    private static String note(List<Map<String, Phase>> all) {
        Map<String, List<Phase>> byPhase = new LinkedHashMap<>();
        all.forEach(run -> run.forEach((p, f) -> byPhase.computeIfAbsent(p, k -> new ArrayList<>()).add(f)));
        String phases = byPhase.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s%s %s ms (gaps > 50 ms: %s;"
                        + " most FX-thread CPU in one gap: %s ms; took %s ms)", e.getKey(),
                OPERATIONS.contains(e.getKey()) ? "" : " [not counted: set-up or rest]", join(e.getValue(), Phase::longestMs),
                join(e.getValue(), Phase::over), join(e.getValue(), Phase::mostWorkMs),
                join(e.getValue(), Phase::durationMs)))
                .collect(Collectors.joining("; "));
        return "median_ms and runs_ms: per run, the longest gap between two FX pulses (AnimationTimer on the FX thread)"
                + " during the operations: preview of the files, commit (until the views refreshed after it), the results"
                + " window computing and showing its figures, the panel PDF report written from the results' view model;"
                + " the windows' set-up (building the import and results windows) is reported apart; one GUI child per"
                + " run on a fresh copy of the database; per phase, one value per run: " + phases;
    }

    private static String join(List<Phase> runs, java.util.function.ToLongFunction<Phase> f) {
        return runs.stream().map(p -> String.valueOf(f.applyAsLong(p))).collect(Collectors.joining("/"));
    }

    private static Path fresh(Path prepared, Path run) {
        try {
            for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
                Files.deleteIfExists(Path.of(run + suffix));
            }
            return Files.copy(prepared, run, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Phase> run(GuiCases gui, Path db, Path filesDir, Path work) {
        Path out = work.resolve("gui-report");
        GuiCases.Child c = gui.child(List.of("-cp", gui.jar().toString(), DrivenDesktop.class.getName(), "responsiveness",
                "--db", db.toString(), "--files", filesDir.toString(), "--out", out.toString()));
        // a hung child is ended, which ends the read below
        CompletableFuture.runAsync(c.process()::destroyForcibly,
                CompletableFuture.delayedExecutor(TIMEOUT_S, TimeUnit.SECONDS));
        try {
            Files.createDirectories(out);
            Map<String, Phase> phases = new LinkedHashMap<>();
            String line;
            while ((line = c.out().readLine()) != null) {
                parse(line, phases);
                if (line.equals(DONE)) {
                    return phases;
                }
            }
            throw new IllegalStateException("the GUI child did not finish its operations within " + TIMEOUT_S
                    + " s (phases seen: " + phases.keySet() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            c.end();
        }
    }
}
