package jp.clustereval.ui.weights;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One weight the weighting group types: an axis (share of the total) or an item (share within its
 * axis). The input is any non-negative number; the normalised percentage is shown beside it.
 */
public final class WeightRow {

    private final String code;
    private final String axisCode;
    private final String label;
    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final ReadOnlyStringWrapper percent = new ReadOnlyStringWrapper(this, "percent", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** The stored weight this row was read with (in percent, unrounded) and the rounded text it showed. */
    private final double stored;
    private final String shown;

    WeightRow(String code, String axisCode, String label, String input) {
        this(code, axisCode, label, input, Double.NaN);
    }

    WeightRow(String code, String axisCode, String label, String input, double stored) {
        this.code = code;
        this.axisCode = axisCode;
        this.label = label;
        this.input.set(input);
        this.stored = stored;
        this.shown = input;
    }

    /** The axis code or the item id. */
    public String code() {
        return code;
    }

    /** The axis it belongs to (itself for an axis row). */
    public String axisCode() {
        return axisCode;
    }

    public String label() {
        return label;
    }

    public StringProperty inputProperty() {
        return input;
    }

    public ReadOnlyStringProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    void setPercent(String text) {
        percent.set(text);
    }

    /** What is wrong with this weight as typed (alone or with the others of its group); empty when fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void setProblem(String text) {
        problem.set(text);
    }

    /**
     * The value to store: the stored weight itself while the field still shows its rounded text (so
     * storing untouched fields stores the same weights, not their rounding), else the typed value.
     */
    double valueToStore() {
        return !Double.isNaN(stored) && shown.equals(input.get()) ? stored : value();
    }

    /** The typed value, or NaN when it is not a non-negative number. */
    double value() {
        try {
            double v = Double.parseDouble(input.get().strip().replace(',', '.'));
            return Double.isFinite(v) && v >= 0 ? v : Double.NaN;
        } catch (NumberFormatException | NullPointerException e) {
            return Double.NaN;
        }
    }
}
