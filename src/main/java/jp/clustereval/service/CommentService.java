package jp.clustereval.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.CommonIssue;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.PersonLabels;
import jp.clustereval.domain.Round;
import jp.clustereval.persistence.CommentDao;
import jp.clustereval.persistence.Database;

/**
 * Comments and indications compiled per cluster across evaluators, with the authors named or
 * hidden (then E1, E2... numbered the same way for every cluster, by the
 * order of the evaluators' ids, which says nothing about who they are), tagged with the common issues.
 */
public final class CommentService {

    /**
     * One compiled comment. author is the evaluator's label ({@link PersonLabels}: two evaluators
     * of one name told apart), or their number when names are hidden; evaluatorId says whose it is
     * (to tag it), and is not for showing where names are hidden.
     */
    public record CompiledComment(String clusterCode, String author, int authorNumber, String itemId, String field,
                                  String text, Set<String> tags, String evaluatorId) {
    }

    private final Database db;
    private final RoundService rounds;
    private final EvaluatorService evaluators;
    private final ClusterService clusters;

    public CommentService(Database db, RoundService rounds, EvaluatorService evaluators, ClusterService clusters) {
        this.db = db;
        this.rounds = rounds;
        this.evaluators = evaluators;
        this.clusters = clusters;
    }

    /** The comments of a cluster (null: all clusters) with a tag (null: any), ordered by cluster, item, author. */
    public List<CompiledComment> compiled(String roundId, String clusterCode, String tag, boolean showNames) {
        Round round = rounds.require(roundId);
        String cluster = clusterCode == null ? null : clusters.requireUnit(round.id(), clusterCode).code();
        String wanted = tag == null ? null : requireTag(tag).tag();
        List<CommentDao.Row> rows = db.query(c -> new CommentDao(c).ofRound(round.id()));
        PersonLabels labels = PersonLabels.of(showNames ? evaluators.all() : List.of());
        Map<String, Integer> numbers = new HashMap<>();
        int n = 0;
        for (String id : new TreeSet<>(rows.stream().map(CommentDao.Row::evaluatorId).toList())) {
            numbers.put(id, ++n);
        }
        Map<String, Integer> itemOrder = new HashMap<>();
        for (Item i : round.items().all()) {
            itemOrder.put(i.id(), i.order());
        }
        List<CompiledComment> result = new ArrayList<>();
        for (CommentDao.Row r : rows) {
            if ((cluster != null && !cluster.equals(r.clusterCode())) || (wanted != null && !r.tags().contains(wanted))) {
                continue;
            }
            int number = numbers.get(r.evaluatorId());
            result.add(new CompiledComment(r.clusterCode(), showNames ? labels.label(r.evaluatorId()) : "E" + number, number,
                    r.itemId(), r.field(), r.text(), r.tags(), r.evaluatorId()));
        }
        result.sort(Comparator.comparing(CompiledComment::clusterCode)
                .thenComparingInt(c -> c.itemId().isEmpty() ? -1 : itemOrder.getOrDefault(c.itemId(), Integer.MAX_VALUE))
                .thenComparing(CompiledComment::field).thenComparingInt(CompiledComment::authorNumber));
        return result;
    }

    /** Tags one comment (item "" or null: the sheet's overall comment); refused when there is no such comment. */
    public boolean tag(String roundId, String evaluator, String cluster, String itemId, String field, String tag,
                       String actor) {
        return change(roundId, evaluator, cluster, itemId, field, tag, actor, true);
    }

    public boolean untag(String roundId, String evaluator, String cluster, String itemId, String field, String tag,
                         String actor) {
        return change(roundId, evaluator, cluster, itemId, field, tag, actor, false);
    }

    private boolean change(String roundId, String evaluator, String clusterCode, String itemId, String field, String tag,
                           String actor, boolean add) {
        Round round = rounds.require(roundId);
        Evaluator e = evaluators.resolve(evaluator);
        String cluster = clusters.requireUnit(round.id(), clusterCode).code();
        String item = itemId == null ? "" : itemId.strip();
        String f = field == null ? "comment" : field.strip();
        if (!f.equals("comment") && !f.equals("indication")) {
            throw new UserFacingException("comments.field", f);
        }
        CommonIssue issue = requireTag(tag);
        boolean exists = db.query(c -> new CommentDao(c).ofRound(round.id())).stream().anyMatch(r ->
                r.evaluatorId().equals(e.id()) && r.clusterCode().equals(cluster) && r.itemId().equals(item)
                        && r.field().equals(f));
        if (!exists) {
            throw new UserFacingException("comments.none", e.name(), cluster, item.isEmpty() ? "-" : item, f);
        }
        return db.inTransaction(c -> add
                ? new CommentDao(c).tag(round.id(), e.id(), cluster, item, f, issue.tag(), Instant.now(), actor)
                : new CommentDao(c).untag(round.id(), e.id(), cluster, item, f, issue.tag()));
    }

    static CommonIssue requireTag(String tag) {
        return CommonIssue.of(tag).orElseThrow(() -> new UserFacingException("comments.tag", String.valueOf(tag),
                String.join(", ", java.util.Arrays.stream(CommonIssue.values()).map(CommonIssue::tag).toList())));
    }
}
