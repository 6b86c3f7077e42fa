package jp.clustereval.domain;

/** A member of the evaluation group; the id is a UUID made where the evaluator was created. */
public record Evaluator(String id, String name, String affiliation) {

    /** The form every evaluator id is compared and stored in: without surrounding blanks, in lower case. */
    public static String normaliseId(String id) {
        return id == null ? null : id.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public Evaluator {
        affiliation = affiliation == null ? "" : affiliation;
    }

    public String displayName() {
        return affiliation.isBlank() ? name : name + " (" + affiliation + ")";
    }
}
