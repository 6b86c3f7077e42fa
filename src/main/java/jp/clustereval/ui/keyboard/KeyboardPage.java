package jp.clustereval.ui.keyboard;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Shortcut;

/**
 * Help &gt; Keyboard: every shortcut of {@link Shortcut}, under a heading per area, keys on the left
 * and what they do on the right. Built from the same table the menus and key handlers use.
 */
public final class KeyboardPage {

    private KeyboardPage() {
    }

    public static Parent build(Messages messages) {
        GridPane grid = new GridPane();
        grid.setId("keyboardGrid");
        grid.getStyleClass().add("keyboard-page");
        grid.setHgap(18);
        grid.setVgap(4);
        grid.setPadding(new Insets(14));
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints action = new ColumnConstraints();
        action.setMinWidth(260);
        grid.getColumnConstraints().addAll(keys, action);
        int line = 0;
        Label intro = new Label(messages.get("keys.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(intro, 0, line++, 2, 1);
        for (Shortcut.Area area : Shortcut.Area.values()) {
            Label heading = new Label(messages.get(area.titleKey()));
            heading.setId("keyboardArea-" + area.name());
            heading.getStyleClass().add("axis-title");
            heading.setPadding(new Insets(10, 0, 2, 0));
            grid.add(heading, 0, line++, 2, 1);
            for (Shortcut s : Shortcut.in(area)) {
                Label key = new Label(s.keysText(messages));
                key.setId("keyboardKeys-" + s.name());
                key.getStyleClass().add("keyboard-keys");
                key.setMinWidth(Region.USE_PREF_SIZE);
                Label what = new Label(s.actionText(messages));
                what.setId("keyboardAction-" + s.name());
                what.setWrapText(true);
                what.setMinHeight(Region.USE_PREF_SIZE);
                key.setLabelFor(what);
                grid.add(key, 0, line);
                grid.add(what, 1, line++);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("keyboardPage");
        scroll.setFitToWidth(true);
        // tall enough for the whole list on a 900-pixel screen (the grid's height is known only after styling)
        scroll.setPrefViewportHeight(720);
        scroll.setPrefViewportWidth(600);
        return scroll;
    }
}
