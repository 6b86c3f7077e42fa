package jp.clustereval.domain;

import java.util.Locale;

/** The two languages the application speaks. Japanese first: most users read it first. */
public enum Language {
    JA, EN;

    public Locale locale() {
        return this == JA ? Locale.JAPANESE : Locale.ENGLISH;
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Japanese for a Japanese locale, English for every other one. */
    public static Language of(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? JA : EN;
    }

    /** Parses "ja" or "en" (any case); throws with a message naming the accepted values. */
    public static Language parse(String tag) {
        for (Language l : values()) {
            if (l.tag().equalsIgnoreCase(tag.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("Unknown language '" + tag + "': use ja or en");
    }
}
