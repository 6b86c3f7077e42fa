package jp.clustereval.ui.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.clustereval.domain.GradeLevel;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.Round;
import jp.clustereval.service.ItemTextField;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.PhraseLabel;

/**
 * One item of the sheet: id, name, description, the S/A/B/C toggles with the grade wording, and
 * the comment and indications. The row itself takes keyboard focus: S/A/B/C grade and move on,
 * Up/Down move, Delete/Backspace clear; keys typed in the text areas never grade.
 */
final class ItemRow extends VBox {

    /** Moves focus from a row to another (delta -1 up, +1 down). */
    interface Navigation {
        void move(ItemRow from, int delta);
    }

    private static final double GRADE_COLUMN = 180;
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    private final ItemViewModel item;
    private final SheetViewModel vm;
    private final Round round;
    private final Language language;
    private final ResourceBundle resources;
    private final Navigation navigation;
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final ToggleGroup group = new ToggleGroup();
    /** The grade's wording, wrapped between phrases only (Japanese would otherwise break inside a word). */
    private final PhraseLabel wording = new PhraseLabel();
    private final TextArea comment = new TextArea();
    private final TextArea indication = new TextArea();
    private final ChangeListener<String> gradeListener = (obs, o, n) -> showGrade(n);
    private final ChangeListener<Boolean> missingListener = (obs, o, n) -> pseudoClassStateChanged(MISSING, n);

    ItemRow(ItemViewModel item, SheetViewModel vm, Round round, Language language, ResourceBundle resources,
            Navigation navigation) {
        this.item = item;
        this.vm = vm;
        this.round = round;
        this.language = language;
        this.resources = resources;
        this.navigation = navigation;
        setId(nodeId(item.id()));
        getStyleClass().add("item-row");
        if (item.isSubItem()) {
            getStyleClass().add("sub-item");
        }
        setFocusTraversable(true);
        setSpacing(6);
        String name = item.item().name().in(language);
        setAccessibleRole(AccessibleRole.LIST_ITEM);
        setAccessibleText(item.id() + " " + name);
        getChildren().addAll(header(name), texts());
        item.gradeProperty().addListener(gradeListener);
        item.missingProperty().addListener(missingListener);
        showGrade(item.grade());
        pseudoClassStateChanged(MISSING, item.missingProperty().get());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        setOnMouseClicked(e -> {
            if (!(e.getTarget() instanceof TextInputControl)) {
                requestFocus();
            }
        });
    }

    static String nodeId(String itemId) {
        return "item-" + itemId.replace('.', '_');
    }

    private HBox header(String name) {
        Label id = new Label(item.id());
        id.setId(nodeId(item.id()) + "-id");
        id.getStyleClass().add("item-id");
        id.setMinWidth(Region.USE_PREF_SIZE);
        Label nameLabel = new Label(name);
        nameLabel.setId(nodeId(item.id()) + "-name");
        nameLabel.getStyleClass().add("item-name");
        nameLabel.setWrapText(true);
        nameLabel.setMinHeight(Region.USE_PREF_SIZE);
        Label description = new Label(item.item().description().in(language));
        description.setId(nodeId(item.id()) + "-description");
        description.getStyleClass().add("item-description");
        description.setWrapText(true);
        description.setMinHeight(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, nameLabel, description);
        HBox.setHgrow(text, Priority.ALWAYS);

        HBox toggles = new HBox();
        toggles.getStyleClass().add("grade-toggles");
        toggles.setId(nodeId(item.id()) + "-grades");
        List<GradeLevel> levels = round.scale().levels();
        for (int i = 0; i < levels.size(); i++) {
            toggles.getChildren().add(button(levels.get(i), i, levels.size()));
        }
        wording.setId(nodeId(item.id()) + "-wording");
        wording.getStyleClass().add("grade-wording");
        wording.setTextAlignment(Pos.TOP_RIGHT);
        wording.setPrefWrapLength(GRADE_COLUMN);
        wording.setMaxWidth(GRADE_COLUMN);
        wording.setMinHeight(Region.USE_PREF_SIZE);
        VBox gradeBox = new VBox(4, toggles, wording);
        gradeBox.setAlignment(Pos.TOP_RIGHT);
        // one width for every row, so the S/A/B/C toggles line up down the sheet
        gradeBox.setMinWidth(GRADE_COLUMN);
        gradeBox.setPrefWidth(GRADE_COLUMN);
        gradeBox.setMaxWidth(GRADE_COLUMN);
        HBox header = new HBox(10, id, text, gradeBox);
        header.setAlignment(Pos.TOP_LEFT);
        return header;
    }

