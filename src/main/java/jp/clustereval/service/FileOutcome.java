package jp.clustereval.service;

/**
 * A file's result: something to store, nothing to store, held for the chair's decision (who it is
 * from is in doubt: nothing of it is stored until the chair accepts it), or refused.
 */
public enum FileOutcome {
    ACCEPTED, UNCHANGED, HELD, REJECTED
}
