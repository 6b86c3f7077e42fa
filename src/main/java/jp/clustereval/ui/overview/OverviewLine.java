package jp.clustereval.ui.overview;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import jp.clustereval.service.Overview;

/**
 * One row of the overview's grid, kept while its figures change (a grade typed, a rank moved), so
 * the table's selection and focus stay where they are.
 */
public final class OverviewLine {

    private final String code;
    private final ObjectProperty<Overview.Row> row;

    OverviewLine(Overview.Row row) {
        this.code = row.code();
        this.row = new SimpleObjectProperty<>(this, "row", row);
    }

    public String code() {
        return code;
    }

    public Overview.Row row() {
        return row.get();
    }

    public ObjectProperty<Overview.Row> rowProperty() {
        return row;
    }
}
