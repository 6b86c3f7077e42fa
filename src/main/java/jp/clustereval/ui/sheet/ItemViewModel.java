package jp.clustereval.ui.sheet;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemKind;

/** One gradable row of a sheet: the item, my grade (null = not graded), comment and indications. */
public final class ItemViewModel {

    private final Item item;
    private final StringProperty grade = new SimpleStringProperty(this, "grade");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final StringProperty indication = new SimpleStringProperty(this, "indication", "");
    private final BooleanProperty missing = new SimpleBooleanProperty(this, "missing");

    public ItemViewModel(Item item) {
        this.item = item;
        grade.addListener((obs, old, now) -> {
            if (now != null) {
                missing.set(false);
            }
        });
    }

    public Item item() {
        return item;
    }

    public String id() {
        return item.id();
    }

    /** A research-theme sub-item under a graded item (shown indented). */
    public boolean isSubItem() {
        return item.kind() == ItemKind.SUB_ITEM;
    }

    public StringProperty gradeProperty() {
        return grade;
    }

    public String grade() {
        return grade.get();
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public StringProperty indicationProperty() {
        return indication;
    }

    /** Set when "Mark complete" found this item ungraded; cleared by grading it. */
    public BooleanProperty missingProperty() {
        return missing;
    }
}
