package jp.clustereval.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the web and its axis labels go inside a plot area. SpiderWebPlot sizes the web from a
 * fixed interior gap and clips labels at the plot edge, so long labels ("E Cluster formation")
 * were cut off; here the web gets the largest radius at which every label still fits, and the
 * whole figure (web plus labels) is centred, which also balances the tall top label against the
 * lower ones.
 */
final class RadarLayout {

    /** A label's box and the point its baseline starts at. */
    record Placed(String text, Rectangle2D box, float x, float y) {
    }

    private static final double MIN_WEB_SHARE = 0.2;

    private final Rectangle2D web;
    private final List<Placed> labels;

    private RadarLayout(Rectangle2D web, List<Placed> labels) {
        this.web = web;
        this.labels = labels;
    }

    /** The square the web is drawn in (its centre is the radar's centre). */
    Rectangle2D web() {
        return web;
    }

    List<Placed> labels() {
        return labels;
    }

    /**
     * @param anglesDeg each axis's direction in degrees, counter-clockwise from 3 o'clock
     * @param gapShare  the space between web and label as a share of the radius
     */
    static RadarLayout fit(Rectangle2D area, List<String> texts, double[] anglesDeg, Font font,
                           FontRenderContext frc, double gapShare) {
        List<double[]> metrics = new ArrayList<>();
        for (String t : texts) {
            LineMetrics lm = font.getLineMetrics(t, frc);
            metrics.add(new double[] {font.getStringBounds(t, frc).getWidth(), lm.getAscent(), lm.getDescent()});
        }
        double lo = 0;
        double hi = Math.min(area.getWidth(), area.getHeight()) / 2;
        for (int i = 0; i < 30; i++) {
            double mid = (lo + hi) / 2;
            Rectangle2D extent = extent(mid, texts, anglesDeg, metrics, gapShare);
            if (extent.getWidth() <= area.getWidth() && extent.getHeight() <= area.getHeight()) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        // labels too wide for the area: better a readable web with clipped labels than no web
        double r = Math.max(lo, Math.min(area.getWidth(), area.getHeight()) * MIN_WEB_SHARE);
        Rectangle2D extent = extent(r, texts, anglesDeg, metrics, gapShare);
        double cx = area.getCenterX() - extent.getCenterX();
        double cy = area.getCenterY() - extent.getCenterY();
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            placed.add(place(new Point2D.Double(cx, cy), r, texts.get(i), anglesDeg[i], metrics.get(i), gapShare));
        }
        return new RadarLayout(new Rectangle2D.Double(cx - r, cy - r, 2 * r, 2 * r), List.copyOf(placed));
    }

    /** The bounds of web and labels for a radius, relative to the centre (0, 0). */
    private static Rectangle2D extent(double r, List<String> texts, double[] anglesDeg,
                                      List<double[]> metrics, double gapShare) {
        Rectangle2D all = new Rectangle2D.Double(-r, -r, 2 * r, 2 * r);
        for (int i = 0; i < texts.size(); i++) {
            all.add(place(new Point2D.Double(), r, texts.get(i), anglesDeg[i], metrics.get(i), gapShare).box());
        }
        return all;
    }

    /**
     * A label sits just beyond its axis end, growing away from the web: to the right of axes on
     * the right, above the top axis, centred on near-vertical axes (SpiderWebPlot tests for exact
     * equality there, so its top label lands off-centre).
     */
    private static Placed place(Point2D centre, double r, String text, double angleDeg, double[] m,
                                double gapShare) {
        double rad = Math.toRadians(angleDeg);
        double dx = Math.cos(rad);
        double dy = -Math.sin(rad);
        double reach = r * (1 + gapShare) + 3;
        double px = centre.getX() + dx * reach;
        double py = centre.getY() + dy * reach;
        double w = m[0];
        double ascent = m[1];
        double h = ascent + m[2];
        double left = Math.abs(dx) < 0.15 ? px - w / 2 : dx > 0 ? px : px - w;
        double top = dy < -0.15 ? py - h : dy > 0.15 ? py : py - h / 2;
        return new Placed(text, new Rectangle2D.Double(left, top, w, h), (float) left, (float) (top + ascent));
    }
}
