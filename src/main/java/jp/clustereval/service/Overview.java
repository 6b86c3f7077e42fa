package jp.clustereval.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.Ranking;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetScorer;

/**
 * One evaluator's grades across every cluster of a round, one row per cluster: the grade of each
 * item every cluster has (the columns), the axis scores, the total, the evaluator's own rank of the
 * cluster, and the comments. Every figure comes from the domain's rules, as on the sheet and in the
 * results: {@link SheetScorer} for axis scores, completeness and the total (only a complete sheet
 * has a total, docs/scoring.md rule 5), {@link Ranking#ranks} for the ranks among the complete rows.
 *
 * @param columns the graded items that apply to every cluster, in sheet order (a cluster's own
 *                sub-items, its research themes, are graded on the sheet and count in its axis)
 */
public record Overview(Round round, Evaluator evaluator, List<Item> columns, List<Row> rows) {

    /** A comment or indication of one sheet: item null for the sheet's overall comment. */
    public record Note(String itemId, ItemTextField field, String text) {
    }

    /**
     * One cluster's row.
     *
     * @param axes     axis code to score, for the axes with a graded item
     * @param total    the weighted mean of the axes for a complete sheet, NaN otherwise
     * @param rank     the rank of the total among the evaluator's complete sheets (1 best), 0 without a total
     * @param graded   items with a score (own grade or graded sub-items)
     * @param items    every graded item of the cluster (its sub-items included), as the sheet counts them
     * @param complete whether every graded item has a score
     */
    public record Row(Cluster cluster, SheetData sheet, Map<String, Double> axes, double total, int rank, int graded,
                      int items, boolean complete) {

        public String code() {
            return cluster.code();
        }

        /** The item's own grade code, null when not graded. */
        public String grade(String itemId) {
            return sheet.entry(itemId).grade();
        }

        /** True when something is graded but not every item: the row the evaluator still has to finish. */
        public boolean isPartial() {
            return !complete && graded > 0;
        }

        public boolean isStarted() {
            return graded > 0;
        }
    }

    /** The overview of the given sheets (a cluster without a stored sheet: an empty one). */
    public static Overview of(Round round, Evaluator evaluator, List<Cluster> clusters, Map<String, SheetData> sheets) {
        List<Item> columns = round.items().gradedItems(null);
        SheetScorer scorer = new SheetScorer(round);
        List<Row> rows = new ArrayList<>();
        for (Cluster c : clusters) {
            SheetData stored = sheets.get(c.code());
            rows.add(unranked(round, scorer, c, stored != null ? stored
                    : GradingService.emptySheet(new SheetKey(round.id(), evaluator.id(), c.code()))));
        }
        return new Overview(round, evaluator, columns, ranked(rows));
    }

    /** This overview with one sheet as it is stored now (after an edit); ranks follow. */
    public Overview with(SheetData sheet) {
        SheetScorer scorer = new SheetScorer(round);
        List<Row> rows = new ArrayList<>();
        for (Row r : this.rows) {
            rows.add(r.code().equals(sheet.sheet().clusterCode()) ? unranked(round, scorer, r.cluster(), sheet) : r);
        }
        return new Overview(round, evaluator, columns, ranked(rows));
    }

    /** The row of a cluster, if it is listed. */
    public java.util.Optional<Row> row(String clusterCode) {
        return rows.stream().filter(r -> r.code().equals(clusterCode)).findFirst();
    }

    /** The sheet's comments and indications that are not empty: the overall comment first, then by item in sheet order. */
    public List<Note> notes(Row row) {
        List<Note> notes = new ArrayList<>();
        if (!row.sheet().sheet().comment().isBlank()) {
            notes.add(new Note(null, null, row.sheet().sheet().comment()));
        }
        for (Item item : round.items().all()) {
            if (!item.isGradable() || !item.appliesTo(row.code())) {
                continue;
            }
            ItemEntry e = row.sheet().entry(item.id());
            if (!e.comment().isBlank()) {
                notes.add(new Note(item.id(), ItemTextField.COMMENT, e.comment()));
            }
            if (!e.indication().isBlank()) {
                notes.add(new Note(item.id(), ItemTextField.INDICATION, e.indication()));
            }
        }
        return notes;
    }

    private static Row unranked(Round round, SheetScorer scorer, Cluster c, SheetData sheet) {
        Map<String, String> grades = sheet.grades();
        Map<String, Double> axes = scorer.axisScores(c.code(), grades);
        boolean complete = scorer.isComplete(c.code(), grades);
        double total = complete ? scorer.total(axes).orElse(Double.NaN) : Double.NaN;
        return new Row(c, sheet, axes, total, 0, scorer.gradedCount(c.code(), grades),
                round.items().gradedItems(c.code()).size(), complete);
    }

    private static List<Row> ranked(List<Row> rows) {
        double[] totals = rows.stream().mapToDouble(Row::total).toArray();
        int[] ranks = Ranking.ranks(totals, rows.stream().map(Row::code).toList());
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            out.add(new Row(r.cluster(), r.sheet(), r.axes(), r.total(), ranks[i], r.graded(), r.items(), r.complete()));
        }
        return List.copyOf(out);
    }

    /** The axis codes in the round's order. */
    public List<String> axisCodes() {
        return round.axes().stream().map(Axis::code).toList();
    }
}
