package jp.clustereval.service;

/** One sheet of a file in a preview or import report: what happens to it, and how far it is graded. */
public record SheetReport(String clusterCode, SheetChange change, long revision, Long storedRevision, int graded,
                          int missing) {
}
