package jp.clustereval.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rounding rule for every figure shown or exported (CLI, desktop, PDF, xlsx): half-up on
 * the exact decimal value the figure stands for. A figure computed in binary floating point carries
 * noise (a total that is exactly 1.985 comes out as 1.98499999999999998...), and formatting that
 * noise rounded 1.985 down in one place and up in another. The exact value is recovered by rounding
 * to {@value #EXACT_PLACES} decimal places first: grades, weights and their means differ from a
 * half-way point of the shown digits by far more than that noise (about 1e-15) or else are on it.
 */
public final class Decimals {

    /** Places that hold the exact value of every figure (the noise of double arithmetic is far below). */
    public static final int EXACT_PLACES = 9;

    private static final Pattern PLACES = Pattern.compile("%[-+ 0,(#]*\\d*\\.(\\d+)f");

    private Decimals() {
    }

    /** The exact decimal value the figure stands for. */
    public static BigDecimal exact(double value) {
        return new BigDecimal(Double.toString(value)).setScale(EXACT_PLACES, RoundingMode.HALF_EVEN);
    }

    /** The figure rounded half-up to the given decimals, from its exact value. */
    public static BigDecimal halfUp(double value, int decimals) {
        return exact(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** The figure as a number to store (a spreadsheet cell): its exact value, without the noise. */
    public static double stored(double value) {
        return Double.isFinite(value) ? exact(value).doubleValue() : value;
    }

    /**
     * {@link String#format} of one figure with a pattern holding one {@code %.Nf} (flags allowed), the
     * figure rounded by the rule first.
     */
    public static String format(Locale locale, String pattern, double value) {
        Matcher m = PLACES.matcher(pattern);
        if (!m.find()) {
            throw new IllegalArgumentException("no %.Nf in " + pattern);
        }
        if (!Double.isFinite(value)) {
            return String.format(locale, pattern, value);
        }
        return String.format(locale, pattern, halfUp(value, Integer.parseInt(m.group(1))));
    }
}
