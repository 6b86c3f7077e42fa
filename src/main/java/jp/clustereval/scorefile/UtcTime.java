package jp.clustereval.scorefile;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The times of signed files: ISO-8601 in UTC written with {@code Z}, e.g. {@code 2004-12-01T09:30:00Z}
 * (a fraction of a second of up to 9 digits allowed). {@link Instant#parse} alone also accepts an
 * offset such as {@code +09:00} (since Java 12) and years of more than four digits; the formats say
 * UTC, so anything but the {@code Z} form is refused.
 */
public final class UtcTime {

    private static final Pattern FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-5][0-9](\\.[0-9]{1,9})?Z");

    private UtcTime() {
    }

    /** The instant of a UTC time in the form above; DateTimeParseException for anything else. */
    public static Instant parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            throw new DateTimeParseException("not a UTC time like 2004-12-01T09:30:00Z", String.valueOf(text), 0);
        }
        return Instant.parse(text); // the form is right; this refuses month 13, hour 24, February 30
    }
}
