package jp.clustereval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The memory case as the bench reads the GUI child's samples: the median RSS of all samples decides. */
class MemoryCaseTest {

    private static MemoryCase.Sample sample(String line) {
        return MemoryCase.parse(line);
    }

    @Test
    void sampleLinesAreReadAndOtherLinesIgnored() {
        assertEquals(new MemoryCase.Sample(5123, 300_000, 120_000, 200_000, 90_000),
                sample("CLUSTEREVAL-MEMORY 5123 300000 120000 200000 90000"));
        assertNull(sample("CLUSTEREVAL-GAP 63 results ending at 6043 fx-cpu 0 render-cpu 0 gc 0"));
        assertNull(sample("CLUSTEREVAL-DONE"));
    }

    @Test
    void theMedianRssOfAllSamplesDecidesAndTheFiguresGoIntoTheJson() {
        List<MemoryCase.Sample> first = List.of(sample("CLUSTEREVAL-MEMORY 1 409600 102400 204800 51200"),
                sample("CLUSTEREVAL-MEMORY 2 419840 112640 204800 51200"),
                sample("CLUSTEREVAL-MEMORY 3 317440 112640 204800 51200"));
        List<MemoryCase.Sample> second = List.of(sample("CLUSTEREVAL-MEMORY 1 430080 102400 307200 61440"),
                sample("CLUSTEREVAL-MEMORY 2 307200 102400 307200 61440"));
        CaseResult r = MemoryCase.result(100, new Timing(new double[] {3000, 3200}), List.of(first, second),
                List.of("-Xopt"));
        assertEquals(400.0, r.value(), "the median of 300, 310, 400, 410, 420 MB");
        assertEquals("MB", r.unit());
        assertFalse(r.met(), "400 MB is not under 400 MB");
        assertEquals(3100.0, r.medianMs(), "the time to show the list");
        assertEquals(List.of(310.0, 300.0), r.extra().get("rss_mb_at_end"), "each run's last sample");
        assertEquals(Map.of("median", 400.0, "max", 420.0), r.extra().get("rss_mb"));
        assertEquals(5, r.extra().get("samples"));
        JsonNode json = new BenchReport(Map.of(), List.of(r)).json().get("cases").get(0);
        assertEquals(400.0, json.get("value").asDouble());
        assertEquals(300.0, json.get("heap_committed_mb").get("max").asDouble());
        assertEquals(60.0, json.get("live_heap_mb").get("max").asDouble());
        assertTrue(json.get("jvm_options").isArray());

        CaseResult under = MemoryCase.result(100, new Timing(new double[] {3000}), List.of(second.subList(1, 2), first.subList(2, 3)),
                List.of());
        assertTrue(under.met());
        assertEquals(305.0, under.value());
    }

    @Test
    void scrollingVisitsTenScreenfulsThenTheWholeList() {
        List<Integer> p = DrivenDesktop.scrollPositions(100_000, 30);
        assertEquals(30, p.size());
        assertEquals(List.of(30, 60, 90), p.subList(0, 3));
        assertEquals(99_999, p.get(p.size() - 1));
        List<Integer> small = DrivenDesktop.scrollPositions(18, 30);
        assertEquals(20, small.size(), "no screenful to page to: only the jumps");
        assertEquals(17, small.get(small.size() - 1));
    }
}
