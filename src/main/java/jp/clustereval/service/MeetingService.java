package jp.clustereval.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.PersonLabels;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetScorer;
import jp.clustereval.domain.UnitNote;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.GradeDao;

/**
 * What the panel's meeting shows of one unit besides the round's results (which
 * {@link PanelService#results} gives for every unit at once): each evaluator's own axis scores (their
 * polygon on the radar and the spread per axis; conflicts of interest left out as in every average),
 * the comments and indications with their tags, the unit's conflicts of interest, and its note.
 */
public final class MeetingService {

    /** One evaluator's axis scores for the unit: labelled by name, or by number when names are hidden. */
    public record EvaluatorAxes(String evaluatorId, String label, Map<String, Double> axes) {
    }

    /** Everything of one unit for the meeting; {@code conflicts} are the unit's declared conflicts of interest. */
    public record MeetingUnit(Cluster cluster, List<EvaluatorAxes> evaluators, List<CommentService.CompiledComment> comments,
                              List<ConflictOfInterest> conflicts, Map<String, String> conflictLabels, UnitNote note) {
        public MeetingUnit {
            evaluators = List.copyOf(evaluators);
            comments = List.copyOf(comments);
            conflicts = List.copyOf(conflicts);
            conflictLabels = Map.copyOf(conflictLabels);
        }
    }

    private final Database db;
    private final RoundService rounds;
    private final ClusterService clusters;
    private final EvaluatorService evaluators;
    private final CommentService comments;
    private final CoiService coi;
    private final NotesService notes;

    MeetingService(Database db, RoundService rounds, ClusterService clusters, EvaluatorService evaluators,
                   CommentService comments, CoiService coi, NotesService notes) {
        this.db = db;
        this.rounds = rounds;
        this.clusters = clusters;
        this.evaluators = evaluators;
        this.comments = comments;
        this.coi = coi;
        this.notes = notes;
    }

    /**
     * The unit of the round (null: the current round) for the meeting. Evaluators are numbered 1, 2...
     * in the order of their ids (as the comments number their authors), or named when {@code showNames}.
     */
    public MeetingUnit unit(String roundId, String clusterCode, boolean showNames) {
        Round round = rounds.require(roundId);
        Cluster cluster = clusters.requireUnit(round.id(), clusterCode);
        SheetScorer scorer = new SheetScorer(round);
        Map<String, Map<String, Double>> byEvaluator = new TreeMap<>();
        db.query(c -> {
            new GradeDao(c).forEachSheetOfRound(round.id(), (code, evaluatorId, grades) -> {
                if (code.equals(cluster.code())) {
                    byEvaluator.put(evaluatorId, scorer.axisScores(code, grades));
                }
            });
            return null;
        });
        PersonLabels labels = PersonLabels.of(evaluators.all());
        List<EvaluatorAxes> polygons = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Map<String, Double>> e : byEvaluator.entrySet()) {
            n++;
            polygons.add(new EvaluatorAxes(e.getKey(), showNames ? labels.label(e.getKey()) : "#" + n, e.getValue()));
        }
        List<ConflictOfInterest> conflicts = coi.list(round.id()).stream()
                .filter(x -> x.clusterCode().equals(cluster.code())).toList();
        Map<String, String> conflictLabels = new TreeMap<>();
        conflicts.forEach(x -> conflictLabels.put(x.evaluatorId(), showNames ? labels.label(x.evaluatorId()) : ""));
        return new MeetingUnit(cluster, polygons, comments.compiled(round.id(), cluster.code(), null, showNames), conflicts,
                conflictLabels, notes.of(round.id(), cluster.code()));
    }
}
