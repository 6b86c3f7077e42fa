package jp.clustereval.service;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link DatabaseLockTest}: takes the lock of a database, prints "locked";
 * with {@code --touch-files} it then opens and closes every file of the database's folder and of
 * the lock folder (as a file chooser does) and prints "touched"; then waits to be killed.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        DatabaseLock.acquire(db);
        System.out.println("locked");
        System.out.flush();
        if (args.length > 1 && args[1].equals("--touch-files")) {
            FileToucher.touchAll(db.toAbsolutePath().getParent());
            FileToucher.touchAll(LockFolder.folder());
            System.out.println("touched");
            System.out.flush();
        }
        Thread.sleep(120_000);
    }
}
