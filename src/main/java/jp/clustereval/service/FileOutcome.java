package jp.clustereval.service;

/** A file's result: something to store, nothing to store, or refused. */
public enum FileOutcome {
    ACCEPTED, UNCHANGED, REJECTED
}
