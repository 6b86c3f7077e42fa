package jp.clustereval.ui.conflicts;

/** One line of the side-by-side view: what it is, the stored and the incoming value, and whether they differ. */
public record ConflictLine(String label, String stored, String incoming, boolean differs) {
}
