package jp.clustereval.ui.main;

import java.nio.file.Path;
import java.util.ResourceBundle;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import jp.clustereval.ui.common.DesktopActions;
import jp.clustereval.ui.common.Subscriptions;

/**
 * Binds the main window's File &gt; Open recent, Edit menu, backup items and read-only badge; in a
 * read-only session the items that would change the database are disabled, and each menu holding
 * them says why in a first, disabled line (a menu item has no tooltip).
 */
final class DesktopMenus {

    /** The menu items that change the database (or make it current elsewhere): they cannot work read-only. */
    static final java.util.Set<String> WRITERS = java.util.Set.of("menuOpenRoundPackage", "menuSwitchRound", "menuNewRound",
            "menuFileImport", "menuBackupNow", "menuRestoreBackup", "menuMarkComplete", "menuImport", "menuImportFolder",
            "menuImportEvidence");

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

    /** In a read-only session: the writing items disabled, and a note at the top of each menu holding one. */
    void explainReadOnly(javafx.scene.control.MenuBar bar) {
        if (vm.app().session() == null || !vm.app().session().readOnly()) {
            return;
        }
        for (Menu menu : bar.getMenus()) {
            boolean any = false;
            for (MenuItem item : menu.getItems()) {
                if (item.getId() != null && WRITERS.contains(item.getId())) {
                    item.disableProperty().unbind();
                    item.setDisable(true);
                    any = true;
                }
            }
            if (any) {
                MenuItem note = new MenuItem(resources.getString("menu.readOnlyNote"));
                note.setId(menu.getId() + "ReadOnlyNote");
                note.setMnemonicParsing(false);
                note.setDisable(true);
                menu.getItems().add(0, note);
                menu.getItems().add(1, new javafx.scene.control.SeparatorMenuItem());
            }
        }
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
