package jp.clustereval.ui.radar;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;

import jp.clustereval.chart.ChartExporter;
import jp.clustereval.chart.RadarChartFactory;
import jp.clustereval.chart.RadarData;
import jp.clustereval.chart.RadarSeries;
import jp.clustereval.domain.Round;
import jp.clustereval.ui.common.Messages;

/** Turns radar models into the chart package's data, with the texts in the UI language. */
public final class RadarCharts {

    public static final int EXPORT_WIDTH = 800;
    public static final int EXPORT_HEIGHT = 700;
    public static final int GRID_EXPORT_WIDTH = 1600;
    public static final int GRID_EXPORT_HEIGHT = 1300;

    private RadarCharts() {
    }

    /** Chart data with the cluster's name as title and who stands behind the values as subtitle. */
    public static RadarData data(RadarModel model, Round round, Messages m) {
        // the live radar sits beside the sheet, which names the cluster already
        String title = model.mine() ? "" : model.clusterCode() + "  " + model.clusterName().in(m.language());
        String subtitle = model.mine() ? m.get("radar.subtitle.mine")
                : m.format("radar.subtitle.evaluators", model.evaluators());
        List<RadarSeries> series = new ArrayList<>();
        series.add(new RadarSeries(model.mine() ? m.get("radar.series.mine") : m.get("radar.series.cluster"),
                model.cluster()));
        if (!model.cohort().isEmpty()) {
            series.add(new RadarSeries(m.format("radar.series.cohortCovered", model.cohortClusters(), model.cohortMembers()), model.cohort()));
        }
        return new RadarData(title, subtitle, round.axes(), m.language(), series);
    }

    /** Data for a cell of the grid: role labels shared by every cell, so the one legend fits all. */
    public static RadarData gridCell(RadarModel model, Round round, Messages m) {
        String title = model.clusterCode() + " " + model.clusterName().in(m.language());
        String subtitle = m.format("radar.subtitle.evaluators", model.evaluators());
        List<RadarSeries> series = new ArrayList<>();
        series.add(new RadarSeries(m.get("radar.series.cluster"), model.cluster()));
        series.add(new RadarSeries(m.get("radar.series.cohortShort"), model.cohort()));
        return new RadarData(title, subtitle, round.axes(), m.language(), series);
    }

    public static JFreeChart chart(RadarModel model, Round round, Messages m) {
        return RadarChartFactory.create(data(model, round, m));
    }

    /** Writes one radar to PNG or SVG (by the file's extension). Call off the FX thread. */
    public static void export(RadarData data, Path file) throws IOException {
        ChartExporter.write(RadarChartFactory.create(data), file, EXPORT_WIDTH, EXPORT_HEIGHT);
    }

    /** Writes the cohort's small multiples to PNG or SVG. Call off the FX thread. */
    public static void exportGrid(List<RadarData> cells, Path file) throws IOException {
        ChartExporter.writeGrid(cells, file, GRID_EXPORT_WIDTH, GRID_EXPORT_HEIGHT);
    }
}
