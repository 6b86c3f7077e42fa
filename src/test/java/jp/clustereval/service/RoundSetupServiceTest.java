package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.RoundDefinition;
import jp.clustereval.domain.RoundKind;
import jp.clustereval.scorefile.RoundFingerprint;

/** The round's fingerprint follows its own stored definition; the freeze rule keeps it once a sheet is stored. */
class RoundSetupServiceTest {

    @TempDir
    Path dir;

    @Test
    void theFingerprintIsTheRoundsOwnAndFollowsARedefinitionWhilePreparing() {
        try (Services s = Services.open(dir.resolve("a.db"), false, dir.resolve("keys"))) {
            RoundSetupService setup = s.roundSetup();
            setup.create(new RoundSetupService.NewRound("final", new LocalizedText("終了", "Final"), RoundKind.FINAL,
                    "mid-fy2004", null, null, null), "test");
            String mid = RoundFingerprint.of(s.rounds().require("mid-fy2004"));
            String copy = RoundFingerprint.of(s.rounds().require("final"));
            assertNotEquals(mid, copy, "another round, another fingerprint (the id is covered)");

            // a definition with one axis fewer (D's items moved to C) while no sheet exists: the round is read again
            RoundDefinition def = jp.clustereval.rounddef.RoundDefinitionJson.read(new String(setup.definitionFile("final"),
                    java.nio.charset.StandardCharsets.UTF_8).replace("\"axis\" : \"D\"", "\"axis\" : \"C\"")
                    .replaceFirst("(?s),\\s*\\{\\s*\"code\" : \"D\".*?\"weight\" : 1.0\\s*\\}", "")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            setup.redefine(new RoundSetupService.Redefinition("final", null, def, null, null), "test");
            assertEquals(4, s.rounds().require("final").axes().size());
            String redefined = RoundFingerprint.of(s.rounds().require("final"));
            assertNotEquals(copy, redefined);
            assertEquals(RoundFingerprint.of(setup.definition("final").round()), redefined);
            assertEquals(List.of("create", "redefine"), s.database().query(c ->
                    new jp.clustereval.persistence.RoundAuditDao(c).ofRound("final")).stream()
                    .map(jp.clustereval.persistence.RoundAuditDao.Entry::action).toList());

            var hanako = s.evaluators().createLocal("花子", "");
            s.grading().setGrade(new SheetKey("final", hanako.id(), "SAP"), "1.1", "A", "gui");
            UserFacingException e = assertThrows(UserFacingException.class, () -> setup.redefine(
                    new RoundSetupService.Redefinition("final", "mid-fy2004", null, null, null), "test"));
            assertEquals("round.frozen", e.key());
            assertEquals(redefined, RoundFingerprint.of(s.rounds().require("final")), "unchanged under stored grades");
        }
    }
}
