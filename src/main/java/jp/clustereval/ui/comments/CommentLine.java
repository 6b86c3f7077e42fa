package jp.clustereval.ui.comments;

import java.util.Set;

/**
 * One compiled comment as the chair reads it: author shown as a name or a number, the tags of
 * common issues. evaluatorId says whose comment it is, used only to change its tags (a name could
 * be two people's).
 */
public record CommentLine(String clusterCode, String author, String itemId, String field, String text,
                          Set<String> tags, String evaluatorId) {

    public CommentLine {
        tags = Set.copyOf(tags);
    }
}
