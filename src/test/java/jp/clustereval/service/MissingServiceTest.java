package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;

/**
 * Who is missing, against a real database: of a roster with one evaluator who handed nothing in, one
 * partial, one complete, one with a conflict of interest on their other unit, one with a comment but
 * no grade, and a chair, the list names the first, the second and the fifth, with their e-mail,
 * state and the units they owe; the reminder names the round and the units, in both languages.
 */
class MissingServiceTest {

    static final List<String> ITEMS = List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4");

    @TempDir
    Path dir;

    record Panel(String round, Evaluator none, Evaluator partial, Evaluator complete, Evaluator coi,
                 Evaluator commentOnly, Evaluator chair) {
    }

    /** The roster of the class comment on the current round, graded through the grading service. */
    static Panel panel(Services s) {
        String round = s.rounds().current().id();
        Evaluator none = s.roster().addNewPerson(round, "Late Jiro", "Tohoku Univ.", "evaluator", "jiro@example.jp", "t");
        Evaluator partial = s.roster().addNewPerson(round, "Yamada Hanako", "Hokkaido Univ.", "evaluator", null, "t");
        Evaluator complete = s.roster().addNewPerson(round, "Suzuki Taro", "Kyushu Univ.", "evaluator", "taro@example.jp", "t");
        Evaluator coi = s.roster().addNewPerson(round, "Kato Coi", "Kyoto Univ.", "evaluator", "", "t");
        Evaluator commentOnly = s.roster().addNewPerson(round, "Ito Comment", "", "evaluator", "ito@example.jp", "t");
        Evaluator chair = s.roster().addNewPerson(round, "Sato Chair", "MEXT", "chair", "chair@example.jp", "t");
        s.assignments().assign(round, none.id(), List.of("SAP", "SEN"), false, "t");
        s.assignments().assign(round, partial.id(), List.of("SAP", "SEN", "KYO"), false, "t");
        s.assignments().assign(round, complete.id(), List.of("SAP"), false, "t");
        s.assignments().assign(round, coi.id(), List.of("SAP", "KYO"), false, "t");
        s.assignments().assign(round, commentOnly.id(), List.of("SEN"), false, "t");
        gradeAll(s, new SheetKey(round, partial.id(), "SAP"));
        s.grading().setGrade(new SheetKey(round, partial.id(), "SEN"), "1.1", "A", "t");
        gradeAll(s, new SheetKey(round, complete.id(), "SAP"));
        gradeAll(s, new SheetKey(round, coi.id(), "SAP"));
        s.coi().add(round, coi.id(), "KYO", "affiliated", "t");
        s.grading().setSheetComment(new SheetKey(round, commentOnly.id(), "SEN"), "Will grade after the hearing.", "t");
        return new Panel(round, none, partial, complete, coi, commentOnly, chair);
    }

    static String name(Services s, String code, Language language) {
        return s.clusters().withCodes(List.of(code)).get(0).name().in(language);
    }

    static void gradeAll(Services s, SheetKey key) {
        for (String item : ITEMS) {
            s.grading().setGrade(key, item, "A", "t");
        }
    }

    @Test
    void listsTheRosteredEvaluatorsWhoOweGradesWithTheirUnits() {
        try (Services s = Services.open(dir.resolve("t.db"), false, dir.resolve("keys"))) {
            Panel p = panel(s);
            MissingEvaluators m = s.missing().of(p.round());
            assertEquals(p.round(), m.roundId());
            assertEquals(List.of(p.none().id(), p.partial().id(), p.commentOnly().id()),
                    m.rows().stream().map(r -> r.evaluator().id()).toList(), "roster order; complete, COI and chair left out");

            MissingEvaluators.Row none = m.rows().get(0);
            assertEquals(MissingEvaluators.State.NOTHING, none.state());
            assertEquals("jiro@example.jp", none.email());
            assertEquals("Tohoku Univ.", none.evaluator().affiliation());
            assertEquals(List.of("SAP", "SEN"), none.missingCodes());
            assertEquals(List.of(), none.partialCodes());

            MissingEvaluators.Row partial = m.rows().get(1);
            assertEquals(MissingEvaluators.State.PARTIAL, partial.state());
            assertEquals("", partial.email(), "no e-mail in the roster");
            assertEquals(List.of("KYO"), partial.missingCodes());
            assertEquals(List.of("SEN"), partial.partialCodes());
            MissingEvaluators.Unit sen = partial.units().stream().filter(u -> u.code().equals("SEN")).findFirst().orElseThrow();
            assertEquals(1, sen.graded());
            assertEquals(9, sen.total());

            MissingEvaluators.Row comment = m.rows().get(2);
            assertEquals(MissingEvaluators.State.PARTIAL, comment.state(), "a sheet with a comment is handed in, not graded");
            assertEquals(List.of("SEN"), comment.missingCodes());
        }
    }

