package jp.clustereval.ui.comments;

import java.util.ResourceBundle;

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
    private final jp.clustereval.ui.common.Subscriptions subscriptions = new jp.clustereval.ui.common.Subscriptions();

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
    @FXML private javafx.scene.control.Label commentDetailHeading;
    @FXML private javafx.scene.control.TextArea commentDetailText;
    @FXML private javafx.scene.control.Label commentDetailTags;
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
        // the text wrapped in its cell (bounded: a long comment is read whole in the detail pane below)
        comText.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().text()));
        comText.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            // a Text wrapped at the column's width: a cell's own wrapText does not make its row taller
            private final javafx.scene.text.Text wrapped = new javafx.scene.text.Text();

            {
                wrapped.wrappingWidthProperty().bind(comText.widthProperty().subtract(12));
                wrapped.fillProperty().bind(textFillProperty());
                wrapped.fontProperty().bind(fontProperty());
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                String shown = empty || item == null ? null : shortened(SafeText.line(item));
                wrapped.setText(shown == null ? "" : shown);
                setText(shown); // not drawn (graphic only): read out by a screen reader
                setGraphic(shown == null ? null : wrapped);
            }
        });
        Cells.text(comTags, vm::tagLabels);
        commentsTable.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> vm.selectedProperty().set(n));
        subscriptions.onChange(vm.selectedProperty(), (obs, o, n) -> {
            if (n != null && commentsTable.getSelectionModel().getSelectedItem() != n) {
                commentsTable.getSelectionModel().select(n);
            }
        });
        commentDetailHeading.textProperty().bind(vm.detailHeadingProperty());
        commentDetailText.textProperty().bind(vm.detailTextProperty());
        commentDetailTags.textProperty().bind(vm.detailTagsProperty());
        commentsTable.setItems(vm.lines());
        commentsTable.setPlaceholder(new javafx.scene.control.Label(resources.getString("comments.empty")));
    }

    /** At most this many characters in a cell; the detail pane shows the rest. */
    private static final int CELL_CHARACTERS = 400;

    private static String shortened(String text) {
        return text.length() <= CELL_CHARACTERS ? text : text.substring(0, CELL_CHARACTERS) + " …";
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
        subscriptions.dispose();
        commentDetailHeading.textProperty().unbind();
        commentDetailText.textProperty().unbind();
        commentDetailTags.textProperty().unbind();
    }
}
