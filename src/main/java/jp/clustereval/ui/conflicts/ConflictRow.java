package jp.clustereval.ui.conflicts;

/** One open conflict in the list. */
public record ConflictRow(long id, String evaluatorId, String evaluatorName, String cluster, long revision,
                          String fileName, String detected) {
}
