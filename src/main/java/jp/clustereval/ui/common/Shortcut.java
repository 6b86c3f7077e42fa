package jp.clustereval.ui.common;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every keyboard shortcut of the desktop, in one table: the main window's menus take their
 * accelerators from here, the other windows install the {@link Area#EVERY_WINDOW} ones, the key
 * handlers match against it, and Help &gt; Keyboard lists it. A hint and its behaviour therefore
 * come from the same row and cannot drift apart.
 */
public enum Shortcut {

    RADAR(Area.EVERY_WINDOW, "Shortcut+R", "menuRadar", "menu.view.radar"),
    RADAR_GRID(Area.EVERY_WINDOW, "Shortcut+G", "menuRadarGrid", "menu.view.grid"),
    RESULTS(Area.EVERY_WINDOW, "Shortcut+Shift+R", "menuResults", "menu.panel.results"),
    COMPLETENESS(Area.EVERY_WINDOW, "Shortcut+Shift+M", "menuCompleteness", "menu.panel.completeness"),
    MISSING(Area.MAIN_WINDOW, "Shortcut+Shift+W", "menuMissing", "menu.panel.missing"),
    CONFLICTS(Area.EVERY_WINDOW, "Shortcut+Shift+K", "menuConflicts", "menu.panel.conflicts"),
    OVERVIEW(Area.EVERY_WINDOW, "Shortcut+Shift+O", "menuOverview", "menu.view.overview"),
    TOGGLE_LANGUAGE(Area.EVERY_WINDOW, "Shortcut+L", "menuToggleLanguage", "menu.view.toggleLanguage"),
    KEYBOARD(Area.EVERY_WINDOW, "F1", "menuKeyboard", "menu.help.keyboard"),
    QUIT(Area.EVERY_WINDOW, "Shortcut+Q", "menuQuit", "menu.file.quit"),

    OPEN_DATABASE(Area.MAIN_WINDOW, "Shortcut+O", "menuOpenDatabase", "menu.file.open"),
    EXPORT_CHART(Area.MAIN_WINDOW, "Shortcut+E", "menuExportChart", "menu.file.export"),
    EXPORT_SCORES(Area.MAIN_WINDOW, "Shortcut+Shift+E", "menuExportScores", "menu.file.exportScores"),
    IMPORT(Area.MAIN_WINDOW, "Shortcut+I", "menuImport", "menu.panel.import"),
    IMPORT_FOLDER(Area.MAIN_WINDOW, "Shortcut+Shift+I", "menuImportFolder", "menu.panel.importFolder"),
    UNDO(Area.MAIN_WINDOW, "Shortcut+Z", "menuUndo", "menu.edit.undo"),
    REDO(Area.MAIN_WINDOW, "Shortcut+Y", "menuRedo", "menu.edit.redo"),
    MARK_COMPLETE(Area.MAIN_WINDOW, "Shortcut+Enter", "menuMarkComplete", "menu.sheet.markComplete"),
    FIRST_UNGRADED(Area.MAIN_WINDOW, "Shortcut+U", "menuFirstItem", "menu.sheet.firstItem"),
    FIND(Area.MAIN_WINDOW, "Shortcut+F", "menuFind", "menu.sheet.find"),
    MEETING(Area.MAIN_WINDOW, "F11", "menuMeeting", "menu.panel.meeting"),

    SEARCH_OPEN(Area.CLUSTER_LIST, "Enter", null, "keys.searchOpen"),
    LIST_OPEN(Area.CLUSTER_LIST, "Enter", null, "keys.listOpen"),
    LIST_GRADE(Area.CLUSTER_LIST, null, "keys.grades.keys", "keys.listGrade"),

    SHEET_GRADE(Area.SHEET, null, "keys.grades.keys", "keys.sheetGrade"),
    SHEET_MOVE(Area.SHEET, null, "keys.sheetMove.keys", "keys.sheetMove"),
    SHEET_CLEAR(Area.SHEET, null, "keys.sheetClear.keys", "keys.sheetClear"),
    SHEET_TAB(Area.SHEET, "Tab", null, "keys.sheetTab"),

    TEXT_LEAVE(Area.TEXT_BOX, "Esc", null, "keys.textLeave"),
    TEXT_NEXT(Area.TEXT_BOX, "Tab", null, "keys.textNext"),
    TEXT_UNDO(Area.TEXT_BOX, "Shortcut+Z", null, "keys.textUndo"),
    TEXT_REDO(Area.TEXT_BOX, "Shortcut+Y", null, "keys.textRedo"),

    OVERVIEW_GRADE(Area.OVERVIEW, null, "keys.grades.keys", "keys.overviewGrade"),
    OVERVIEW_MOVE(Area.OVERVIEW, null, "keys.overviewMove.keys", "keys.overviewMove"),
    OVERVIEW_CLEAR(Area.OVERVIEW, null, "keys.sheetClear.keys", "keys.sheetClear"),
    OVERVIEW_UNDO(Area.OVERVIEW, "Shortcut+Z", null, "menu.edit.undo"),
    OVERVIEW_REDO(Area.OVERVIEW, "Shortcut+Y", null, "menu.edit.redo"),
    OVERVIEW_COPY(Area.OVERVIEW, "Shortcut+C", null, "overview.copy.tooltip"),
    OVERVIEW_PRINT(Area.OVERVIEW, "Shortcut+P", null, "overview.print"),

    ASSIGN_MOVE(Area.ASSIGNMENTS, null, "keys.assignMove.keys", "keys.assignMove"),
    ASSIGN_TOGGLE(Area.ASSIGNMENTS, "Space", null, "keys.assignToggle"),
    EDITOR_INSERT(Area.ROUND_EDITOR, "Insert", null, "keys.editorInsert"),
    EDITOR_INSERT_CHILD(Area.ROUND_EDITOR, "Shortcut+Insert", null, "keys.editorInsertChild"),
    EDITOR_RENAME(Area.ROUND_EDITOR, "F2", null, "keys.editorRename"),
    EDITOR_EDIT(Area.ROUND_EDITOR, "Enter", null, "keys.editorEdit"),
    EDITOR_REMOVE(Area.ROUND_EDITOR, "Delete", null, "keys.editorRemove"),
    EDITOR_MOVE_UP(Area.ROUND_EDITOR, "Alt+Up", null, "keys.editorMoveUp"),
    EDITOR_MOVE_DOWN(Area.ROUND_EDITOR, "Alt+Down", null, "keys.editorMoveDown"),

    MEETING_NEXT(Area.MEETING, "Alt+Right", null, "keys.meetingNext"),
    MEETING_PREVIOUS(Area.MEETING, "Alt+Left", null, "keys.meetingPrevious"),
    MEETING_SAVE(Area.MEETING, "Shortcut+S", null, "keys.meetingSave");

    /** Where a shortcut works; each area is a heading of the keyboard page. */
    public enum Area {
        EVERY_WINDOW("keys.area.everyWindow"),
        MAIN_WINDOW("keys.area.mainWindow"),
        CLUSTER_LIST("keys.area.clusterList"),
        SHEET("keys.area.sheet"),
        TEXT_BOX("keys.area.textBox"),
        OVERVIEW("keys.area.overview"),
        ASSIGNMENTS("keys.area.assignments"),
        ROUND_EDITOR("keys.area.roundEditor"),
        MEETING("keys.area.meeting");

        private final String titleKey;

        Area(String titleKey) {
            this.titleKey = titleKey;
        }

        public String titleKey() {
            return titleKey;
        }
    }

    private final Area area;
    private final KeyCombination keys;
    private final String menuItemId;
    /** For a row without one key combination: the bundle key of its keys as shown. */
    private final String keysTextKey;
    private final String actionKey;

    /**
     * @param keys the combination, or null for a group of keys
     * @param menuItemIdOrKeysText with a combination, the menu item's fx:id (or null); without one,
     *        the bundle key of the keys as shown
     */
    Shortcut(Area area, String keys, String menuItemIdOrKeysText, String actionKey) {
        this.area = area;
        this.keys = keys == null ? null : KeyCombination.valueOf(keys);
        this.menuItemId = keys == null ? null : menuItemIdOrKeysText;
        this.keysTextKey = keys == null ? menuItemIdOrKeysText : null;
        this.actionKey = actionKey;
    }

    public Area area() {
        return area;
    }

    /** The key combination, or empty for keys that depend on the round (the grade letters) or are a group. */
    public Optional<KeyCombination> keys() {
        return Optional.ofNullable(keys);
    }

    /** The fx:id of the main window's menu item that carries this shortcut, if any. */
    public Optional<String> menuItemId() {
        return Optional.ofNullable(menuItemId);
    }

    /** The bundle key that says what the shortcut does (a menu text keeps its mnemonic mark "_"). */
    public String actionKey() {
        return actionKey;
    }

    /** The keys as the keyboard page and the hints show them, in this platform's words (Ctrl+G). */
    public String keysText(Messages messages) {
        if (this == TEXT_REDO) {
            return keys.getDisplayText() + " / " + KeyCombination.valueOf("Shortcut+Shift+Z").getDisplayText();
        }
        return keys == null ? messages.get(keysTextKey) : keys.getDisplayText();
    }

    /** The action as the keyboard page shows it: the menu text without its mnemonic ("_O", Japanese "(_O)"). */
    public String actionText(Messages messages) {
        return messages.get(actionKey).replaceAll("\\(_.\\)", "").replace("_", "");
    }

    public boolean matches(KeyEvent event) {
        return keys != null && keys.match(event);
    }

    public static List<Shortcut> in(Area area) {
        return Arrays.stream(values()).filter(s -> s.area == area).toList();
    }

    /** Gives every menu item of the bar that has a row here its accelerator from the row. */
    public static void applyTo(MenuBar bar) {
        for (Menu menu : bar.getMenus()) {
            applyTo(menu);
        }
    }

    private static void applyTo(Menu menu) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                applyTo(sub);
            } else if (item.getId() != null) {
                Arrays.stream(values()).filter(s -> item.getId().equals(s.menuItemId)).findFirst()
                        .ifPresent(s -> item.setAccelerator(s.keys));
            }
        }
    }
}
