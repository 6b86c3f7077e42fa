package jp.clustereval.ui.rounds;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.util.Callback;

/** A unit of a cohort check list: its check box bound to the unit's place in the cohort, and named for screen readers. */
final class CohortCell extends CheckBoxListCell<UnitChoice> {

    private CohortCell() {
        super(UnitChoice::inCohortProperty);
    }

    static Callback<ListView<UnitChoice>, ListCell<UnitChoice>> factory() {
        return list -> new CohortCell();
    }

    @Override
    public void updateItem(UnitChoice item, boolean empty) {
        super.updateItem(item, empty);
        if (getGraphic() instanceof CheckBox box) {
            box.setAccessibleText(empty || item == null ? null : item.label());
        }
    }
}
