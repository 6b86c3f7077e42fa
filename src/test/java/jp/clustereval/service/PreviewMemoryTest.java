package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's memory does not grow with the batch: a preview keeps each file's report and SHA-256,
 * not its content, and preview and commit read the files a chunk at a time. Before, a preview kept
 * every parsed file until the commit (40 files of 19 MB took 3.2 GB): here 36 files of 2 MB (about
 * 120 MB held that way: the old code ran out of memory) are previewed and committed in a JVM with a
 * heap of 96 MB, about twice what reading a chunk of them takes.
 */
class PreviewMemoryTest {

    @TempDir
    Path dir;

    @Test
    void aBatchLargerThanTheHeapIsPreviewedAndCommittedAndThePreviewHoldsNoFile() throws Exception {
        PreviewMemoryProbe.main(new String[] {"make", dir.toString(), "36", "2"});
        try (ChildJvm child = ChildJvm.start(List.of("-Xmx96m"), PreviewMemoryProbe.class, "preview", dir.toString(), "commit")) {
            child.awaitLine("DONE");
            List<String> out = child.lines();
            assertTrue(out.contains("FILES 36"), String.join("\n", out));
            assertTrue(out.contains("STORED 36"), String.join("\n", out));
            long retained = out.stream().filter(l -> l.startsWith("RETAINED_BYTES ")).mapToLong(l -> Long.parseLong(l.substring(15)))
                    .findFirst().orElseThrow();
            // each file's report is a few hundred bytes and 18 sheet rows; the 36 files are 72 MB
            assertTrue(retained < 4L * 1024 * 1024, "the preview holds " + retained + " bytes");
            assertEquals(0, out.stream().filter(l -> l.contains("OutOfMemoryError")).count());
        }
    }
}
