package jp.clustereval.domain;

/** What an evaluation item is for. */
public enum ItemKind {
    /** A grouping line of the item tree (e.g. "1 Progress so far"); never graded. */
    HEADING,
    /** An item graded on the scale and counted in one axis. */
    GRADED,
    /** A sub-item of a graded item (e.g. one research theme under 1.1); its parent scores their mean. */
    SUB_ITEM
}
