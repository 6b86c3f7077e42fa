package jp.clustereval.report;

/** One comment as a report prints it: the item's label, comment or indication, the author (name or number), the text. */
public record CommentLine(String clusterCode, String itemLabel, String field, String author, String text) {
}
