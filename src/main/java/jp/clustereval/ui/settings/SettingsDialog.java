package jp.clustereval.ui.settings;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Settings;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.Messages;

/**
 * File &gt; Settings...: language, default database, backups kept, radar series. Shown through the
 * DialogService (modal, not blocking).
 */
public final class SettingsDialog {

    /** What the user confirmed (null language or database: the system's / the standard one). */
    public record Choice(Language language, Path defaultDatabase, int backupsKept, Set<String> radarSeries) {
    }

    private SettingsDialog() {
    }

    /** The dialog over the current settings; its result is what the user confirmed, null when cancelled. */
    public static Dialog<Choice> create(Messages m, DialogService dialogs, Settings current) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.setTitle(m.get("settings.title"));
        dialog.getDialogPane().setId("settingsDialog");
        String system = m.get("settings.language.system");
        ChoiceBox<String> language = new ChoiceBox<>();
        language.getItems().addAll(system, "日本語", "English");
        language.setValue(current.language().map(l -> l == Language.JA ? "日本語" : "English").orElse(system));
        language.setId("settingsLanguage");
        TextField database = new TextField(current.defaultDatabase().map(Path::toString).orElse(""));
        database.setId("settingsDatabase");
        database.setPrefColumnCount(32);
        database.setPromptText(m.get("settings.defaultDatabase.clear"));
        Button choose = new Button(m.get("settings.defaultDatabase.choose"));
        choose.setOnAction(e -> dialogs.chooseDatabase(database.getText().isBlank() ? null : Path.of(database.getText()))
                .ifPresent(p -> database.setText(p.toString())));
        Button clear = new Button(m.get("settings.defaultDatabase.clear"));
        clear.setOnAction(e -> database.clear());
        Spinner<Integer> kept = new Spinner<>(1, Settings.MAX_BACKUPS_KEPT, current.backupsKept());
        kept.setEditable(true);
        kept.setId("settingsBackupsKept");
        CheckBox mine = series(m, "mine", current);
        CheckBox panel = series(m, "panel", current);
        CheckBox cohort = series(m, "cohort", current);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        grid.addRow(0, label(m, "settings.language", language), language);
        grid.addRow(1, label(m, "settings.defaultDatabase", database), new HBox(6, database, choose, clear));
        grid.addRow(2, label(m, "settings.backupsKept", kept), kept);
        grid.addRow(3, new Label(m.get("settings.radarSeries")), new VBox(6, mine, panel, cohort));
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(m.get("settings.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.setResultConverter(b -> {
            if (b != save) {
                return null;
            }
            Set<String> shown = new LinkedHashSet<>();
            for (CheckBox c : new CheckBox[] {mine, panel, cohort}) {
                if (c.isSelected()) {
                    shown.add((String) c.getUserData());
                }
            }
            Language lang = language.getValue().equals(system) ? null
                    : language.getValue().equals("日本語") ? Language.JA : Language.EN;
            return new Choice(lang, database.getText().isBlank() ? null : Path.of(database.getText().strip()),
                    kept.getValue(), shown);
        });
        return dialog;
    }

    private static Label label(Messages m, String key, javafx.scene.Node control) {
        Label l = new Label(m.get(key));
        l.setLabelFor(control);
        control.setAccessibleText(m.get(key));
        return l;
    }

    private static CheckBox series(Messages m, String name, Settings current) {
        CheckBox c = new CheckBox(m.get("settings.radar." + name));
        c.setId("settingsRadar-" + name);
        c.setUserData(name);
        c.setSelected(current.radarSeries().contains(name));
        return c;
    }
}
