package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.GradeLevel;
import jp.clustereval.domain.GradeScale;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.Round;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.ParsedScoreFile;
import jp.clustereval.scorefile.RoundFingerprint;
import jp.clustereval.scorefile.ScoreFileReader;

/**
 * docs/score-file-format.md's worked example of the round fingerprint is what the code does: the
 * three blocks (canonical text, fingerprint, signed file) are read out of the page itself.
 */
class RoundFingerprintDocTest {

    static final Path DOC = Path.of("docs/score-file-format.md");
    /** RFC 8032, section 7.1, TEST 1: the public key the page says the example is signed with. */
    static final String RFC8032_TEST1_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    @TempDir
    Path dir;

    /** The fenced block that follows the page's marker comment {@code <!-- fingerprint-example: NAME -->}. */
    static String block(String name) throws Exception {
        String page = Files.readString(DOC, StandardCharsets.UTF_8);
        int marker = page.indexOf("<!-- fingerprint-example: " + name + " -->");
        assertTrue(marker >= 0, "no example block " + name + " in " + DOC);
        int open = page.indexOf("```", marker);
        int start = page.indexOf('\n', open) + 1;
        int end = page.indexOf("\n```", start);
        return page.substring(start, end);
    }

    @Test
    void theCanonicalTextAndFingerprintAreThoseOfTheDefaultRound() throws Exception {
        try (Services s = Services.open(dir.resolve("new.db"), false, dir.resolve("keys"))) {
            Round round = s.rounds().current();
            String canonical = block("canonical text");
            assertEquals(RoundFingerprint.canonicalText(round), canonical);
            String fingerprint = block("fingerprint");
            assertEquals(RoundFingerprint.of(round), fingerprint);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            assertEquals("sha256:" + HexFormat.of().formatHex(digest), fingerprint, "the SHA-256 of the text as the page shows it");
            assertEquals(RoundFingerprint.version1(round), block("version 1"), "with the weights of a new database, all 1");
            assertTrue(Files.readString(DOC, StandardCharsets.UTF_8)
                    .contains("(one line, " + String.format("%,d", canonical.getBytes(StandardCharsets.UTF_8).length) + " bytes"));
        }
    }

    @Test
    void theSignedFileVerifiesCarriesTheFingerprintAndImports() throws Exception {
        Path file = Files.writeString(dir.resolve("example.cescore"), block("signed file"), StandardCharsets.UTF_8);
        ParsedScoreFile parsed = ScoreFileReader.read(file); // verifies the signature
        assertEquals(block("fingerprint"), parsed.content().roundFingerprint());
        String x509 = HexFormat.of().formatHex(Ed25519.publicKey(parsed.content().evaluator().publicKey()).getEncoded());
        assertEquals("302a300506032b6570032100" + RFC8032_TEST1_PUBLIC, x509, "signed with RFC 8032's TEST 1 key");
        try (Services s = Services.open(dir.resolve("chair.db"), false, dir.resolve("keys"))) {
            ImportPreview preview = s.imports().preview(List.of(file), ImportOptions.defaults());
            FileReport r = s.imports().commit(preview, ImportProgress.none(), () -> false).files().get(0);
            assertEquals(FileOutcome.ACCEPTED, r.outcome(), String.valueOf(r.rejection()));
        }
    }

    @Test
    void numbersAreWrittenAsThePageSays() throws Exception {
        try (Services s = Services.open(dir.resolve("new.db"), false, dir.resolve("keys"))) {
            Round round = s.rounds().current();
            LocalizedText none = new LocalizedText("", "");
            GradeScale scale = new GradeScale(List.of(new GradeLevel("S", 4.0, none), new GradeLevel("A", 2.5, none),
                    new GradeLevel("B", 0.1, none), new GradeLevel("C", 1.0E-7, none), new GradeLevel("D", 10, none)));
            String text = RoundFingerprint.canonicalText(new Round(round.id(), round.name(), scale, round.axes(), round.items(),
                    round.cohort()));
            assertTrue(text.endsWith("\"scale\":[{\"code\":\"S\",\"value\":\"4\"},{\"code\":\"A\",\"value\":\"2.5\"},"
                    + "{\"code\":\"B\",\"value\":\"0.1\"},{\"code\":\"C\",\"value\":\"0.0000001\"},{\"code\":\"D\",\"value\":\"10\"}]}"),
                    text);
            String page = Files.readString(DOC, StandardCharsets.UTF_8);
            assertTrue(page.contains("4.0 is `\"4\"`, 2.5 is `\"2.5\"`, 0.1 is `\"0.1\"`, 1.0E-7 is `\"0.0000001\"`, 10 is `\"10\"`"));
        }
    }
}
