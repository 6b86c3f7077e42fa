package jp.clustereval.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Two people listed are never shown alike; one alone reads "Name (Affiliation)". */
class PersonLabelsTest {

    private static final Evaluator ALICE = new Evaluator("a11ce000-0000-4000-8000-000000000001", "Alice Example", "Univ A");
    private static final Evaluator ALICE_B = new Evaluator("0b6f3c1e-5d2a-4c8b-9e7f-1a2b3c4d5e6f", "Alice Example", "Univ B");
    private static final Evaluator CAPITALS = new Evaluator("C0FFEE00-0000-4000-8000-000000000002", "ALICE EXAMPLE", "Univ A");
    private static final Evaluator BOB = new Evaluator("b0b00000-0000-4000-8000-000000000003", "Bob", "");

    @Test
    void aPersonAloneIsShownByNameAndAffiliation() {
        PersonLabels labels = PersonLabels.of(List.of(ALICE, BOB));
        assertEquals("Alice Example (Univ A)", labels.label(ALICE.id()));
        assertEquals("Bob", labels.label(BOB.id()));
    }

    @Test
    void theSameNameIsToldApartByAffiliationAndTheSameNameAndAffiliationByAShortId() {
        PersonLabels labels = PersonLabels.of(List.of(ALICE, ALICE_B, CAPITALS));
        assertEquals("Alice Example (Univ B)", labels.label(ALICE_B.id()));
        // the same name in capitals and the same affiliation: the ids tell them apart
        assertEquals("Alice Example (Univ A) · a11ce0", labels.label(ALICE.id()));
        assertEquals("ALICE EXAMPLE (Univ A) · c0ffee", labels.label(CAPITALS.id().toUpperCase(java.util.Locale.ROOT)));
    }

    @Test
    void idsThatBeginAlikeAreShownUntilTheyDiffer() {
        Evaluator one = new Evaluator("5a4e0000-0000-4000-8000-000000000007", "同じ 名前", "大学");
        Evaluator two = new Evaluator("5a4e0000-0000-4000-8000-000000000008", "同じ　名前", "大学"); // full-width space
        PersonLabels labels = PersonLabels.of(List.of(one, two));
        assertEquals("同じ 名前 (大学) · 5a4e0000000040008000000000000007", labels.label(one.id()));
        assertEquals("同じ　名前 (大学) · 5a4e0000000040008000000000000008", labels.label(two.id()));
    }

    @Test
    void someoneNotListedIsToldApartFromThoseListed() {
        PersonLabels stored = PersonLabels.of(List.of(ALICE, BOB));
        Evaluator newcomer = new Evaluator("f7e54000-0000-4000-8000-000000000006", "Alice Example", "Univ A");
        assertEquals("Alice Example (Univ A) · f7e540", stored.label(newcomer));
        assertEquals("Alice Example (Univ A)", stored.label(ALICE), "the listed person's label is theirs");
        assertEquals("unknown-id", stored.label("UNKNOWN-ID"));
    }
}
