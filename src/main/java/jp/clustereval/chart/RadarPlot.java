package jp.clustereval.chart;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.util.TableOrder;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.DatasetUtils;

/**
 * A SpiderWebPlot with what the published MEXT radar needs and the base class lacks.
 *
 * <ul>
 * <li>Concentric rings (polygons through the axes) at fixed values, labelled "1.00" ... "4.00"
 * beside the first axis. The scale runs from 0 at the centre to {@link #getMaxValue()}, so the
 * lowest grade 1.00 is an inner ring and not the centre point: a cluster graded C everywhere still
 * shows a visible polygon, and distances stay proportional to the scores.</li>
 * <li>Per-series fill: the cluster is filled at low opacity under a solid outline, the other
 * series are outlines only (the base class fills all or none, and draws the fill over the line).</li>
 * <li>Not graded is not zero: a null value is left out. The polygon joins the axes that have
 * values and the missing axis gets no marker, so a gap in the markers shows what was not graded
 * instead of a spike to the centre that would read as the lowest score.</li>
 * <li>Axis labels are laid out by {@link RadarLayout} so that no label is clipped.</li>
 * </ul>
 */
public class RadarPlot extends SpiderWebPlot {

    private static final long serialVersionUID = 1L;
    private static final Color RING = new Color(0xC8C8C8);
    private static final Color RING_LABEL = new Color(0x606060);
    private static final Color LABEL_HALO = new Color(255, 255, 255, 200);
    private static final double LABEL_GAP_SHARE = 0.06;

    private final double[] rings;
    private Set<Integer> filledSeries = new HashSet<>();
    private Font ringLabelFont = ChartFonts.font(Font.PLAIN, 10f);
    private transient Rectangle2D lastWebArea;

    /** @param rings the values to draw rings at, e.g. 1, 2, 3, 4 */
    public RadarPlot(CategoryDataset dataset, double... rings) {
        super(dataset, TableOrder.BY_ROW);
        this.rings = rings.clone();
        // the layout places the web itself; the base class's gap would only shrink it
        setInteriorGap(0);
    }

    public void setSeriesFilled(int series, boolean filled) {
        if (filled ? filledSeries.add(series) : filledSeries.remove(series)) {
            fireChangeEvent();
        }
    }

    public boolean isSeriesFilled(int series) {
        return filledSeries.contains(series);
    }

    public Font getRingLabelFont() {
        return ringLabelFont;
    }

    public void setRingLabelFont(Font font) {
        this.ringLabelFont = font;
        fireChangeEvent();
    }

    /** The square the web was last drawn in, for hit tests and geometry checks; null before any draw. */
    public Rectangle2D getLastWebArea() {
        return lastWebArea == null ? null : (Rectangle2D) lastWebArea.clone();
    }

    /** Where a value sits on an axis of a web drawn in webArea; values are clamped to the scale. */
    public Point2D valuePoint(Rectangle2D webArea, int axis, int axisCount, double value) {
        double share = Math.max(0, Math.min(1, value / getMaxValue()));
        return getWebPoint(webArea, angle(axis, axisCount), share);
    }

    /** The ring through every axis at a value: a closed polygon. */
    public Path2D ringShape(Rectangle2D webArea, int axisCount, double value) {
        Path2D ring = new Path2D.Double();
        for (int i = 0; i < axisCount; i++) {
            Point2D p = valuePoint(webArea, i, axisCount, value);
            if (i == 0) {
                ring.moveTo(p.getX(), p.getY());
            } else {
                ring.lineTo(p.getX(), p.getY());
            }
        }
        ring.closePath();
        return ring;
    }

    private double angle(int axis, int axisCount) {
        return getStartAngle() + getDirection().getFactor() * axis * 360.0 / axisCount;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState,
                     PlotRenderingInfo info) {
        if (DatasetUtils.isEmptyOrNull(getDataset())) {
            // the base class shows its no-data message; ring labels without a web would only confuse
            lastWebArea = null;
            super.draw(g2, area, anchor, parentState, info);
            return;
        }
        int axisCount = axisCount();
        Rectangle2D inner = getInsets().createInsetRectangle(area);
        List<String> texts = new ArrayList<>();
        double[] angles = new double[axisCount];
        for (int i = 0; i < axisCount; i++) {
            texts.add(axisLabel(i));
            angles[i] = angle(i, axisCount);
        }
        RadarLayout layout = RadarLayout.fit(inner, texts, angles, getLabelFont(),
                g2.getFontRenderContext(), LABEL_GAP_SHARE);
        lastWebArea = layout.web();
        // with no interior gap and the insets added back, the base class draws into exactly this square
        super.draw(g2, getInsets().createOutsetRectangle(layout.web()), anchor, parentState, info);
        if (info != null) {
            info.setPlotArea(area);
        }
        drawAxisLabels(g2, layout);
        drawRingLabels(g2, layout.web(), axisCount);
    }

    private int axisCount() {
        CategoryDataset data = getDataset();
        return getDataExtractOrder() == TableOrder.BY_ROW ? data.getColumnCount() : data.getRowCount();
    }

