package jp.clustereval.ui.common;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jp.clustereval.common.Decimals;

/** Numbers and times as the UI shows them, in the UI language's conventions. */
public final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Formats() {
    }

    public static String integer(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /**
     * A score on the 1.00-4.00 scale, rounded by the one rule of {@link Decimals} (NumberFormat's own
     * half-even rounding of the binary value showed an exact 1.985 as 1.98 while the PDF said 1.99).
     */
    public static String score(double value, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return Double.isFinite(value) ? f.format(Decimals.halfUp(value, 2)) : f.format(value);
    }

    public static String time(Instant instant) {
        return TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
