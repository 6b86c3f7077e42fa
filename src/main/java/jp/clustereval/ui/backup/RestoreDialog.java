package jp.clustereval.ui.backup;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Label;
import jp.clustereval.service.BackupService.Entry;
import jp.clustereval.service.BackupSummary;
import jp.clustereval.ui.common.Messages;

/**
 * File &gt; Restore backup...: the backups with time, reason, content and problem; one is chosen.
 * Shown through the DialogService (modal, not blocking).
 */
public final class RestoreDialog {

    private RestoreDialog() {
    }

    /** The list of backups; its result is the chosen backup's file, null when cancelled. */
    public static Dialog<Path> create(Messages m, List<Entry> entries) {
        Dialog<Path> dialog = new Dialog<>();
        dialog.setTitle(m.get("backup.title"));
        dialog.setHeaderText(m.get(entries.isEmpty() ? "backup.none" : "backup.header"));
        dialog.getDialogPane().setId("restoreDialog");
        TableView<Entry> table = new TableView<>();
        table.setId("backupTable");
        table.setAccessibleText(m.get("backup.title"));
        table.setPrefSize(760, 320);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(m.locale()).withZone(ZoneId.systemDefault());
        table.getColumns().add(column(m.get("backup.column.time"), 170, e -> time.format(e.backup().createdAt())));
        table.getColumns().add(column(m.get("backup.column.reason"), 80, e -> e.backup().reason()));
        table.getColumns().add(column(m.get("backup.column.summary"), 330, e -> summary(m, e.summary())));
        table.getColumns().add(column(m.get("backup.column.problem"), 160, e -> e.problem() == null ? "" : e.problem()));
        table.getItems().setAll(entries);
        table.setPlaceholder(new Label(m.get("backup.none")));
        dialog.getDialogPane().setContent(table);
        ButtonType restore = new ButtonType(m.get("backup.restore"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(restore).disableProperty().bind(
                table.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == restore && table.getSelectionModel().getSelectedItem() != null
                ? table.getSelectionModel().getSelectedItem().backup().file() : null);
        dialog.setResizable(true);
        return dialog;
    }

    static String summary(Messages m, BackupSummary s) {
        return s == null ? "" : m.format("backup.summary", s.evaluators(), s.sheets(), s.grades(), s.comments());
    }

    private static TableColumn<Entry, String> column(String title, double width, Function<Entry, String> value) {
        TableColumn<Entry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
