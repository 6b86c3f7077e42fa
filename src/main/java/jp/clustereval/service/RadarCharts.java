package jp.clustereval.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import jp.clustereval.chart.RadarData;
import jp.clustereval.chart.RadarSeries;
import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.ClusterResult;
import jp.clustereval.domain.CohortAverage;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.Results;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.RoundComparison;
import jp.clustereval.domain.Score;
import jp.clustereval.report.ReportText;

/**
 * Builds the radar charts' contents with their localised labels, the same for the screen, the
 * CLI's PNG/SVG files and (later) the reports: a cluster against the cohort average, the grid of
 * the cohort, and an evaluator's own sheet against the cohort average.
 */
public final class RadarCharts {

    private RadarCharts() {
    }

    /** A cluster's average over all evaluators against the cohort average; empty series when ungraded. */
    public static RadarData clusterAverage(Round round, Results results, Cluster cluster, Language lang) {
        ResourceBundle b = bundle(lang);
        ClusterResult r = results.cluster(cluster.code()).orElse(null);
        Map<String, Score> axes = r == null ? Map.of() : r.axes();
        int evaluators = r == null ? 0 : r.evaluators();
        return new RadarData(cluster.name().in(lang) + " (" + cluster.code() + ")",
                format(b, "chart.evaluators", evaluators),
                round.axes(), lang,
                List.of(RadarSeries.fromScores(b.getString("chart.series.cluster"), axes), cohortSeries(b, results.cohort())));
    }

    /** One radar per cluster (e.g. the 12 of the cohort), each against the cohort average. */
    public static List<RadarData> grid(Round round, Results results, List<Cluster> clusters, Language lang) {
        List<RadarData> cells = new ArrayList<>();
        for (Cluster c : clusters) {
            cells.add(clusterAverage(round, results, c, lang));
        }
        return cells;
    }

    /** One evaluator's own axis scores for a cluster against the cohort average (the sheet's live radar). */
    public static RadarData mySheet(Round round, Cluster cluster, Map<String, Double> myAxes, CohortAverage cohort,
                                    Language lang) {
        ResourceBundle b = bundle(lang);
        return new RadarData(cluster.name().in(lang), "", round.axes(), lang,
                List.of(new RadarSeries(b.getString("chart.series.mine"), myAxes), cohortSeries(b, cohort)));
    }

    /**
     * A unit in two rounds on one radar: the later round filled (as a cluster's own polygon is), the
     * earlier one as a line, each labelled with its round's name and id (two rounds may share a
     * name); each axis label carries its change, later minus earlier, and the subtitle the totals
     * and theirs. The labels are finished strings, so the chart code draws them as any radar's.
     */
    public static RadarData compared(Round earlier, Round later, Cluster unit, RoundComparison comparison, Language lang) {
        ResourceBundle b = bundle(lang);
        List<Axis> labelled = new ArrayList<>();
        Map<String, Double> before = new LinkedHashMap<>();
        Map<String, Double> after = new LinkedHashMap<>();
        for (RoundComparison.AxisChange change : comparison.axes()) {
            Axis a = change.axis();
            String suffix = " (" + RoundComparison.change(change.delta()) + ")";
            labelled.add(new Axis(a.code(), new LocalizedText(a.name().ja() + suffix, a.name().en() + suffix), a.weight()));
            before.put(a.code(), change.earlier());
            after.put(a.code(), change.later());
        }
        String subtitle = format(b, "chart.compare.subtitle", earlier.name().in(lang), later.name().in(lang),
                ReportText.decimal(comparison.earlierTotal()), ReportText.decimal(comparison.laterTotal()),
                RoundComparison.change(comparison.totalDelta()));
        return new RadarData(unit.name().in(lang) + " (" + unit.code() + ")", subtitle, labelled, lang,
                List.of(new RadarSeries(roundLabel(later, lang), after), new RadarSeries(roundLabel(earlier, lang), before)));
    }

    /** A round's name and id: the legend of a comparison, where two rounds may have the same name. */
    public static String roundLabel(Round round, Language lang) {
        return round.name().in(lang) + " (" + round.id() + ")";
    }

    /**
     * The chart as drawn when unfinished sheets count for the figures (--include-partial, the
     * desktop's switch): its subtitle says so, so that no copy of the chart passes for the default.
     */
    public static RadarData markedPartial(RadarData d, boolean includePartial) {
        if (!includePartial) {
            return d;
        }
        String mark = bundle(d.language()).getString("chart.partialIncluded");
        return new RadarData(d.title(), d.subtitle().isBlank() ? mark : d.subtitle() + " · " + mark, d.axes(), d.language(),
                d.series());
    }

    /** The ranking's title with the same mark when unfinished sheets count. */
    public static jp.clustereval.chart.RankingData markedPartial(jp.clustereval.chart.RankingData d, Language lang,
                                                                 boolean includePartial) {
        if (!includePartial) {
            return d;
        }
        return new jp.clustereval.chart.RankingData(d.title() + " (" + bundle(lang).getString("chart.partialIncluded") + ")",
                d.valueAxisLabel(), d.bars(), d.cohortAverage(), d.cohortLabel());
    }

    private static RadarSeries cohortSeries(ResourceBundle b, CohortAverage cohort) {
        // "6 of 12 clusters graded": the clusters with a total of the cohort's members
        return RadarSeries.fromScores(format(b, "chart.series.cohortCovered", cohort.covered(), cohort.members().size()),
                cohort.axes());
    }

    private static String format(ResourceBundle b, String key, Object... args) {
        return new java.text.MessageFormat(b.getString(key), b.getLocale()).format(args);
    }

    private static ResourceBundle bundle(Language lang) {
        return ResourceBundle.getBundle("i18n/charts", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
