package jp.clustereval.service;

/** What importing a sheet does to the stored one. */
public enum SheetChange {
    /** No sheet of this evaluator and cluster yet: it is added. */
    NEW,
    /** A higher revision: it replaces the stored one (the replaced values stay in the audit history). */
    NEWER,
    /** Same revision and content (or a conflict the chair already decided): nothing to do. */
    UNCHANGED,
    /** A lower revision than stored: skipped and reported. */
    OLDER,
    /** Same revision, different content: recorded for the chair to decide; the stored sheet stays. */
    CONFLICT
}
