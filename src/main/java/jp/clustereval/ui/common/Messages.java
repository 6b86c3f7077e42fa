package jp.clustereval.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jp.clustereval.domain.Language;

/** The UI texts (bundle {@code i18n/messages}) of one language. */
public final class Messages {

    public static final String BUNDLE = "i18n/messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Messages of(Language language) {
        // no fallback to the default locale: English is the base bundle, whatever the machine's locale
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(language, bundle);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for a key; a missing key shows as the key itself rather than failing. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key).replace("'", "''"), locale()).format(args);
    }

    /** Formats a text of a bundle given to an FXML controller ({0}-style arguments). */
    public static String format(ResourceBundle bundle, String key, Object... args) {
        return new MessageFormat(bundle.getString(key).replace("'", "''"), bundle.getLocale()).format(args);
    }
}
