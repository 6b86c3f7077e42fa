package jp.clustereval.ui.main;

import java.nio.file.Path;
import java.util.ResourceBundle;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import jp.clustereval.ui.common.DesktopActions;
import jp.clustereval.ui.common.Subscriptions;

/** Binds the main window's File &gt; Open recent, Edit menu, backup items and read-only badge. */
final class DesktopMenus {

    private final MainViewModel vm;
    private final DesktopActions desktop;
    private final ResourceBundle resources;

    DesktopMenus(MainViewModel vm, DesktopActions desktop, ResourceBundle resources) {
        this.vm = vm;
        this.desktop = desktop;
        this.resources = resources;
    }

    void bind(Menu recent, MenuItem undo, MenuItem redo, MenuItem retry, MenuItem backupNow, MenuItem restore,
              Label readOnlyBadge, Subscriptions subscriptions) {
        subscriptions.onListChange(desktop.recentDatabases(), change -> fillRecent(recent));
        fillRecent(recent);
        boolean readOnly = vm.app().session() != null && vm.app().session().readOnly();
        undo.disableProperty().bind(vm.sheet().edits().history().canUndoProperty().not());
        redo.disableProperty().bind(vm.sheet().edits().history().canRedoProperty().not());
        retry.disableProperty().bind(vm.sheet().edits().unsavedProperty().not());
        backupNow.setDisable(readOnly);
        restore.setDisable(readOnly);
        readOnlyBadge.setVisible(readOnly);
        readOnlyBadge.setManaged(readOnly);
        readOnlyBadge.setAccessibleText(resources.getString("status.readOnly.accessible"));
        readOnlyBadge.setTooltip(new javafx.scene.control.Tooltip(resources.getString("sheet.readOnly")));
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        int n = 0;
        for (Path p : desktop.recentDatabases()) {
            MenuItem item = new MenuItem((n < 9 ? "_" + (n + 1) + " " : "") + p.getFileName() + "  —  " + p.getParent());
            item.setId("recentDatabase-" + n++);
            item.setOnAction(e -> desktop.openDatabase(p));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(resources.getString("menu.file.openRecent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }
}
