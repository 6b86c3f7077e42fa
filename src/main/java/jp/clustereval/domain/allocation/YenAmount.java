package jp.clustereval.domain.allocation;

import java.util.regex.Pattern;

import jp.clustereval.common.UserFacingException;

/**
 * An amount in whole yen as people type it, the one parser of the command line and the desktop:
 * digits only (6000000000), or digits grouped in threes by commas (6,000,000,000), optionally after
 * a yen sign and within surrounding blanks. Any other comma is refused rather than dropped:
 * "6,00,0000000" or ",,6000000000,," is a typing slip, and guessing which amount was meant would
 * move money. Other separators (spaces, underscores, full-width digits) are refused for the same
 * reason.
 */
public final class YenAmount {

    /** At most 18 digits: every such number fits a long (up to 999,999,999,999,999,999 yen). */
    private static final Pattern PLAIN = Pattern.compile("[0-9]{1,18}");
    /** One to three leading digits, then groups of exactly three, at most 18 digits in all. */
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3}){1,5}");

    private YenAmount() {
    }

    /** The amount; refused with {@code allocate.yen} when the text is not one of the forms above. */
    public static long parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.startsWith("¥") || s.startsWith("￥")) {
            s = s.substring(1).stripLeading();
        }
        if (PLAIN.matcher(s).matches() || GROUPED.matcher(s).matches()) {
            return Long.parseLong(s.replace(",", ""));
        }
        throw new UserFacingException("allocate.yen", String.valueOf(text));
    }
}
