package jp.clustereval.ui.comments;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.domain.CommonIssue;
import jp.clustereval.service.CommentService.CompiledComment;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Session;

/**
 * Every evaluator's comments compiled per cluster, names hidden (E1, E2...) or shown as the chair
 * chooses, filtered by cluster and by a common-issue tag; tags added and removed here.
 */
public final class CommentsViewModel {

    private final AppState app;
    private final BackgroundTasks tasks;
    private final ObservableList<String> clusterCodes = FXCollections.observableArrayList();
    private final ObjectProperty<String> cluster = new SimpleObjectProperty<>(this, "cluster");
    private final ObjectProperty<CommonIssue> tag = new SimpleObjectProperty<>(this, "tag");
    private final BooleanProperty showNames = new SimpleBooleanProperty(this, "showNames");
    private final ObservableList<CommentLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<CommentLine> selected = new SimpleObjectProperty<>(this, "selected");
    private final javafx.beans.property.ReadOnlyStringWrapper detailHeading =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "detailHeading", "");
    private final javafx.beans.property.ReadOnlyStringWrapper detailText =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "detailText", "");
    private final javafx.beans.property.ReadOnlyStringWrapper detailTags =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "detailTags", "");
    private int generation;

    public CommentsViewModel(AppState app, BackgroundTasks tasks) {
        this.app = app;
        this.tasks = tasks;
        cluster.addListener((obs, o, n) -> refresh());
        tag.addListener((obs, o, n) -> refresh());
        showNames.addListener((obs, o, n) -> refresh());
        selected.addListener((obs, o, n) -> showDetail(n));
    }

    /** The selected comment whole: where it stands and who wrote it, its text with its line breaks, its tags. */
    private void showDetail(CommentLine line) {
        if (line == null) {
            detailHeading.set("");
            detailText.set("");
            detailTags.set("");
            return;
        }
        var m = app.messages();
        String field = m.get("comments.field." + ("indication".equals(line.field()) ? "indication" : "comment"));
        detailHeading.set(String.join(" · ", line.clusterCode(), line.itemId().isEmpty() ? "—" : line.itemId(), field,
                jp.clustereval.common.SafeText.line(line.author())));
        detailText.set(jp.clustereval.common.SafeText.lines(line.text()));
        detailTags.set(m.format("comments.detail.tags", line.tags().isEmpty() ? "—" : tagLabels(line)));
    }

    /** The comment's common issues by their labels in the UI language, sorted. */
    public String tagLabels(CommentLine line) {
        var lang = app.language();
        return String.join(", ", line.tags().stream().map(t -> CommonIssue.of(t).map(i -> i.label().in(lang)).orElse(t))
                .sorted().toList());
    }

    private record Loaded(List<String> codes, List<CommentLine> lines) {
    }

    /** Reads the comments again with the current filters. */
    public void refresh() {
        Session s = app.session();
        if (s == null) {
            return;
        }
        String id = s.round().id();
        String code = cluster.get() == null || cluster.get().isBlank() ? null : cluster.get();
        String wanted = tag.get() == null ? null : tag.get().tag();
        boolean names = showNames.get();
        int mine = ++generation;
        tasks.run(() -> {
            var comments = s.services().comments();
            List<CommentLine> out = new ArrayList<>();
            for (CompiledComment c : comments.compiled(id, code, wanted, names)) {
                out.add(new CommentLine(c.clusterCode(), c.author(), c.itemId(), c.field(), c.text(), c.tags(),
                        c.evaluatorId()));
            }
            return new Loaded(s.services().clusters().ofRound(id).stream().map(c -> c.code()).toList(), out);
        }, loaded -> {
            if (mine == generation) {
                if (clusterCodes.isEmpty()) {
                    clusterCodes.add("");
                    clusterCodes.addAll(loaded.codes());
                }
                CommentLine was = selected.get();
                lines.setAll(loaded.lines());
                // the same comment stays selected (e.g. after tagging it), with its new tags
                selected.set(was == null ? null : lines.stream().filter(l -> sameComment(l, was)).findFirst().orElse(null));
            }
        });
    }

    private static boolean sameComment(CommentLine a, CommentLine b) {
        return a.clusterCode().equals(b.clusterCode()) && a.itemId().equals(b.itemId()) && a.field().equals(b.field())
                && a.evaluatorId().equals(b.evaluatorId());
    }

    /** Adds the tag to the comment, or removes it when the comment has it. */
    public void toggleTag(CommentLine line, CommonIssue issue) {
        Session s = app.session();
        if (s == null || line == null || issue == null) {
            return;
        }
        String id = s.round().id();
        String actor = app.evaluator() == null ? "" : app.evaluator().name();
        boolean remove = line.tags().contains(issue.tag());
        tasks.run(() -> remove
                ? s.services().comments().untag(id, line.evaluatorId(), line.clusterCode(), line.itemId(), line.field(),
                        issue.tag(), actor)
                : s.services().comments().tag(id, line.evaluatorId(), line.clusterCode(), line.itemId(), line.field(),
                        issue.tag(), actor),
                changed -> refresh());
    }

    public ObservableList<String> clusterCodes() {
        return clusterCodes;
    }

    /** Null or empty: every cluster. */
    public ObjectProperty<String> clusterProperty() {
        return cluster;
    }

    /** Null: any tag. */
    public ObjectProperty<CommonIssue> tagProperty() {
        return tag;
    }

    public BooleanProperty showNamesProperty() {
        return showNames;
    }

    public ObservableList<CommentLine> lines() {
        return lines;
    }

    /** The comment the chair reads in the detail pane (the table's selection). */
    public ObjectProperty<CommentLine> selectedProperty() {
        return selected;
    }

    /** Cluster · item · kind · author of the selected comment. */
    public javafx.beans.property.ReadOnlyStringProperty detailHeadingProperty() {
        return detailHeading.getReadOnlyProperty();
    }

    /** The selected comment whole, its line breaks kept (escaped for people). */
    public javafx.beans.property.ReadOnlyStringProperty detailTextProperty() {
        return detailText.getReadOnlyProperty();
    }

    /** The selected comment's common issues. */
    public javafx.beans.property.ReadOnlyStringProperty detailTagsProperty() {
        return detailTags.getReadOnlyProperty();
    }

    public AppState app() {
        return app;
    }
}
