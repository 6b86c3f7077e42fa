package jp.clustereval.ui.rounds;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A unit of a round as a check list shows it: its code, its name ready to show, and whether it is in the cohort. */
public final class UnitChoice {

    private final String code;
    private final String label;
    private final BooleanProperty inCohort;

    public UnitChoice(String code, String label, boolean inCohort) {
        this.code = code;
        this.label = label;
        this.inCohort = new SimpleBooleanProperty(this, "inCohort", inCohort);
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public BooleanProperty inCohortProperty() {
        return inCohort;
    }

    public boolean inCohort() {
        return inCohort.get();
    }

    @Override
    public String toString() {
        return label;
    }
}
