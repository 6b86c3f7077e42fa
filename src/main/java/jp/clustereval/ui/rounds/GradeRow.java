package jp.clustereval.ui.rounds;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A grade of the round's scale as its editable table row holds it: every cell a text until it is saved. */
public final class GradeRow {

    private final StringProperty code;
    private final StringProperty value;
    private final StringProperty wordingJa;
    private final StringProperty wordingEn;

    public GradeRow(String code, String value, String wordingJa, String wordingEn) {
        this.code = new SimpleStringProperty(this, "code", code);
        this.value = new SimpleStringProperty(this, "value", value);
        this.wordingJa = new SimpleStringProperty(this, "wordingJa", wordingJa);
        this.wordingEn = new SimpleStringProperty(this, "wordingEn", wordingEn);
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty wordingJaProperty() {
        return wordingJa;
    }

    public StringProperty wordingEnProperty() {
        return wordingEn;
    }
}
