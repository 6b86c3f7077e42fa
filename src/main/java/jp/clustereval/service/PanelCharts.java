package jp.clustereval.service;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import jp.clustereval.chart.RadarData;
import jp.clustereval.chart.RadarSeries;
import jp.clustereval.chart.RankingData;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.Score;
import jp.clustereval.domain.panel.ClusterFigures;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.report.ReportText;

/**
 * The charts of the panel's results with localised labels, for the CLI, the reports and the GUI:
 * a cluster's radar against the cohort, the grid of the cohort, an overlay of two to four clusters
 * with the cohort average, and the ranking bar chart with min-max whiskers.
 */
public final class PanelCharts {

    /** The order of the ranking's bars. */
    public enum Sort { RANK, CODE }

    private PanelCharts() {
    }

    public static RadarData clusterRadar(Round round, PanelResults results, Cluster cluster, Language lang) {
        ResourceBundle b = charts(lang);
        ClusterFigures f = results.cluster(cluster.code()).orElse(null);
        Map<String, Score> axes = f == null ? Map.of() : f.axes();
        return RadarCharts.markedPartial(new RadarData(cluster.name().in(lang) + " (" + cluster.code() + ")",
                format(b, "chart.evaluators", f == null ? 0 : f.evaluators()), round.axes(), lang,
                List.of(RadarSeries.fromScores(b.getString("chart.series.cluster"), axes), cohortSeries(b, results))),
                results.includePartial());
    }

    public static List<RadarData> grid(Round round, PanelResults results, List<Cluster> clusters, Language lang) {
        List<RadarData> cells = new ArrayList<>();
        for (Cluster c : clusters) {
            cells.add(clusterRadar(round, results, c, lang));
        }
        return cells;
    }

    /** Two to four clusters on one radar, with the cohort average as the second (blue) series. */
    public static RadarData overlay(Round round, PanelResults results, List<Cluster> clusters, Language lang) {
        if (clusters.size() < 2 || clusters.size() > 4) {
            throw new UserFacingException("chart.overlayCount", clusters.size());
        }
        List<RadarSeries> series = new ArrayList<>();
        for (Cluster c : clusters) {
            ClusterFigures f = results.cluster(c.code()).orElseThrow(() -> new UserFacingException("chart.noData", c.code()));
            series.add(RadarSeries.fromScores(c.name().in(lang) + " (" + c.code() + ")", f.axes()));
        }
        series.add(1, cohortSeries(charts(lang), results));
        return RadarCharts.markedPartial(new RadarData(new ReportText(lang).get("report.overlay.title"), "", round.axes(), lang,
                series), results.includePartial());
    }

    public static RankingData ranking(PanelResults results, List<Cluster> clusters, Language lang, Sort sort) {
        ReportText t = new ReportText(lang);
        // a bar per cluster with a total: one without a complete sheet has nothing to draw
        List<ClusterFigures> rows = new ArrayList<>(results.clusters().stream().filter(f -> !Double.isNaN(f.total())).toList());
        if (sort == Sort.CODE) {
            rows.sort(Comparator.comparing(ClusterFigures::clusterCode));
        }
        List<RankingData.Bar> bars = new ArrayList<>();
        for (ClusterFigures f : rows) {
            Cluster c = clusters.stream().filter(x -> x.code().equals(f.clusterCode())).findFirst().orElse(null);
            String label = c == null || c.area().in(lang).isBlank() ? f.clusterCode() : c.area().in(lang);
            bars.add(new RankingData.Bar(label, f.total(), f.min(), f.max()));
        }
        Score cohort = results.cohortAverage().total();
        return RadarCharts.markedPartial(new RankingData(t.get("report.ranking.title"), t.get("report.ranking.axis"), bars,
                cohort == null ? Double.NaN : cohort.value(), t.get("report.cohortCovered", results.cohortAverage().covered(),
                results.cohortAverage().members().size())), lang, results.includePartial());
    }

    private static RadarSeries cohortSeries(ResourceBundle b, PanelResults results) {
        return RadarSeries.fromScores(format(b, "chart.series.cohortCovered", results.cohortAverage().covered(),
                results.cohortAverage().members().size()), results.cohortAverage().axes());
    }

    private static String format(ResourceBundle b, String key, Object... args) {
        return new MessageFormat(b.getString(key), b.getLocale()).format(args);
    }

    private static ResourceBundle charts(Language lang) {
        return ResourceBundle.getBundle("i18n/charts", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
