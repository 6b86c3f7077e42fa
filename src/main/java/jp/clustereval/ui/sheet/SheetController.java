package jp.clustereval.ui.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.ui.clusters.ClusterRow;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Formats;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.SheetStateText;
import jp.clustereval.ui.common.Shortcut;
import jp.clustereval.ui.common.Subscriptions;

/** Binds the sheet of the selected cluster; builds one {@link ItemRow} per item under axis headers. */
public final class SheetController implements Disposable {

    private final SheetViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();
    private final List<ItemRow> rows = new ArrayList<>();
    private Pending pending;

    @FXML private Label sheetPlaceholder;
    @FXML private BorderPane sheetContent;
    @FXML private Label sheetTitle;
    @FXML private Label sheetSubtitle;
    @FXML private Label sheetProgress;
    @FXML private ProgressBar sheetProgressBar;
    @FXML private Label sheetStatus;
    @FXML private Button markCompleteButton;
    @FXML private Label sheetMessage;
    @FXML private Label sheetKeysHint;
    @FXML private ScrollPane sheetScroll;
    @FXML private VBox itemsBox;
    @FXML private TextArea overallComment;
    @FXML private ResourceBundle resources;

    public SheetController(SheetViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        sheetContent.visibleProperty().bind(vm.clusterProperty().isNotNull());
        sheetPlaceholder.visibleProperty().bind(vm.clusterProperty().isNull());
        sheetProgress.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.format(resources, "sheet.progress", vm.gradedProperty().get(), vm.totalProperty().get()),
                vm.gradedProperty(), vm.totalProperty()));
        sheetProgressBar.progressProperty().bind(Bindings.createDoubleBinding(
                () -> vm.totalProperty().get() == 0 ? 0 : vm.gradedProperty().get() / (double) vm.totalProperty().get(),
                vm.gradedProperty(), vm.totalProperty()));
        sheetProgressBar.setAccessibleText(resources.getString("sheet.progress.accessible"));
        sheetStatus.textProperty().bind(Bindings.createStringBinding(() -> SheetStateText.text(
                vm.app().messages(), vm.statusProperty().get(), vm.gradedProperty().get()),
                vm.statusProperty(), vm.gradedProperty()));
        subscriptions.onChange(vm.statusProperty(), (obs, o, n) -> styleStatus(n));
        styleStatus(vm.statusProperty().get());
        sheetMessage.textProperty().bind(vm.messageProperty());
        sheetMessage.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        sheetMessage.managedProperty().bind(sheetMessage.visibleProperty());
        subscriptions.onChange(vm.messageIsWarningProperty(), (obs, o, warning) -> styleMessage(warning));
        styleMessage(vm.messageIsWarningProperty().get());
        // the button says what it does now: mark complete, or (done) that the sheet is complete
        boolean readOnly = vm.isReadOnly();
        markCompleteButton.textProperty().bind(Bindings.when(vm.statusProperty().isEqualTo(SheetStatus.COMPLETE))
                .then(resources.getString("sheet.completed")).otherwise(resources.getString("sheet.markComplete")));
        markCompleteButton.disableProperty().bind(vm.statusProperty().isEqualTo(SheetStatus.COMPLETE).or(
                Bindings.createBooleanBinding(() -> readOnly)));
        String tooltip = Messages.format(resources, "sheet.markComplete.tooltip",
                Shortcut.MARK_COMPLETE.keysText(vm.app().messages()));
        markCompleteButton.setAccessibleText(tooltip);
        markCompleteButton.setTooltip(new javafx.scene.control.Tooltip(tooltip));
        overallComment.textProperty().bindBidirectional(vm.commentProperty());
        overallComment.setAccessibleText(resources.getString("sheet.overallComment"));
        // Escape leaves the overall comment for the last item, just above it
        TextBoxKeys.install(overallComment, () -> {
            if (!rows.isEmpty()) {
                rows.get(rows.size() - 1).requestFocus();
            }
        });
        overallComment.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                vm.flushText(null, null);
            }
        });
        if (vm.isReadOnly()) {
            // read-only session: nothing can be graded or typed; the hint says why
            overallComment.setEditable(false);
            itemsBox.setDisable(true);
            sheetKeysHint.setText(resources.getString("sheet.readOnly"));
            sheetKeysHint.getStyleClass().add("read-only-hint");
        }
        subscriptions.onChange(vm.clusterProperty(), (obs, o, n) -> {
            showHeader(n);
            if (n != null && (o == null || !o.code().equals(n.code()))) {
                sheetScroll.setVvalue(0); // another cluster opens at its top, not where the last one was
            }
            runPending(n);
        });
        subscriptions.onListChange(vm.groups(), change -> rebuild());
        showHeader(vm.clusterProperty().get());
        rebuild();
        // rebuilt for another language: give the focus back to the item that had it
        String focused = vm.focusedItemProperty().get();
        if (focused != null) {
            rows.stream().filter(r -> r.item().id().equals(focused)).findFirst()
                    .ifPresent(r -> Platform.runLater(r::requestFocus));
        }
    }

    private void styleStatus(SheetStatus status) {
        sheetStatus.getStyleClass().removeAll("complete", "draft");
        sheetStatus.getStyleClass().add(status == SheetStatus.COMPLETE ? "complete" : "draft");
    }

    private void styleMessage(boolean warning) {
        sheetMessage.getStyleClass().remove("ok");
        if (!warning) {
            sheetMessage.getStyleClass().add("ok");
        }
    }

    private void showHeader(Cluster c) {
        if (c == null) {
            sheetTitle.setText("");
            sheetSubtitle.setText("");
            return;
        }
        Messages m = vm.app().messages();
        Language lang = m.language();
        sheetTitle.setText(c.name().in(lang));
        String fields = c.fields().stream().map(f -> ClusterRow.fieldLabel(f, m)).collect(Collectors.joining(", "));
        sheetSubtitle.setText(String.join("  ·  ", c.code(), c.area().in(lang), fields,
                m.format("cluster.cohort", String.valueOf(c.startFiscalYear()))));
    }

    private void rebuild() {
        rows.forEach(ItemRow::dispose);
        rows.clear();
        itemsBox.getChildren().clear();
        if (vm.round() == null) {
            return;
        }
        Language lang = vm.app().language();
        for (AxisGroupViewModel group : vm.groups()) {
            itemsBox.getChildren().add(axisHeader(group, lang));
            for (ItemViewModel item : group.items()) {
                ItemRow row = new ItemRow(item, vm, vm.round(), lang, resources, this::move);
                row.focusedProperty().addListener((obs, was, now) -> {
                    if (now) {
                        vm.focusedItemProperty().set(item.id());
                        ensureVisible(row);
                    }
                });
                rows.add(row);
                itemsBox.getChildren().add(row);
            }
        }
    }

    private Node axisHeader(AxisGroupViewModel group, Language lang) {
        String code = group.axis().code();
        Label title = new Label(group.axis().label(lang));
        title.setId("axisTitle-" + code);
        title.getStyleClass().add("axis-title");
        Label score = new Label();
        score.setId("axisScore-" + code);
        score.getStyleClass().add("axis-score");
        score.textProperty().bind(Bindings.createStringBinding(() -> group.scoreProperty().get() == null
                ? resources.getString("sheet.axisScore.none")
                : Messages.format(resources, "sheet.axisScore",
                        Formats.score(group.scoreProperty().get(), vm.app().messages().locale())),
                group.scoreProperty()));
        score.setAccessibleText(group.axis().label(lang));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, score);
        header.setId("axisHeader-" + code);
        header.getStyleClass().add("axis-header");
        return header;
    }

    private void move(ItemRow from, int delta) {
        int index = rows.indexOf(from) + delta;
        if (index >= 0 && index < rows.size()) {
            rows.get(index).requestFocus();
        }
    }

    private void ensureVisible(Node node) {
        Platform.runLater(() -> {
            Node content = sheetScroll.getContent();
            Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double contentHeight = content.getBoundsInLocal().getHeight();
            double viewport = sheetScroll.getViewportBounds().getHeight();
            if (contentHeight <= viewport) {
                return;
            }
            double top = sheetScroll.getVvalue() * (contentHeight - viewport);
            double target = top;
            if (inContent.getMinY() < top) {
                target = inContent.getMinY() - 8;
            } else if (inContent.getMaxY() > top + viewport) {
                target = inContent.getMaxY() - viewport + 8;
            }
            sheetScroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
        });
    }

    /** Mark complete (button, menu, Ctrl+Enter): flags and focuses the first missing item, if any. */
    @FXML
    public void markComplete() {
        List<String> missing = vm.markComplete();
        if (!missing.isEmpty()) {
            rows.stream().filter(r -> r.item().id().equals(missing.get(0))).findFirst().ifPresent(Node::requestFocus);
        }
    }

    /** Puts the keyboard focus on the first ungraded item (or the first item). */
    public void focusFirstItem() {
        firstUngraded().ifPresent(Node::requestFocus);
    }

    private java.util.Optional<ItemRow> firstUngraded() {
        return rows.stream().filter(r -> r.item().grade() == null).findFirst().or(() -> rows.stream().findFirst());
    }

    /**
     * Focuses the first ungraded item of this cluster's sheet, at once when it is shown, else as
     * soon as it is (the sheet of a cluster just selected is still being read).
     */
    public void openAtFirstUngraded(String clusterCode) {
        whenShown(clusterCode, this::focusFirstItem);
    }

    /**
     * A grade key typed in the cluster list: the sheet of that cluster opens at its first ungraded
     * item, which the key grades (and the focus moves on, as on the sheet). False when the key is
     * no grade of the round.
     */
    public boolean gradeFirstUngraded(String clusterCode, javafx.scene.input.KeyEvent key) {
        if (vm.round() == null || !key.getCode().isLetterKey()
                || vm.round().scale().find(key.getCode().getName()).isEmpty()) {
            return false;
        }
        whenShown(clusterCode, () -> firstUngraded().ifPresent(row -> {
            row.requestFocus();
            row.fireEvent(key.copyFor(row, row));
        }));
        return true;
    }

    private void whenShown(String clusterCode, Runnable action) {
        if (vm.isShowing(clusterCode)) {
            pending = null;
            action.run();
        } else {
            pending = new Pending(clusterCode, action);
        }
    }

    private void runPending(Cluster shown) {
        Pending p = pending;
        if (p != null && shown != null && shown.code().equals(p.clusterCode())) {
            pending = null;
            p.action().run();
        }
    }

    /** What waits for the sheet of a cluster to be shown. */
    private record Pending(String clusterCode, Runnable action) {
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
        rows.forEach(ItemRow::dispose);
        overallComment.textProperty().unbindBidirectional(vm.commentProperty());
    }
}
