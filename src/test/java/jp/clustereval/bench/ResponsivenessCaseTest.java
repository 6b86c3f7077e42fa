package jp.clustereval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The GUI child's phase figures as the bench reads them: set-up apart, the operations' worst gap counted. */
class ResponsivenessCaseTest {

    @Test
    void theWorstGapIsTakenOverTheOperationsOnly() {
        Map<String, ResponsivenessCase.Phase> run = new LinkedHashMap<>();
        for (String line : new String[] {
                "CLUSTEREVAL-PHASE-FIGURES main-window 0 0 0 6",
                "CLUSTEREVAL-PHASE-FIGURES import-window 740 3 240 1153",
                "CLUSTEREVAL-GAP 63 preview ending at 6043 fx-cpu 0 render-cpu 0 gc 0",
                "CLUSTEREVAL-PHASE-FIGURES preview 48 0 12 8162",
                "CLUSTEREVAL-PHASE-FIGURES commit 61 2 30 15908",
                "CLUSTEREVAL-PHASE-FIGURES results-window 900 2 300 600",
                "CLUSTEREVAL-PHASE-FIGURES results 45 0 20 9600",
                "CLUSTEREVAL-PHASE-FIGURES report 33 0 9 13391",
                "CLUSTEREVAL-PHASE-FIGURES idle 70 1 0 1049"}) {
            ResponsivenessCase.parse(line, run);
        }
        assertEquals(8, run.size(), "one entry per phase; other lines ignored");
        assertEquals(new ResponsivenessCase.Phase(61, 2, 30, 15908), run.get("commit"));
        assertEquals(61.0, ResponsivenessCase.worstOperation(run), "window set-up (740, 900) and idle (70) not counted");
    }

    @Test
    void noOperationSeenIsNotANumber() {
        Map<String, ResponsivenessCase.Phase> run = new LinkedHashMap<>();
        ResponsivenessCase.parse("CLUSTEREVAL-PHASE-FIGURES import-window 740 3 240 1153", run);
        assertTrue(Double.isNaN(ResponsivenessCase.worstOperation(run)));
    }
}
