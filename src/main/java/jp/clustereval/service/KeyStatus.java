package jp.clustereval.service;

/** How a file's signing key relates to the key pinned (stored) for its evaluator. */
public enum KeyStatus {
    /** The stored pinned key. */
    PINNED,
    /** No key stored for this evaluator yet: this one will be pinned (trust on first use). */
    FIRST_USE,
    /** Another key than the pinned one: the file is refused unless the chair accepts this key. */
    MISMATCH,
    /** A key the chair accepted by its fingerprint, with a reason (recorded when stored). */
    OVERRIDDEN,
    /**
     * No key stored, and the files of this import sign for the evaluator with several keys: none is
     * pinned by the order of the files; the files are held until the chair accepts one key.
     */
    CONFLICTING,
    /** A CSV: nothing is signed. */
    UNSIGNED
}
