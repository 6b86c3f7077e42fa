package jp.clustereval.service;

import java.nio.file.Path;
import java.util.List;

/**
 * What the process holding a database answers to other ClusterEval processes over its lock's
 * socket ({@link DatabaseLock#answer}). Called on the lock's own threads.
 */
public interface InstanceRequests {

    /** True for the desktop application: it takes score files and comes to the front. */
    boolean desktop();

    /**
     * Opens the files (already checked: absolute paths of regular score files) in the import
     * preview and brings the window to the front; with no files, only the latter.
     */
    void open(List<Path> files);

    /** A consistent copy of the database, made now, in a file the asking process deletes. */
    Path snapshot();

    /** The desktop's answers: files go to {@code open}; copies as {@link #copiesOf}. */
    static InstanceRequests desktop(jp.clustereval.persistence.Database db, java.util.function.Consumer<List<Path>> open) {
        return new InstanceRequests() {
            @Override
            public boolean desktop() {
                return true;
            }

            @Override
            public void open(List<Path> files) {
                open.accept(files);
            }

            @Override
            public Path snapshot() {
                return Snapshots.make(db);
            }
        };
    }

    /** A holder with the database open but no window: it makes copies, and takes no files. */
    static InstanceRequests copiesOf(jp.clustereval.persistence.Database db) {
        return new InstanceRequests() {
            @Override
            public boolean desktop() {
                return false;
            }

            @Override
            public void open(List<Path> files) {
                throw new UnsupportedOperationException("not a desktop");
            }

            @Override
            public Path snapshot() {
                return Snapshots.make(db);
            }
        };
    }
}
