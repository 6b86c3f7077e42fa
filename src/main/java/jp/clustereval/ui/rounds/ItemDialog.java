package jp.clustereval.ui.rounds;

import java.util.List;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import jp.clustereval.domain.ItemKind;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.ui.common.Messages;

/**
 * The round editor's item dialog (Enter on an item): names and descriptions in both languages,
 * kind, axis, unit and weight. Shown through the DialogService; its result is the item's new
 * fields, or nothing when cancelled. A weight that is no number is kept as NaN, which saving
 * refuses naming the item. In a frozen round (structureFixed) only the names and descriptions can
 * be changed: kind, axis, unit and weight are shown disabled, with the reason under them.
 */
final class ItemDialog {

    private static final String EVERY_UNIT = "";

    private ItemDialog() {
    }

    static Dialog<EditorItem.Fields> create(Messages m, EditorItem.Fields f, List<String> axes, List<String> units,
                                            boolean structureFixed) {
        Dialog<EditorItem.Fields> dialog = new Dialog<>();
        dialog.setTitle(m.get("rounds.editor.item.title"));
        dialog.getDialogPane().setId("itemDialog");
        TextField nameJa = field("itemNameJa", f.name().ja());
        TextField nameEn = field("itemNameEn", f.name().en());
        TextArea descJa = area("itemDescriptionJa", f.description().ja());
        TextArea descEn = area("itemDescriptionEn", f.description().en());
        ChoiceBox<ItemKind> kind = new ChoiceBox<>();
        kind.setId("itemKind");
        kind.getItems().setAll(ItemKind.values());
        kind.setConverter(converter(k -> m.get("rounds.editor.kind." + k.name())));
        kind.setValue(f.kind());
        ChoiceBox<String> axis = new ChoiceBox<>();
        axis.setId("itemAxis");
        axis.getItems().setAll(axes);
        axis.setValue(f.axisCode() != null ? f.axisCode() : axes.isEmpty() ? null : axes.get(0));
        axis.disableProperty().bind(kind.valueProperty().isNotEqualTo(ItemKind.GRADED));
        ChoiceBox<String> unit = new ChoiceBox<>();
        unit.setId("itemUnit");
        unit.getItems().add(EVERY_UNIT);
        unit.getItems().addAll(units);
        unit.setConverter(converter(u -> u.isEmpty() ? m.get("rounds.editor.item.everyUnit") : u));
        unit.setValue(f.clusterCode() == null ? EVERY_UNIT : f.clusterCode());
        unit.disableProperty().bind(kind.valueProperty().isNotEqualTo(ItemKind.SUB_ITEM));
        TextField weight = field("itemWeight", String.valueOf(f.weight()));
        if (structureFixed) {
            kind.disableProperty().unbind();
            kind.setDisable(true);
            axis.disableProperty().unbind();
            axis.setDisable(true);
            unit.disableProperty().unbind();
            unit.setDisable(true);
            weight.setDisable(true);
        }
        GridPane grid = new GridPane();
        grid.setId("itemGrid");
        grid.setHgap(8);
        grid.setVgap(6);
        row(grid, 0, m.get("rounds.editor.item.nameJa"), nameJa);
        row(grid, 1, m.get("rounds.editor.item.nameEn"), nameEn);
        row(grid, 2, m.get("rounds.editor.item.descriptionJa"), descJa);
        row(grid, 3, m.get("rounds.editor.item.descriptionEn"), descEn);
        row(grid, 4, m.get("rounds.editor.item.kind"), kind);
        row(grid, 5, m.get("rounds.editor.item.axis"), axis);
        row(grid, 6, m.get("rounds.editor.item.unit"), unit);
        row(grid, 7, m.get("rounds.editor.item.weight"), weight);
        if (structureFixed) {
            Label why = new Label(m.get("rounds.editor.structureFixed"));
            why.setId("itemStructureFixed");
            why.setWrapText(true);
            grid.add(why, 0, 8, 2, 1);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setOnShown(e -> nameJa.requestFocus());
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            double w;
            try {
                w = Double.parseDouble(weight.getText().strip());
            } catch (NumberFormatException e) {
                w = Double.NaN; // not a number: the save names the item (round.weight), nothing is kept silently
            }
            ItemKind k = kind.getValue();
            String u = unit.getValue();
            if (structureFixed) {
                return new EditorItem.Fields(new LocalizedText(nameJa.getText().strip(), nameEn.getText().strip()),
                        new LocalizedText(descJa.getText().strip(), descEn.getText().strip()), f.kind(), f.axisCode(),
                        f.clusterCode(), f.weight());
            }
            return new EditorItem.Fields(new LocalizedText(nameJa.getText().strip(), nameEn.getText().strip()),
                    new LocalizedText(descJa.getText().strip(), descEn.getText().strip()), k,
                    k == ItemKind.GRADED ? axis.getValue() : null,
                    k == ItemKind.SUB_ITEM && u != null && !u.isEmpty() ? u : null, w);
        });
        return dialog;
    }

    private static TextField field(String id, String text) {
        TextField t = new TextField(text);
        t.setId(id);
        t.setPrefColumnCount(30);
        return t;
    }

    private static TextArea area(String id, String text) {
        TextArea t = new TextArea(text);
        t.setId(id);
        t.setPrefRowCount(3);
        t.setPrefColumnCount(30);
        t.setWrapText(true);
        return t;
    }

    private static void row(GridPane grid, int row, String text, javafx.scene.control.Control control) {
        Label label = new Label(text);
        label.setId(control.getId() + "Label");
        label.setLabelFor(control);
        grid.addRow(row, label, control);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
