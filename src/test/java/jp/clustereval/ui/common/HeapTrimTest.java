package jp.clustereval.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

import com.sun.management.HotSpotDiagnosticMXBean;

/** The free ratios a bulk load leaves: what lets G1 give the load's heap back. */
class HeapTrimTest {

    @Test
    void lowersTheHeapFreeRatiosThroughTheDiagnosticBean() {
        assertTrue(HeapTrim.lowerFreeRatios());
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assertEquals("10", hotspot.getVMOption("MinHeapFreeRatio").getValue());
        assertEquals("30", hotspot.getVMOption("MaxHeapFreeRatio").getValue());
        assertTrue(HeapTrim.lowerFreeRatios(), "again: Min is already below Max");
    }
}
