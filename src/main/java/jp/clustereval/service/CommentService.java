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
        Map<String, Integer> numbers = numbers(rows);
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

    /**
     * Tags one comment (item "" or null: the sheet's overall comment); refused when there is no such
     * comment. author: see {@link #authorOf}; actor: who tags (recorded).
     */
    public boolean tag(String roundId, String evaluator, String cluster, String itemId, String field, String tag,
                       String actor) {
        return change(roundId, evaluator, cluster, itemId, field, tag, actor, true);
    }

    public boolean untag(String roundId, String evaluator, String cluster, String itemId, String field, String tag,
                         String actor) {
        return change(roundId, evaluator, cluster, itemId, field, tag, actor, false);
    }

    private boolean change(String roundId, String author, String clusterCode, String itemId, String field, String tag,
                           String actor, boolean add) {
        Round round = rounds.require(roundId);
        String cluster = clusters.requireUnit(round.id(), clusterCode).code();
        String item = itemId == null ? "" : itemId.strip();
        String f = field == null ? "comment" : field.strip();
        if (!f.equals("comment") && !f.equals("indication")) {
            throw new UserFacingException("comments.field", f);
        }
        CommonIssue issue = requireTag(tag);
        List<CommentDao.Row> rows = db.query(c -> new CommentDao(c).ofRound(round.id()));
        String evaluatorId = authorOf(rows, author, cluster, item, f);
        return db.inTransaction(c -> add
                ? new CommentDao(c).tag(round.id(), evaluatorId, cluster, item, f, issue.tag(), Instant.now(), actor)
                : new CommentDao(c).untag(round.id(), evaluatorId, cluster, item, f, issue.tag()));
    }

    /**
     * Whose comment is meant: the author as the listing shows it with names hidden (E1, E2...), an
     * evaluator's id or unique name, or nobody named when the cluster, item and field hold one
     * comment only (the chair need not look up an id the listing hides).
     */
    private String authorOf(List<CommentDao.Row> rows, String author, String cluster, String item, String field) {
        List<String> writers = rows.stream().filter(r -> r.clusterCode().equals(cluster) && r.itemId().equals(item)
                && r.field().equals(field)).map(CommentDao.Row::evaluatorId).distinct().toList();
        String given = author == null ? "" : author.strip();
        String id;
        if (given.isEmpty()) {
            if (writers.size() > 1) {
                Map<String, Integer> numbers = numbers(rows);
                throw new UserFacingException("comments.whichAuthor", cluster, item.isEmpty() ? "-" : item, field,
                        String.join(", ", writers.stream().map(w -> "E" + numbers.get(w)).sorted().toList()));
            }
            id = writers.isEmpty() ? null : writers.get(0);
        } else if (given.matches("E[0-9]{1,9}")) {
            int number = Integer.parseInt(given.substring(1));
            id = numbers(rows).entrySet().stream().filter(e -> e.getValue() == number).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        } else {
            id = evaluators.resolve(given).id();
        }
        if (id == null || !writers.contains(id)) {
            String who = id == null ? (given.isEmpty() ? "-" : given) : evaluators.resolve(id).name();
            throw new UserFacingException("comments.none", who, cluster, item.isEmpty() ? "-" : item, field);
        }
        return id;
    }

    /** E1, E2...: the round's comment authors numbered by the order of their ids, as {@link #compiled} shows them. */
    private static Map<String, Integer> numbers(List<CommentDao.Row> rows) {
        Map<String, Integer> numbers = new HashMap<>();
        int n = 0;
        for (String id : new TreeSet<>(rows.stream().map(CommentDao.Row::evaluatorId).toList())) {
            numbers.put(id, ++n);
        }
        return numbers;
    }

    static CommonIssue requireTag(String tag) {
        return CommonIssue.of(tag).orElseThrow(() -> new UserFacingException("comments.tag", String.valueOf(tag),
                String.join(", ", java.util.Arrays.stream(CommonIssue.values()).map(CommonIssue::tag).toList())));
    }
}
