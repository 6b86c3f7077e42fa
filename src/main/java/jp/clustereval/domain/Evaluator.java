package jp.clustereval.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A member of the evaluation group; the id is a UUID made where the evaluator was created. UUIDs are
 * case-insensitive, so the id is held in lower case whatever case it was read in: one person is one
 * evaluator, not one per spelling of their id.
 */
public record Evaluator(String id, String name, String affiliation) {

    public Evaluator {
        id = normaliseId(id);
        affiliation = affiliation == null ? "" : affiliation;
    }

    /** The form every evaluator id is compared and stored in: without surrounding blanks, in lower case. */
    public static String normaliseId(String id) {
        return id == null ? null : id.strip().toLowerCase(Locale.ROOT);
    }

    public String displayName() {
        return affiliation.isBlank() ? name : name + " (" + affiliation + ")";
    }

    /**
     * Whether the name and affiliation are the ones given: the same text (canonically equivalent
     * Unicode, blanks around it aside); a difference of case or spelling is a difference.
     */
    public boolean sameNameAs(String otherName, String otherAffiliation) {
        return text(name).equals(text(otherName)) && text(affiliation).equals(text(otherAffiliation));
    }

    private static String text(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }
}
