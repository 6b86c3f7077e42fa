package jp.clustereval.domain;

/** A member of the evaluation group; the id is a UUID made where the evaluator was created. */
public record Evaluator(String id, String name, String affiliation) {

    public Evaluator {
        affiliation = affiliation == null ? "" : affiliation;
    }

    public String displayName() {
        return affiliation.isBlank() ? name : name + " (" + affiliation + ")";
    }
}