    private ToggleButton button(GradeLevel level, int index, int count) {
        String code = item.isSubItem() ? level.code().toLowerCase(Locale.ROOT) : level.code();
        ToggleButton b = new ToggleButton(code);
        b.setId(nodeId(item.id()) + "-grade-" + level.code());
        b.setUserData(level.code());
        b.setToggleGroup(group);
        b.getStyleClass().addAll("grade-button", index == 0 ? "first" : index == count - 1 ? "last" : "middle");
        b.setFocusTraversable(false); // the row takes the keys; Tab goes row, comment, indications
        String text = level.code() + " = " + level.wording().in(language);
        b.setTooltip(new Tooltip(text));
        b.setAccessibleText(Messages.format(resources, "sheet.grade.accessible", item.id(), text));
        b.setOnAction(e -> {
            vm.grade(item, b.isSelected() ? level.code() : null);
            requestFocus();
        });
        buttons.add(b);
        return b;
    }

    private HBox texts() {
        setUpText(comment, "comment", "sheet.comment.prompt", ItemTextField.COMMENT);
        comment.textProperty().bindBidirectional(item.commentProperty());
        setUpText(indication, "indication", "sheet.indication.prompt", ItemTextField.INDICATION);
        indication.textProperty().bindBidirectional(item.indicationProperty());
        HBox box = new HBox(8, comment, indication);
        box.getStyleClass().add("item-texts");
        return box;
    }

    private void setUpText(TextArea area, String suffix, String promptKey, ItemTextField field) {
        area.setId(nodeId(item.id()) + "-" + suffix);
        area.getStyleClass().add("item-text");
        area.setPromptText(resources.getString(promptKey));
        area.setAccessibleText(item.id() + " " + resources.getString(promptKey));
        area.setWrapText(true);
        area.setPrefRowCount(2);
        area.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(area, Priority.ALWAYS);
        area.setMaxWidth(Double.MAX_VALUE);
        TextBoxKeys.install(area, this::requestFocus);
        area.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                vm.flushText(item, field);
            }
        });
    }

    private void showGrade(String code) {
        for (ToggleButton b : buttons) {
            b.setSelected(b.getUserData().equals(code));
        }
        if (code == null) {
            wording.setText(resources.getString("sheet.notGraded"));
            wording.getStyleClass().remove("graded");
        } else {
            GradeLevel level = round.scale().require(code);
            wording.setText(level.wording().in(language));
            if (!wording.getStyleClass().contains("graded")) {
                wording.getStyleClass().add("graded");
            }
        }
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl
                || e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.UP || code == KeyCode.DOWN) {
            navigation.move(this, code == KeyCode.UP ? -1 : 1);
            e.consume();
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            vm.grade(item, null);
            e.consume();
        } else if (code.isLetterKey() && round.scale().find(code.getName()).isPresent()) {
            vm.grade(item, code.getName());
            navigation.move(this, 1);
            e.consume();
        }
    }

    ItemViewModel item() {
        return item;
    }

    /** Stops listening to the view model (the sheet is rebuilt). */
    void dispose() {
        item.gradeProperty().removeListener(gradeListener);
        item.missingProperty().removeListener(missingListener);
        comment.textProperty().unbindBidirectional(item.commentProperty());
        indication.textProperty().unbindBidirectional(item.indicationProperty());
    }
}
