package jp.clustereval.report;

import java.util.List;

/**
 * One comment as a report prints it: the item's label, comment or indication, the author (name or
 * number), the text, and the common issues it is tagged with (their labels in the report's language).
 */
public record CommentLine(String clusterCode, String itemLabel, String field, String author, String text, List<String> tags) {

    public CommentLine {
        tags = List.copyOf(tags);
    }
}
