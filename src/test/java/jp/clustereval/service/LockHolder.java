package jp.clustereval.service;

import java.nio.file.Path;

/** Run in a child JVM by {@link DatabaseLockTest}: takes the lock of a database, prints "locked", waits to be killed. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseLock.acquire(Path.of(args[0]));
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
