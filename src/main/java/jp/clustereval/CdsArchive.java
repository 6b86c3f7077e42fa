package jp.clustereval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * First-run creation of the AppCDS archive of an installed ClusterEval (see installer/README.md).
 * The installer's launcher passes {@code -XX:SharedArchiveFile=ARCHIVE -Xshare:auto} and names the
 * same archive and the bundled class list in the properties {@code clustereval.cds.archive} and
 * {@code clustereval.cds.classlist}. The Linux package dumps the archive in its postinst; where no
 * installer step did (an unpacked app-image, a per-user install), the first start finds it missing
 * and, if the folder is writable, starts a detached background dump with the installation's own
 * java (to a temporary name, renamed when complete), so the next start uses it. The archive's name
 * holds the version, so a new version dumps its own. Outside an installation this does nothing.
 */
final class CdsArchive {

    private static final Logger LOG = Logger.getLogger(CdsArchive.class.getName());
    private static final Duration DUMP_IN_PROGRESS = Duration.ofMinutes(5);

    private CdsArchive() {
    }

    static void ensureInBackground() {
        String archiveProp = System.getProperty("clustereval.cds.archive");
        String classlistProp = System.getProperty("clustereval.cds.classlist");
        if (archiveProp == null || classlistProp == null) {
            return;
        }
        try {
            Path archive = Path.of(archiveProp);
            Path classlist = Path.of(classlistProp);
            Path dir = archive.getParent();
            if (Files.exists(archive) || !Files.isRegularFile(classlist) || dir == null || !Files.isWritable(dir)) {
                return;
            }
            Path part = dir.resolve(archive.getFileName() + ".part");
            if (Files.exists(part) && Files.getLastModifiedTime(part).toInstant().isAfter(Instant.now().minus(DUMP_IN_PROGRESS))) {
                return; // another start is dumping it right now
            }
            String java = Path.of(System.getProperty("java.home"), "bin",
                    isWindows() ? "java.exe" : "java").toString();
            String dump = q(java) + " -Xshare:dump -Xlog:cds=off -XX:SharedClassListFile=" + q(classlist.toString())
                    + " -XX:SharedArchiveFile=" + q(part.toString()) + " -cp " + q(System.getProperty("java.class.path"));
            List<String> command = isWindows()
                    ? List.of("cmd", "/c", dump + " && move /y " + q(part.toString()) + " " + q(archive.toString()))
                    : List.of("/bin/sh", "-c", dump + " && mv -f " + q(part.toString()) + " " + q(archive.toString()));
            Files.deleteIfExists(part);
            Files.writeString(part, "");
            Files.setLastModifiedTime(part, FileTime.from(Instant.now()));
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            LOG.info(() -> "Creating the class-data sharing archive " + archive + " in the background");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "No class-data sharing archive created", e);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /** Quotes one argument for sh (single quotes) or cmd (double quotes). */
    private static String q(String s) {
        if (isWindows()) {
            return "\"" + s.replace("\"", "") + "\"";
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
