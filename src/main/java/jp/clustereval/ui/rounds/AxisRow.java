package jp.clustereval.ui.rounds;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** An axis of the round as its editable table row holds it: every cell a text until it is saved. */
public final class AxisRow {

    private final StringProperty code;
    private final StringProperty nameJa;
    private final StringProperty nameEn;
    private final StringProperty weight;

    public AxisRow(String code, String nameJa, String nameEn, String weight) {
        this.code = new SimpleStringProperty(this, "code", code);
        this.nameJa = new SimpleStringProperty(this, "nameJa", nameJa);
        this.nameEn = new SimpleStringProperty(this, "nameEn", nameEn);
        this.weight = new SimpleStringProperty(this, "weight", weight);
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameJaProperty() {
        return nameJa;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public StringProperty weightProperty() {
        return weight;
    }
}
