package jp.clustereval.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import jp.clustereval.common.AtomicFiles;

/**
 * Run in a child JVM by {@link LeftoverPartsTest}. {@code slow TARGET}: writes TARGET through
 * {@link AtomicFiles}, prints "writing" half-way and waits to be killed. {@code fast TARGET}:
 * writes TARGET (as the next export to the same file would) and prints how many part files its
 * folder still holds.
 */
public final class SlowWriter {

    private SlowWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[1]);
        if (args[0].equals("slow")) {
            AtomicFiles.write(target, part -> {
                Files.write(part, new byte[64 * 1024]);
                System.out.println("writing");
                System.out.flush();
                try {
                    Thread.sleep(120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        } else {
            AtomicFiles.write(target, "complete".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (Stream<Path> files = Files.list(target.getParent())) {
                System.out.println("parts: " + files.filter(f -> AtomicFiles.isPartName(f.getFileName().toString())).count());
            }
        }
    }
}
