package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;

/**
 * The services behind the desktop's roster and grid: a grid's changes are all stored or none, a new
 * person refused for their role or e-mail is not left behind, and removing a role takes only that role.
 */
class RosterAssignmentChangesTest {

    @TempDir
    Path dir;

    @Test
    void aGridChangeWithOneRefusedCellStoresNothing() {
        try (Services s = Services.open(dir.resolve("t.db"), false, dir.resolve("keys"))) {
            String round = s.rounds().current().id();
            Evaluator a = s.evaluators().add("A", "");
            Evaluator b = s.evaluators().add("B", "");
            s.roster().add(round, a.id(), "evaluator", null, "t");
            s.roster().add(round, b.id(), "evaluator", null, "t");
            s.coi().add(round, b.id(), "KYO", "", "t");
            assertEquals(1, s.assignments().change(round, Map.of(a.id(), Set.of("SAP")), Map.of(), "t"));
            UserFacingException e = assertThrows(UserFacingException.class, () -> s.assignments().change(round,
                    Map.of(a.id(), Set.of("SEN"), b.id(), Set.of("KYO")), Map.of(a.id(), Set.of("SAP")), "t"));
            assertEquals("assign.conflictOfInterest", e.key());
            assertEquals(Map.of(a.id(), Set.of("SAP")), s.assignments().ofRound(round), "the unassign went back too");
            assertEquals(2, s.assignments().change(round, Map.of(a.id(), Set.of("SEN")), Map.of(a.id(), Set.of("SAP")), "t"));
            assertEquals(Map.of(a.id(), Set.of("SEN")), s.assignments().ofRound(round));
        }
    }

    @Test
    void aRefusedNewPersonIsNotLeftBehindAndARoleGoesAlone() {
        try (Services s = Services.open(dir.resolve("t.db"), false, dir.resolve("keys"))) {
            String round = s.rounds().current().id();
            int people = s.evaluators().all().size();
            assertEquals("roster.role", assertThrows(UserFacingException.class,
                    () -> s.roster().addNewPerson(round, "New", "", "boss", null, "t")).key());
            assertEquals("roster.email", assertThrows(UserFacingException.class,
                    () -> s.roster().addNewPerson(round, "New", "", "evaluator", "x@", "t")).key());
            assertEquals("evaluator.nameRequired", assertThrows(UserFacingException.class,
                    () -> s.roster().addNewPerson(round, " ", "", "evaluator", null, "t")).key());
            assertEquals(people, s.evaluators().all().size());

            Evaluator n = s.roster().addNewPerson(round, "New", "Uni", "evaluator", "new@example.jp", "t");
            s.roster().add(round, n.id(), "weighting", null, "t");
            assertEquals(List.of("evaluator"), s.roster().remove(round, n.id(), "evaluator", "t"));
            assertEquals(List.of("weighting"), s.roster().list(round).stream().map(RosterService.Member::role).toList());
            assertEquals(List.of("weighting"), s.roster().remove(round, "New", null, "t"));
            assertEquals(List.of(), s.roster().list(round));
        }
    }
}
