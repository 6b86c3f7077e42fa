package jp.clustereval.common;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A failure the user must read: it carries a message key of the {@code i18n/errors} bundle and its
 * arguments, so the GUI shows it in the UI language and the CLI in English. getMessage() is English.
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
            return new MessageFormat(bundle.getString(key).replace("'", "''"), locale).format(args);
        } catch (MissingResourceException e) {
            return key + " " + Arrays.toString(args);
        }
    }
}
