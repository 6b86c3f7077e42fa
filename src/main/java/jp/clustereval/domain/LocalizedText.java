package jp.clustereval.domain;

import java.util.Objects;

/** A text held in both languages; an empty English text falls back to the Japanese one. */
public record LocalizedText(String ja, String en) {

    public LocalizedText {
        ja = Objects.requireNonNullElse(ja, "");
        en = Objects.requireNonNullElse(en, "");
    }

    public String in(Language language) {
        if (language == Language.EN && !en.isBlank()) {
            return en;
        }
        return ja.isBlank() ? en : ja;
    }
}