    @Test
    void nobodyIsMissingOnceEveryOwedUnitIsGraded() {
        try (Services s = Services.open(dir.resolve("t.db"), false, dir.resolve("keys"))) {
            Panel p = panel(s);
            gradeAll(s, new SheetKey(p.round(), p.none().id(), "SAP"));
            gradeAll(s, new SheetKey(p.round(), p.none().id(), "SEN"));
            gradeAll(s, new SheetKey(p.round(), p.partial().id(), "SEN"));
            gradeAll(s, new SheetKey(p.round(), p.partial().id(), "KYO"));
            gradeAll(s, new SheetKey(p.round(), p.commentOnly().id(), "SEN"));
            assertTrue(s.missing().of(p.round()).nobody(), () -> s.missing().of(p.round()).toString());
        }
    }

    @Test
    void eachRoundHasItsOwnRosterAndAssignments() {
        try (Services s = Services.open(dir.resolve("t.db"), false, dir.resolve("keys"))) {
            Panel p = panel(s);
            TwoRounds.addCityRound(s, dir);
            s.roster().add(TwoRounds.CITY, p.none().id(), "evaluator", null, "t");
            s.assignments().assign(TwoRounds.CITY, p.none().id(), List.of("CA02"), false, "t");
            TwoRounds.gradeAll(s, TwoRounds.CITY, p.none().id(), "CA02", "B");
            assertTrue(s.missing().of(TwoRounds.CITY).nobody(), "Late Jiro graded his one City Area unit");
            assertEquals(3, s.missing().of(p.round()).rows().size(), "the mid-term round is unchanged");
            s.assignments().assign(TwoRounds.CITY, p.none().id(), List.of("CA03"), false, "t");
            MissingEvaluators city = s.missing().of(TwoRounds.CITY);
            assertEquals(List.of("CA03"), city.rows().get(0).missingCodes());
            assertEquals(MissingEvaluators.State.PARTIAL, city.rows().get(0).state());
            assertEquals("", city.rows().get(0).email(), "the e-mail of the City Area roster, not the mid-term one");
        }
    }

    @Test
    void theReminderNamesTheRoundAndTheUnitsInBothLanguagesAndNoDate() {
        try (Services s = Services.open(dir.resolve("t.db"), false, dir.resolve("keys"))) {
            Panel p = panel(s);
            MissingEvaluators m = s.missing().of(p.round());
            String en = MissingReminder.text(m, m.rows().get(1), Language.EN);
            String roundEn = s.rounds().current().name().in(Language.EN);
            assertTrue(en.startsWith("To: Yamada Hanako\nSubject: Reminder: your grades for \"" + roundEn + "\"\n"), en);
            assertTrue(en.contains("Dear Yamada Hanako,"), en);
            assertTrue(en.contains("your grades are not complete yet"), en);
            assertTrue(en.contains("  - SEN " + name(s, "SEN", Language.EN) + ": 1 of 9 items graded\n"), en);
            assertTrue(en.contains("  - KYO " + name(s, "KYO", Language.EN) + ": nothing graded yet\n"), en);
            assertFalse(en.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "no invented deadline: " + en);

            String ja = MissingReminder.text(m, m.rows().get(0), Language.JA);
            String roundJa = s.rounds().current().name().in(Language.JA);
            assertTrue(ja.startsWith("宛先: Late Jiro 様 <jiro@example.jp>\n件名: 「" + roundJa + "」の評価ご提出のお願い\n"), ja);
            assertTrue(ja.contains("まだ評価をお受け取りしておりません"), ja);
            assertTrue(ja.contains("  ・SAP " + name(s, "SAP", Language.JA) + ": 未評価\n"), ja);
            assertTrue(ja.contains("  ・SEN " + name(s, "SEN", Language.JA) + ": 未評価\n"), ja);

            String all = MissingReminder.all(m, Language.EN);
            assertEquals(3, all.split("Dear ", -1).length - 1, all);
        }
    }

    @Test
    void aHostileNameCannotReachTheReminderUnescaped() {
        try (Services s = Services.open(dir.resolve("t.db"), false, dir.resolve("keys"))) {
            String round = s.rounds().current().id();
            Evaluator evil = s.roster().addNewPerson(round, "Eve\u202Eevil", "", "evaluator", null, "t");
            s.assignments().assign(round, evil.id(), List.of("SAP"), false, "t");
            MissingEvaluators m = s.missing().of(round);
            String text = MissingReminder.text(m, m.rows().get(0), Language.EN);
            assertFalse(text.contains("\u202E"), text);
            assertTrue(text.contains("Eve\\u202Eevil"), text);
        }
    }
}
