package jp.clustereval.ui.comments;

import java.util.ResourceBundle;
import java.util.stream.Collectors;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import jp.clustereval.common.SafeText;
import jp.clustereval.domain.CommonIssue;
import jp.clustereval.ui.common.Cells;

/** The comments tab: compiled per cluster, names hidden or shown, filtered and tagged by common issue. */
public final class CommentsController implements jp.clustereval.ui.common.Disposable {

    private final CommentsViewModel vm;

    @FXML private ComboBox<String> commentCluster;
    @FXML private ComboBox<String> commentTag;
    @FXML private CheckBox showNamesCheck;
    @FXML private MenuButton tagButton;
    @FXML private TableView<CommentLine> commentsTable;
    @FXML private TableColumn<CommentLine, String> comCluster;
    @FXML private TableColumn<CommentLine, String> comItem;
    @FXML private TableColumn<CommentLine, String> comField;
    @FXML private TableColumn<CommentLine, String> comAuthor;
    @FXML private TableColumn<CommentLine, String> comText;
    @FXML private TableColumn<CommentLine, String> comTags;
    @FXML private ResourceBundle resources;

    public CommentsController(CommentsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        var lang = vm.app().language();
        commentCluster.setItems(vm.clusterCodes());
        commentCluster.setConverter(converter(code -> code == null || code.isEmpty() ? resources.getString("comments.allClusters") : code));
        commentCluster.valueProperty().bindBidirectional(vm.clusterProperty());
        commentCluster.setAccessibleText(resources.getString("comments.cluster"));
        commentTag.getItems().add("");
        for (CommonIssue issue : CommonIssue.values()) {
            commentTag.getItems().add(issue.tag());
        }
        commentTag.setConverter(converter(t -> t == null || t.isEmpty() ? resources.getString("comments.anyTag")
                : java.util.Arrays.stream(CommonIssue.values()).filter(i -> i.tag().equals(t)).findFirst()
                        .map(i -> i.label().in(lang)).orElse(t)));
        commentTag.setValue(vm.tagProperty().get() == null ? "" : vm.tagProperty().get().tag());
        commentTag.valueProperty().addListener((obs, o, n) -> vm.tagProperty().set(n == null || n.isEmpty() ? null
                : java.util.Arrays.stream(CommonIssue.values()).filter(i -> i.tag().equals(n)).findFirst().orElse(null)));
        commentTag.setAccessibleText(resources.getString("comments.tag"));
        showNamesCheck.selectedProperty().bindBidirectional(vm.showNamesProperty());
        for (CommonIssue issue : CommonIssue.values()) {
            MenuItem item = new MenuItem(issue.label().in(lang));
            item.setId("tag_" + issue.tag());
            item.setOnAction(e -> vm.toggleTag(commentsTable.getSelectionModel().getSelectedItem(), issue));
            tagButton.getItems().add(item);
        }
        tagButton.disableProperty().bind(commentsTable.getSelectionModel().selectedItemProperty().isNull());
        Cells.text(comCluster, CommentLine::clusterCode);
        Cells.text(comItem, l -> l.itemId().isEmpty() ? "—" : l.itemId());
        Cells.text(comField, l -> resources.getString("comments.field." + ("indication".equals(l.field()) ? "indication" : "comment")));
        Cells.text(comAuthor, CommentLine::author);
        // the raw text: the cell shows it on one line, the tooltip with its line breaks (both escaped)
        comText.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().text()));
        comText.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            // one tooltip per cell, not one per update: a tooltip is a popup control, costly to make on the FX thread
            private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();

            {
                whole.setWrapText(true);
                whole.setMaxWidth(600);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : SafeText.line(item));
                // the whole text on hover: long comments do not fit the column
                whole.setText(empty || item == null ? "" : SafeText.lines(item));
                setTooltip(empty || item == null ? null : whole);
            }
        });
        Cells.text(comTags, l -> l.tags().stream().map(t -> java.util.Arrays.stream(CommonIssue.values())
                .filter(i -> i.tag().equals(t)).findFirst().map(i -> i.label().in(lang)).orElse(t))
                .sorted().collect(Collectors.joining(", ")));
        commentsTable.setItems(vm.lines());
        commentsTable.setPlaceholder(new javafx.scene.control.Label(resources.getString("comments.empty")));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    @Override
    public void dispose() {
        commentCluster.valueProperty().unbindBidirectional(vm.clusterProperty());
        showNamesCheck.selectedProperty().unbindBidirectional(vm.showNamesProperty());
        tagButton.disableProperty().unbind();
    }
}
