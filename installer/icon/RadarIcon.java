import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;

import javax.imageio.ImageIO;

/**
 * Draws the ClusterEval icon: a radar pentagon (the five result axes A-E, rings 1-4) with one
 * cluster's scores filled, on a dark blue rounded square. Run with the JDK's source launcher:
 * {@code java -Djava.awt.headless=true installer/icon/RadarIcon.java installer/icon/clustereval.png 512}
 */
public class RadarIcon {

    public static void main(String[] args) throws Exception {
        File out = new File(args.length > 0 ? args[0] : "clustereval.png");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 512;
        ImageIO.write(draw(size), "png", out);
        System.out.println("wrote " + out + " (" + size + "x" + size + ")");
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size;
        double m = s * 0.04;
        g.setPaint(new GradientPaint(0, 0, new Color(0x1f3a68), 0, (float) s, new Color(0x0e1f3d)));
        g.fill(new RoundRectangle2D.Double(m, m, s - 2 * m, s - 2 * m, s * 0.22, s * 0.22));

        double cx = s / 2;
        double cy = s * 0.53;
        double r = s * 0.36;
        // rings 1..4 and the five axes
        g.setStroke(new BasicStroke((float) (s / 170)));
        for (int ring = 1; ring <= 4; ring++) {
            g.setColor(new Color(255, 255, 255, ring == 4 ? 150 : 70));
            g.draw(pentagon(cx, cy, r * ring / 4, new double[] {1, 1, 1, 1, 1}));
        }
        for (int i = 0; i < 5; i++) {
            double a = angle(i);
            g.draw(new java.awt.geom.Line2D.Double(cx, cy, cx + r * Math.cos(a), cy + r * Math.sin(a)));
        }
        // the cohort average (dashed, light) and one cluster's scores (filled)
        double[] cohort = {0.62, 0.55, 0.6, 0.5, 0.58};
        double[] cluster = {0.95, 0.7, 0.82, 0.48, 0.88};
        g.setColor(new Color(0x9fd3ff));
        g.setStroke(new BasicStroke((float) (s / 110), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1,
                new float[] {(float) (s / 40), (float) (s / 55)}, 0));
        g.draw(pentagon(cx, cy, r, cohort));
        Path2D scores = pentagon(cx, cy, r, cluster);
        g.setColor(new Color(255, 153, 51, 150));
        g.fill(scores);
        g.setColor(new Color(0xffb35c));
        g.setStroke(new BasicStroke((float) (s / 60), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(scores);
        double dot = s / 28;
        g.setColor(Color.WHITE);
        for (int i = 0; i < 5; i++) {
            double a = angle(i);
            double x = cx + r * cluster[i] * Math.cos(a);
            double y = cy + r * cluster[i] * Math.sin(a);
            g.fill(new java.awt.geom.Ellipse2D.Double(x - dot / 2, y - dot / 2, dot, dot));
        }
        g.dispose();
        return img;
    }

    private static double angle(int i) {
        return -Math.PI / 2 + i * 2 * Math.PI / 5;
    }

    private static Path2D pentagon(double cx, double cy, double r, double[] k) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < 5; i++) {
            double a = angle(i);
            double x = cx + r * k[i] * Math.cos(a);
            double y = cy + r * k[i] * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }
}
