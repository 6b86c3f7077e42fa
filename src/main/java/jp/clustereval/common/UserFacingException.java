package jp.clustereval.common;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A failure the user must read: it carries a message key of the {@code i18n/errors} bundle and its
 * arguments, so the GUI shows it in the UI language and the CLI in English. getMessage() is English.
 * The arguments often quote a hostile file (a cluster code, a file name, a parser's excerpt): in the
 * message each is one line with its control characters escaped ({@link SafeText#line}), so a message
 * is always one line that the file cannot extend or forge. {@link #args()} stays as given.
 */
public class UserFacingException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public UserFacingException(String key, Object... args) {
        this(null, key, args);
    }

    public UserFacingException(Throwable cause, String key, Object... args) {
        super(format(Locale.ROOT, key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public String message(Locale locale) {
        return format(locale, key, args);
    }

    private static String format(Locale locale, String key, Object[] args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/errors", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key).replace("'", "''"), locale).format(shown(args));
        } catch (MissingResourceException e) {
            return key + " " + Arrays.toString(shown(args));
        }
    }

    /** Numbers (and dates) stay for MessageFormat to format; every other argument becomes its safe text. */
    private static Object[] shown(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            out[i] = a == null || a instanceof Number || a instanceof java.util.Date ? a : SafeText.line(a.toString());
        }
        return out;
    }
}
