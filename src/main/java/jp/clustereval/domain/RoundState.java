package jp.clustereval.domain;

/**
 * Whether a round's grading definition (units, items, item-to-axis map, scale) may still change:
 * {@code preparing} until the first grade of the round is stored, {@code grading} from then on (only
 * names, evidence, weights, roster and assignments change). Derived from the stored grades, never stored.
 */
public enum RoundState {
    PREPARING("preparing"), GRADING("grading");

    private final String code;

    RoundState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
