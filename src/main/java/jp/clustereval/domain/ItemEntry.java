package jp.clustereval.domain;

/** What an evaluator wrote for one item: a grade (null when not graded), a comment and indications. */
public record ItemEntry(String itemId, String grade, String comment, String indication) {

    public ItemEntry {
        comment = comment == null ? "" : comment;
        indication = indication == null ? "" : indication;
    }

    public boolean isGraded() {
        return grade != null;
    }
}
