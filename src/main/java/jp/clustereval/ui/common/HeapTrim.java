package jp.clustereval.ui.common;

import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Gives the memory of a bulk load back to the operating system. Showing a national round's
 * 100,000 clusters keeps about 30 MB of rows, but reading and laying them out passes hundreds of
 * megabytes of short-lived objects, and G1 grows the heap to keep up; it returns committed memory
 * only when a collection that may shrink the heap (a full one, or the end of a concurrent cycle)
 * finds more free than MaxHeapFreeRatio allows (70 % by default, i.e. up to 3.3 times the live
 * data stays committed). So after such a load the free ratios are lowered to 10-30 % (manageable
 * flags: G1 keeps at most about 1.4 times the live data) and one collection is asked for, off the
 * FX thread: a pause of a few hundred milliseconds once, instead of hundreds of megabytes kept for
 * the whole session. Small lists (a panel's 18 clusters) change nothing.
 */
public final class HeapTrim {

    /** Lists at least this long are a bulk load worth a collection. */
    public static final int BULK_ROWS = 10_000;

    private static final Logger LOG = Logger.getLogger(HeapTrim.class.getName());

    private HeapTrim() {
    }

    /** Called when a list of this many rows has been filled; trims the heap shortly after a bulk load. */
    public static void afterBulkLoad(int rows) {
        if (rows < BULK_ROWS) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(300); // the list's first frames are drawn first: their garbage goes too
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            lowerFreeRatios();
            System.gc();
        }, "cluster-eval-heap-trim");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Sets MinHeapFreeRatio 10 and MaxHeapFreeRatio 30 through the HotSpot diagnostic MBean; false
     * when the runtime does not offer it (no jdk.management module, another VM), which only means
     * that the collection returns less.
     */
    static boolean lowerFreeRatios() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName hotspot = new ObjectName("com.sun.management:type=HotSpotDiagnostic");
            String[] signature = {String.class.getName(), String.class.getName()};
            // Min first: the VM refuses a Max below the current Min (40 by default)
            server.invoke(hotspot, "setVMOption", new Object[] {"MinHeapFreeRatio", "10"}, signature);
            server.invoke(hotspot, "setVMOption", new Object[] {"MaxHeapFreeRatio", "30"}, signature);
            return true;
        } catch (JMException | RuntimeException e) {
            LOG.log(Level.FINE, "Heap free ratios left as they are", e);
            return false;
        }
    }
}
