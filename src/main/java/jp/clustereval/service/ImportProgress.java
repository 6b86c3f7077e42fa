package jp.clustereval.service;

/** Progress of a commit, called after each file (from the thread that runs the commit). */
@FunctionalInterface
public interface ImportProgress {

    void fileDone(int done, int total, String fileName);

    static ImportProgress none() {
        return (done, total, name) -> { };
    }
}
