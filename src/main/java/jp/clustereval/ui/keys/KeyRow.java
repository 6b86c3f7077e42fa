package jp.clustereval.ui.keys;

/** One pinned key (or an earlier key of the evaluator, inactive) as the list shows it. */
public record KeyRow(long id, String evaluatorId, String evaluatorName, String fingerprint, String trust,
                     String trustText, boolean active, String activeText, String at, String by, String reason) {

    public boolean verified() {
        return "verified".equals(trust);
    }
}
