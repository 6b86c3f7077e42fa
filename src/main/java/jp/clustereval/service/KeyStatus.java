package jp.clustereval.service;

/** How a file's signing key relates to the key pinned for its evaluator. */
public enum KeyStatus {
    /** The pinned key. */
    PINNED,
    /** No key pinned for this evaluator yet: this one will be (trust on first use). */
    FIRST_USE,
    /** Another key than the pinned one: the file is refused unless the chair accepts the new key. */
    MISMATCH,
    /** Another key than the pinned one, accepted by the chair with a reason (recorded). */
    OVERRIDDEN,
    /** A CSV: nothing is signed. */
    UNSIGNED
}
