package jp.clustereval.domain;

import java.util.Locale;

/** Where an evaluator's sheet for one cluster stands. */
public enum SheetStatus {
    DRAFT, COMPLETE;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SheetStatus fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
