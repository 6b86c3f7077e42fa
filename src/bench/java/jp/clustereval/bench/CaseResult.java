package jp.clustereval.bench;

import java.util.Locale;
import java.util.Map;

/**
 * One case's outcome. {@code floorMs} and {@code ratio} are null where the case has no floor;
 * a skipped case (no display) has no median and {@code met} false. {@code value} and {@code unit}:
 * a measured value that is not a time; {@code extra}: further named figures of a case (the memory
 * case's samples), written into its JSON object as they are.
 */
public record CaseResult(String name, String size, Double medianMs, Double minMs, Double maxMs, double[] runsMs,
                         Double floorMs, Double ratio, String target, boolean met, boolean skipped, String note,
                         Double value, String unit, Map<String, Object> extra) {

    public CaseResult(String name, String size, Double medianMs, Double minMs, Double maxMs, double[] runsMs,
                      Double floorMs, Double ratio, String target, boolean met, boolean skipped, String note) {
        this(name, size, medianMs, minMs, maxMs, runsMs, floorMs, ratio, target, met, skipped, note, null, null, null);
    }

    /** A measured value that is not a time (the memory case's MB, the longest stall's ms). */
    CaseResult withValue(double v, String u) {
        return new CaseResult(name, size, medianMs, minMs, maxMs, runsMs, floorMs, ratio, target, met, skipped, note, v, u,
                extra);
    }

    /** Further named figures (numbers, texts, or maps and lists of them). */
    CaseResult withExtra(Map<String, Object> figures) {
        return new CaseResult(name, size, medianMs, minMs, maxMs, runsMs, floorMs, ratio, target, met, skipped, note, value,
                unit, figures);
    }

    static CaseResult withFloor(String name, String size, Timing t, Timing floor, double maxRatio, String target,
                                String note) {
        double ratio = round2(t.median() / floor.median());
        return new CaseResult(name, size, round1(t.median()), round1(t.min()), round1(t.max()), t.runsMs(),
                round1(floor.median()), ratio, target, ratio <= maxRatio, false, note);
    }

    static CaseResult target(String name, String size, Timing t, double underMs, String target) {
        return new CaseResult(name, size, round1(t.median()), round1(t.min()), round1(t.max()), t.runsMs(), null, null,
                target, t.median() < underMs, false, null);
    }

    static CaseResult skipped(String name, String target, String why) {
        return new CaseResult(name, null, null, null, null, new double[0], null, null, target, false, true, why);
    }

    /** Also requires the median under an absolute limit. */
    CaseResult alsoUnder(double ms) {
        return new CaseResult(name, size, medianMs, minMs, maxMs, runsMs, floorMs, ratio, target,
                met && medianMs < ms, skipped, note);
    }

    CaseResult withNote(String extra) {
        return new CaseResult(name, size, medianMs, minMs, maxMs, runsMs, floorMs, ratio, target, met, skipped,
                note == null ? extra : note + "; " + extra);
    }

    String describe() {
        if (skipped) {
            return name + ": skipped (" + note + ")";
        }
        return String.format(Locale.ROOT, "%s: median %.1f ms (%.1f-%.1f)%s, target %s: %s%s", name, medianMs, minMs,
                maxMs, floorMs == null ? "" : String.format(Locale.ROOT, ", floor %.1f ms, ratio %.2f", floorMs, ratio),
                target, met ? "met" : "MISSED", note == null ? "" : " [" + note + "]");
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
