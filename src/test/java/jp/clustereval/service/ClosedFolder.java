package jp.clustereval.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A folder in which no file can be created or renamed until closed again. Permissions do not
 * stop root, who runs these tests, so for root the folder is made immutable ({@code chattr +i},
 * which stops root as well); the test is skipped where neither works.
 */
public final class ClosedFolder implements AutoCloseable {

    private final Path folder;
    private final boolean immutable;

    private ClosedFolder(Path folder, boolean immutable) {
        this.folder = folder;
        this.immutable = immutable;
    }

    public static ClosedFolder of(Path folder) throws IOException, InterruptedException {
        if (folder.toFile().setWritable(false, false) && !canCreateIn(folder)) {
            return new ClosedFolder(folder, false);
        }
        folder.toFile().setWritable(true, false);
        boolean done = run("chattr", "+i", folder.toString()) && !canCreateIn(folder);
        Assumptions.assumeTrue(done, "a folder cannot be closed to writing here (not root with chattr, nor permissions)");
        return new ClosedFolder(folder, true);
    }

    private static boolean canCreateIn(Path folder) {
        Path probe = folder.resolve(".probe");
        try {
            Files.createFile(probe);
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (immutable) {
            try {
                run("chattr", "-i", folder.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while making " + folder + " writable again", e);
            }
        } else {
            folder.toFile().setWritable(true, false);
        }
    }
}
