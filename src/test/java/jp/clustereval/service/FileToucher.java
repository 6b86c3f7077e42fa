package jp.clustereval.service;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Opens and closes every file of a folder from inside the running JVM, as GTK's file chooser does
 * when it shows the folder (it reads the start of each file to tell its type). On Linux and macOS
 * each close drops every POSIX record lock this process holds on that file.
 */
public final class FileToucher {

    private FileToucher() {
    }

    /** The files it could open and close. */
    public static List<Path> touchAll(Path folder) throws IOException {
        List<Path> touched = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (!Files.isRegularFile(f)) {
                    continue; // sockets and folders cannot be opened as files
                }
                try (FileInputStream in = new FileInputStream(f.toFile())) {
                    in.read(new byte[64]);
                    touched.add(f);
                } catch (IOException e) {
                    // not readable: nothing was opened, so nothing was closed
                }
            }
        }
        return touched;
    }
}
