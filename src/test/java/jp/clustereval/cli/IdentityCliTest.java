package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;

/**
 * The command line of "one person is one evaluator" and "weights only from the weighting group":
 * held files and the chair's decisions on them, the roster, people told apart in every listing.
 */
class IdentityCliTest {

    /** The identity corpus's files (src/test/resources/cescore-corpus/identity). */
    private static final Path CORPUS = Path.of("src/test/resources/cescore-corpus/identity");
    private static final String ALICE = "a11ce000-0000-4000-8000-000000000001";
    private static final String NEW = "0e000000-0000-4000-8000-000000000005";

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("chair.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private static String file(String name) {
        return CORPUS.resolve(name).toString();
    }

    private static String keyOf(String name) throws Exception {
        return Ed25519.fingerprint(new com.fasterxml.jackson.databind.ObjectMapper().readTree(CORPUS.resolve(name).toFile())
                .path("evaluator").path("publicKey").asText());
    }

    @Test
    void heldFilesAreAcceptedOnlyByTheChairsExplicitDecisions() throws Exception {
        assertEquals(0, run("import", file("setup-alice.cescore")).exit());
        String[] batch = {file("I01-upper-id-capital-name.cescore"), file("I06a-two-keys-first.cescore"),
                file("I06b-two-keys-second.cescore")};
        CliRun held = run(concat(new String[] {"import"}, batch));
        assertEquals(1, held.exit(), held::toString);
        assertEquals(3, held.out().lines().filter(l -> l.contains(": held: ")).count(), held.out());
        String before = run("evaluator", "list", "--format", "csv").out();
        assertEquals(2, before.lines().count(), "nothing of the held files was stored: " + before);

        // a key's acceptance needs the fingerprint the chair checked, and is given once per evaluator
        CliRun noFingerprint = run("import", "--accept-key", NEW, "--reason", "checked", batch[1]);
        assertEquals(2, noFingerprint.exit(), noFingerprint::toString);
        assertTrue(noFingerprint.err().contains("--accept-key " + NEW + " needs --fingerprint HEX"), noFingerprint.err());
        CliRun twice = run("import", "--accept-key", NEW, "--fingerprint", keyOf("I06a-two-keys-first.cescore"), "--reason",
                "a", "--accept-key", NEW, "--fingerprint", keyOf("I06b-two-keys-second.cescore"), "--reason", "b", batch[1]);
        assertEquals(2, twice.exit(), twice::toString);
        assertTrue(twice.err().contains("is given twice"), twice.err());
        CliRun nameWithKey = run("import", "--accept-name", ALICE, "--fingerprint", keyOf("I06a-two-keys-first.cescore"),
                "--reason", "x", batch[0]);
        assertEquals(2, nameWithKey.exit(), nameWithKey::toString);

        CliRun decided = run(concat(new String[] {"import", "--accept-key", NEW, "--fingerprint",
                keyOf("I06b-two-keys-second.cescore"), "--reason", "read out by phone", "--accept-name", ALICE.toUpperCase(),
                "--reason", "she writes her name in capitals now"}, batch));
        assertEquals(1, decided.exit(), decided::toString); // the first key's file stays held
        assertTrue(decided.out().contains("I01-upper-id-capital-name.cescore: accepted"), decided.out());
        assertTrue(decided.out().contains("I06b-two-keys-second.cescore: accepted"), decided.out());
        assertTrue(decided.out().contains("I06a-two-keys-first.cescore: held: "), decided.out());
        String evaluators = run("evaluator", "list", "--format", "csv").out();
        assertTrue(evaluators.contains(ALICE + ",ALICE EXAMPLE,Univ A,"), evaluators);
        assertEquals(3, evaluators.lines().count(), evaluators);
        String keys = run("keys", "list", "--format", "csv").out();
        assertTrue(keys.contains(NEW + "," + keyOf("I06b-two-keys-second.cescore") + ",override,yes,"), keys);
    }

