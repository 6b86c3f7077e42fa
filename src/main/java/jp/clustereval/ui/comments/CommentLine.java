package jp.clustereval.ui.comments;

import java.util.Set;

/**
 * One compiled comment as the chair reads it: author shown as a name or a number, the tags of
 * common issues. signer is the evaluator's name, used only to change the comment's tags.
 */
public record CommentLine(String clusterCode, String author, String itemId, String field, String text,
                          Set<String> tags, String signer) {

    public CommentLine {
        tags = Set.copyOf(tags);
    }
}
