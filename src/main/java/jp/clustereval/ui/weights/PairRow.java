package jp.clustereval.ui.weights;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * One pairwise judgement of AHP: how much more important axis a is than axis b on Saaty's scale,
 * held as a signed step: 1..9 means a is that many times as important, -3 means b is 3 times as
 * important as a (a/b = 1/3); 1 and -1 both mean equal.
 */
public final class PairRow {

    private final String a;
    private final String b;
    private final String labelA;
    private final String labelB;
    private final IntegerProperty judgement = new SimpleIntegerProperty(this, "judgement", 1);

    PairRow(String a, String b, String labelA, String labelB) {
        this.a = a;
        this.b = b;
        this.labelA = labelA;
        this.labelB = labelB;
    }

    public String a() {
        return a;
    }

    public String b() {
        return b;
    }

    /** Both axes: "first  :  second". */
    public String label() {
        return labelA + "  :  " + labelB;
    }

    public String labelA() {
        return labelA;
    }

    public String labelB() {
        return labelB;
    }

    public IntegerProperty judgementProperty() {
        return judgement;
    }

    /** The matrix entry a_ab. */
    double ratio() {
        int j = judgement.get();
        return j >= 1 ? j : j <= -1 ? 1.0 / -j : 1;
    }

    /**
     * The judgement as a position on a scale read left to right, as on a paper AHP form: -8 is the
     * first axis extremely more important (9), 0 equal, 8 the second extremely more important (1/9).
     */
    public static int position(int judgement) {
        return judgement >= 2 ? 1 - judgement : judgement <= -2 ? -judgement - 1 : 0;
    }

    /** The judgement at a position of {@link #position}. */
    public static int judgementAt(int position) {
        return position < 0 ? 1 - position : position > 0 ? -(position + 1) : 1;
    }

    /** The judgement as the scale's text: "3" or "1/3". */
    public static String text(int judgement) {
        return judgement >= 1 ? Integer.toString(judgement) : "1/" + (-judgement);
    }
}
