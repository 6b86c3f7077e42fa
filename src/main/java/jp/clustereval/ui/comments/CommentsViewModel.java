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
    private int generation;

    public CommentsViewModel(AppState app, BackgroundTasks tasks) {
        this.app = app;
        this.tasks = tasks;
        cluster.addListener((obs, o, n) -> refresh());
        tag.addListener((obs, o, n) -> refresh());
        showNames.addListener((obs, o, n) -> refresh());
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
                lines.setAll(loaded.lines());
            }
        });
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

    public AppState app() {
        return app;
    }
}