    private String axisLabel(int cat) {
        return getDataExtractOrder() == TableOrder.BY_ROW
                ? getLabelGenerator().generateColumnLabel(getDataset(), cat)
                : getLabelGenerator().generateRowLabel(getDataset(), cat);
    }

    /** Labels are drawn by {@link #drawAxisLabels} after the base class, outside its clip. */
    @Override
    protected void drawLabel(Graphics2D g2, Rectangle2D plotArea, double value, int cat,
                             double startAngle, double extent) {
        // intentionally empty
    }

    private void drawAxisLabels(Graphics2D g2, RadarLayout layout) {
        g2.setFont(getLabelFont());
        g2.setPaint(getLabelPaint());
        for (RadarLayout.Placed label : layout.labels()) {
            g2.drawString(label.text(), label.x(), label.y());
        }
    }

    private void drawRings(Graphics2D g2, Rectangle2D webArea, int axisCount) {
        g2.setPaint(RING);
        g2.setStroke(new BasicStroke(1f));
        for (double value : rings) {
            g2.draw(ringShape(webArea, axisCount, value));
        }
    }

    /**
     * Ring values beside the first axis, just inside their ring (outside, the top one would touch
     * the axis label), on a white halo so the series lines cannot hide them.
     */
    private void drawRingLabels(Graphics2D g2, Rectangle2D webArea, int axisCount) {
        g2.setFont(ringLabelFont);
        var metrics = g2.getFontMetrics();
        for (double value : rings) {
            String text = jp.clustereval.common.Decimals.format(Locale.ROOT, "%.2f", value);
            Point2D p = valuePoint(webArea, 0, axisCount, value);
            float x = (float) p.getX() + 3;
            float y = (float) p.getY() + metrics.getAscent() + 1;
            g2.setPaint(LABEL_HALO);
            g2.fill(new Rectangle2D.Double(x - 1, y - metrics.getAscent(), metrics.stringWidth(text) + 2,
                    metrics.getAscent() + metrics.getDescent()));
            g2.setPaint(RING_LABEL);
            g2.drawString(text, x, y);
        }
    }

    @Override
    protected void drawRadarPoly(Graphics2D g2, Rectangle2D plotArea, Point2D centre, PlotRenderingInfo info,
                                 int series, int catCount, double headH, double headW) {
        if (series == 0) {
            drawRings(g2, plotArea, catCount);
        }
        Path2D poly = new Path2D.Double();
        List<Point2D> points = new ArrayList<>();
        for (int cat = 0; cat < catCount; cat++) {
            Number value = getPlotValue(series, cat);
            if (value == null || Double.isNaN(value.doubleValue())) {
                continue;
            }
            Point2D p = valuePoint(plotArea, cat, catCount, value.doubleValue());
            if (points.isEmpty()) {
                poly.moveTo(p.getX(), p.getY());
            } else {
                poly.lineTo(p.getX(), p.getY());
            }
            points.add(p);
            addEntity(info, series, cat, p, headW, headH);
        }
        if (points.isEmpty()) {
            return;
        }
        poly.closePath();
        Paint paint = getSeriesPaint(series);
        if (isSeriesFilled(series)) {
            Composite saved = g2.getComposite();
            g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, getWebFillAlpha()));
            g2.setPaint(paint);
            g2.fill(poly);
            g2.setComposite(saved);
        }
        g2.setPaint(paint);
        g2.setStroke(getSeriesOutlineStroke(series));
        g2.draw(poly);
        for (Point2D p : points) {
            g2.fill(new Ellipse2D.Double(p.getX() - headW / 2, p.getY() - headH / 2, headW, headH));
        }
    }

    private void addEntity(PlotRenderingInfo info, int series, int cat, Point2D p, double headW, double headH) {
        EntityCollection entities = info == null ? null : info.getOwner().getEntityCollection();
        if (entities == null) {
            return;
        }
        CategoryDataset data = getDataset();
        int row = getDataExtractOrder() == TableOrder.BY_ROW ? series : cat;
        int col = getDataExtractOrder() == TableOrder.BY_ROW ? cat : series;
        String tip = getToolTipGenerator() == null ? null : getToolTipGenerator().generateToolTip(data, row, col);
        Rectangle2D hit = new Rectangle2D.Double(p.getX() - headW, p.getY() - headH, headW * 2, headH * 2);
        entities.add(new CategoryItemEntity(hit, tip, null, data, data.getRowKey(row), data.getColumnKey(col)));
    }

    /** A translucent swatch for filled series and a line for the others, as they look in the plot. */
    @Override
    public LegendItemCollection getLegendItems() {
        return RadarLegendItems.of(this);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RadarPlot that && super.equals(obj)
                && Arrays.equals(rings, that.rings) && filledSeries.equals(that.filledSeries)
                && Objects.equals(ringLabelFont, that.ringLabelFont);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), Arrays.hashCode(rings), filledSeries);
    }

    /** Deep-copies the fill flags: a shallow clone would let the copy change the original. */
    @Override
    public Object clone() throws CloneNotSupportedException {
        RadarPlot clone = (RadarPlot) super.clone();
        clone.filledSeries = new HashSet<>(filledSeries);
        return clone;
    }
}