    @Test
    void theRosterIsAddedToAndListed() {
        try (Services s = Services.open(dir.resolve("chair.db"), false, dir.resolve("keys"))) {
            Round round = s.rounds().current();
            Evaluator e = s.evaluators().add("評価 一郎", "大学");
            s.evaluators().add("重み 花子", "文部科学省");
            s.grading().setGrade(new SheetKey(round.id(), e.id(), "SAP"), "1.1", "A", "test");
        }
        String round = "mid-fy2004";
        assertEquals("added\n", run("roster", "add", "--round", round, "--evaluator", "評価 一郎", "--role", "evaluator").out());
        assertEquals(0, run("roster", "add", "--round", round, "--evaluator", "重み 花子", "--role", "weighting", "--email",
                "hanako@mext.example").exit());
        assertEquals("already in the roster\n",
                run("roster", "add", "--round", round, "--evaluator", "重み 花子", "--role", "weighting").out());
        CliRun badRole = run("roster", "add", "--round", round, "--evaluator", "重み 花子", "--role", "boss");
        assertEquals(1, badRole.exit());
        assertTrue(badRole.err().contains("Unknown role \"boss\": use one of evaluator, weighting, chair."), badRole.err());
        CliRun badMail = run("roster", "add", "--round", round, "--evaluator", "重み 花子", "--role", "chair", "--email", "x y");
        assertEquals(1, badMail.exit());
        CliRun list = run("roster", "list", "--format", "csv");
        assertEquals(0, list.exit(), list::toString);
        List<String> lines = list.out().lines().toList();
        assertEquals("evaluator,name,affiliation,role,assigned,handed_in", lines.get(0));
        assertTrue(lines.get(1).endsWith(",評価 一郎,大学,evaluator,18,yes"), lines.get(1));
        assertTrue(lines.get(2).endsWith(",重み 花子,文部科学省,weighting,,no"), lines.get(2));
        assertEquals(3, lines.size(), list.out());
        assertTrue(run("roster", "list", "--round", round, "--format", "json").out().contains("\"role\" : \"weighting\""));
    }

    @Test
    void twoEvaluatorsOfOneNameAreToldApartInOutliersAndComments() {
        String one;
        String two;
        try (Services s = Services.open(dir.resolve("chair.db"), false, dir.resolve("keys"))) {
            Round round = s.rounds().current();
            Evaluator a = s.evaluators().add("佐藤 健", "東北大学");
            Evaluator b = s.evaluators().add("佐藤 健", "九州大学");
            Evaluator c = s.evaluators().add("評価 三郎", "");
            one = a.id();
            two = b.id();
            for (String cluster : List.of("SAP", "SEN", "KYO")) {
                s.grading().setGrade(new SheetKey(round.id(), a.id(), cluster), "1.1", "S", "test");
                s.grading().setGrade(new SheetKey(round.id(), b.id(), cluster), "1.1", "C", "test");
                s.grading().setGrade(new SheetKey(round.id(), c.id(), cluster), "1.1", "B", "test");
            }
            s.grading().setItemText(new SheetKey(round.id(), a.id(), "SAP"), "1.1",
                    jp.clustereval.service.ItemTextField.COMMENT, "東北から", "test");
            s.grading().setItemText(new SheetKey(round.id(), b.id(), "SAP"), "1.1",
                    jp.clustereval.service.ItemTextField.COMMENT, "九州から", "test");
        }
        String outliers = run("outliers", "--format", "csv").out();
        assertTrue(outliers.contains(",佐藤 健 (東北大学),") && outliers.contains(",佐藤 健 (九州大学),"), outliers);
        String comments = run("comments", "list", "--names", "--format", "csv").out();
        assertTrue(comments.contains(",佐藤 健 (東北大学),,東北から") && comments.contains(",佐藤 健 (九州大学),,九州から"), comments);
        // tagging names the person by id when the name is two people's
        CliRun ambiguous = run("comments", "tag", "--evaluator", "佐藤 健", "--cluster", "SAP", "--item", "1.1", "--tag", "ip");
        assertEquals(1, ambiguous.exit());
        assertEquals(0, run("comments", "tag", "--evaluator", two.toUpperCase(), "--cluster", "SAP", "--item", "1.1", "--tag",
                "ip").exit());
        assertTrue(run("comments", "list", "--names", "--tag", "ip", "--format", "csv").out().contains(",佐藤 健 (九州大学),ip,"));
        assertTrue(!one.equals(two));
    }

    @Test
    void aDatabaseWhoseUpgradeIsRefusedForTwoIdsOfOneSpellingCanBeRestoredFromABackup() throws Exception {
        Path chair = dir.resolve("chair.db");
        String id;
        try (Services s = Services.open(chair, false, dir.resolve("keys"))) {
            id = s.evaluators().add("評価 一郎", "大学").id();
        }
        java.nio.file.Files.copy(chair, dir.resolve("clean.db"));
        // what an old version left after importing a file that spelled the id in capitals
        jp.clustereval.persistence.OlderSchema.toVersion4(chair);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + chair); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO evaluator(id, name, affiliation, created_at) VALUES ('" + id.toUpperCase()
                    + "', '評価 一郎', '大学', '2004-12-04T00:00:00Z')");
        }
        CliRun refused = run("evaluator", "list");
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("differ only in upper and lower case: 評価 一郎 (" + id.toUpperCase() + ") and 評価 一郎 ("
                + id + ")"), refused.err());
        CliRun restored = run("restore", dir.resolve("clean.db").toString());
        assertEquals(0, restored.exit(), restored::toString);
        assertTrue(restored.out().contains("was kept as " + chair + ".damaged-"), restored.out());
        assertEquals(2, run("evaluator", "list", "--format", "csv").out().lines().count());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
