package jp.clustereval.roundpackage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.clustereval.domain.Achievements;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.RoundDefinition;
import jp.clustereval.domain.RoundKind;
import jp.clustereval.rounddef.RoundDefinitionJson;
import jp.clustereval.scorefile.CanonicalJson;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.RoundFingerprint;
import jp.clustereval.scorefile.ScoreFileJson;

/**
 * Writes the hostile round-package corpus of src/test/resources/ceround-corpus: base.ceround (a
 * well-formed package the test opens first, which pins its key) and one file per defect, with the
 * manifest expected.tsv (file, message key, expected English message written here by hand; "..."
 * at the end: the rest names variable parts). Defects that must be signed to reach their check
 * (a role that does not exist, an assignment to no unit ...) are signed with the base's key.
 * Regenerate: {@code mvn -o test -Dtest=WriteCeroundCorpus -Dceround.corpus.write=true}.
 */
public final class CeroundCorpusGenerator {

    static final String ROUND = "final-fy2006";
    static final String CHAIR = "6a1c3f0e-2b4d-4e8f-9a7b-0c1d2e3f4a5b";
    static final String HANAKO = "7b2d4e1f-3c5e-4f9a-8b6c-1d2e3f4a5b6c";
    static final String TARO = "8c3e5f2a-4d6f-4a0b-9c7d-2e3f4a5b6c7d";
    static final String JIRO = "9d4f6a3b-5e7a-4b1c-8d8e-3f4a5b6c7d8e";

    private final byte[] definition;
    private final List<Achievements> evidence;
    private final KeyPair key = Ed25519.generate();
    private final KeyPair other = Ed25519.generate();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final List<String> manifest = new ArrayList<>();

    /** @param definition the seeded round's definition file; evidence: its units' achievements */
    CeroundCorpusGenerator(byte[] definition, List<Achievements> evidence) {
        this.definition = definition.clone();
        this.evidence = List.copyOf(evidence);
    }

    RoundPackage base() {
        return withDefinition(definition);
    }

    private RoundPackage withDefinition(byte[] def) {
        LocalizedText name = new LocalizedText("終了評価 FY2006", "Final evaluation FY2006");
        RoundDefinition d = RoundDefinitionJson.read(def).as(ROUND, name, RoundKind.FINAL);
        List<RoundPackage.Member> roster = List.of(
                new RoundPackage.Member(CHAIR, "佐藤 委員長", "事務局", "chair", "sato@example.jp"),
                new RoundPackage.Member(HANAKO, "山田 花子", "北海道大学", "evaluator", "hanako@example.jp"),
                new RoundPackage.Member(TARO, "鈴木 太郎", "九州大学", "evaluator", ""),
                new RoundPackage.Member(JIRO, "田中 次郎", "", "weighting", ""));
        List<RoundPackage.Assignment> assignments = List.of(new RoundPackage.Assignment(HANAKO, "SAP"),
                new RoundPackage.Assignment(HANAKO, "SEN"), new RoundPackage.Assignment(TARO, "FUK"));
        return new RoundPackage("0.1.0", ROUND, name, RoundKind.FINAL, RoundFingerprint.of(d.round()), def, d, evidence,
                roster, assignments, new RoundPackage.Signer(CHAIR, "佐藤 委員長", Ed25519.encode(key.getPublic())),
                Instant.parse("2006-10-02T09:00:00Z"));
    }

    /** The base's members changed, then signed with the base's key. */
    private byte[] signed(Consumer<ObjectNode> change) {
        return signed(RoundPackageWriter.content(base()), change, key);
    }

    private static byte[] signed(ObjectNode root, Consumer<ObjectNode> change, KeyPair by) {
        change.accept(root);
        byte[] sig = Ed25519.sign(by.getPrivate(), CanonicalJson.bytes(root));
        root.putObject("signature").put("algorithm", Ed25519.ALGORITHM).put("value", Base64.getEncoder().encodeToString(sig));
        return ScoreFileJson.pretty(root);
    }

    private static ObjectNode roster(ObjectNode root, int i) {
        return (ObjectNode) root.get("roster").get(i);
    }

    /** The package with another definition text, its hash and fingerprint made to match, signed. */
    private byte[] definitionChanged(String from, String to) {
        String text = new String(definition, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException("the seeded definition has no " + from);
        }
        byte[] changed = text.replace(from, to).getBytes(StandardCharsets.UTF_8);
        ObjectNode root = RoundPackageWriter.content(base());
        root.putObject("definition").put("sha256", RoundPackageWriter.sha256(changed))
                .put("text", new String(changed, StandardCharsets.UTF_8));
        return signed(root, r -> { }, key);
    }

    private void add(String name, byte[] bytes, String key, String message) {
        files.put(name, bytes);
        manifest.add(name + "\t" + key + "\t" + message);
    }

    void build() {
        byte[] good = RoundPackageWriter.signed(base(), key.getPrivate());
        files.put("base.ceround", good);
        String goodText = new String(good, StandardCharsets.UTF_8);
        add("01-empty.ceround", new byte[0], "roundpackage.malformed", "The round package cannot be read: empty file. Nothing was changed.");
        add("02-truncated.ceround", goodText.substring(0, goodText.length() / 2).getBytes(StandardCharsets.UTF_8),
                "roundpackage.malformed", "The round package cannot be read: ...");
        byte[] latin1 = goodText.replace("山田 花子", "Jos\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        add("03-invalid-utf8.ceround", latin1, "roundpackage.malformed",
                "The round package cannot be read: not UTF-8 text. Nothing was changed.");
        add("04-wrong-format.ceround", goodText.replace("\"clustereval-round-package\"", "\"clustereval-score\"")
                .getBytes(StandardCharsets.UTF_8), "roundpackage.notPackage",
                "This is not a round package (its \"format\" is not \"clustereval-round-package\"). Nothing was changed.");
        add("05-version-2.ceround", signed(r -> r.put("formatVersion", 2)), "roundpackage.version",
                "The round package's formatVersion 2 is not one this version reads (1). Nothing was changed.");
        add("06-duplicate-member.ceround", goodText.replaceFirst("\"madeAt\"", "\"madeAt\" : \"2006-10-01T09:00:00Z\",\n  \"madeAt\"")
                .getBytes(StandardCharsets.UTF_8), "roundpackage.malformed", "The round package cannot be read: Duplicate field 'madeAt'...");
        add("07-unknown-member.ceround", signed(r -> r.put("comment", "extra")), "roundpackage.unknownMember",
                "The round package has a member 'comment' in the file that the format does not have. Nothing was changed.");
        add("08-unknown-roster-member.ceround", signed(r -> roster(r, 1).put("phone", "011-000-0000")),
                "roundpackage.unknownMember",
                "The round package has a member 'phone' in roster[1] that the format does not have. Nothing was changed.");
        add("09-missing-assignments.ceround", signed(r -> r.remove("assignments")), "roundpackage.missing",
                "The round package lacks 'assignments' in the file. Nothing was changed.");
        ObjectNode tampered;
        try {
            tampered = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(good);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String sig = tampered.get("signature").get("value").asText();
        ((ObjectNode) tampered.get("signature")).put("value", (sig.charAt(0) == 'A' ? "B" : "A") + sig.substring(1));
        add("10-tampered-signature.ceround", ScoreFileJson.pretty(tampered), "roundpackage.badSignature",
                "The round package's signature does not verify: the file was changed after it was signed, or it was not signed by the key it names. Nothing was changed.");
        add("11-tampered-roster.ceround", goodText.replace("\"role\" : \"weighting\"", "\"role\" : \"chair\"")
                .getBytes(StandardCharsets.UTF_8), "roundpackage.badSignature",
                "The round package's signature does not verify: the file was changed after it was signed, or it was not signed by the key it names. Nothing was changed.");
        add("12-tampered-assignment.ceround", goodText.replace("\"unit\" : \"FUK\"", "\"unit\" : \"KYO\"")
                .getBytes(StandardCharsets.UTF_8), "roundpackage.badSignature",
                "The round package's signature does not verify: the file was changed after it was signed, or it was not signed by the key it names. Nothing was changed.");
        add("13-other-key.ceround", signed(RoundPackageWriter.content(base()), r -> { }, other), "roundpackage.badSignature",
                "The round package's signature does not verify: the file was changed after it was signed, or it was not signed by the key it names. Nothing was changed.");
        RoundPackage byOther = new RoundPackage("0.1.0", ROUND, base().name(), RoundKind.FINAL, base().fingerprint(), definition,
                base().definition(), evidence, base().roster(), base().assignments(),
                new RoundPackage.Signer(CHAIR, "佐藤 委員長", Ed25519.encode(other.getPublic())), base().madeAt());
        add("14-pinned-round-other-key.ceround", RoundPackageWriter.signed(byOther, other.getPrivate()), "roundpackage.keyChanged",
                "The round 'final-fy2006' was handed out signed by the key ...");
        add("15-role-unknown.ceround", signed(r -> roster(r, 3).put("role", "observer")), "roundpackage.role",
                "The round package's roster has the role 'observer', which does not exist; roles are evaluator, weighting, chair. Nothing was changed.");
        add("16-assignment-not-unit.ceround", signed(r -> ((ArrayNode) r.get("assignments")).addObject()
                .put("evaluator", TARO).put("unit", "CA01")), "roundpackage.notUnit",
                "The round package's assignments name the unit 'CA01', which is not a unit of its round. Nothing was changed.");
        add("17-assignment-not-evaluator.ceround", signed(r -> ((ArrayNode) r.get("assignments")).addObject()
                .put("evaluator", JIRO).put("unit", "SAP")), "roundpackage.notEvaluator",
                "The round package assigns a unit to " + JIRO + ", who is not an evaluator of its roster. Nothing was changed.");
        add("18-control-characters.ceround", signed(r -> roster(r, 1).put("name", "山田\u001b[2J 花子")), "roundpackage.unsafeText",
                "The round package's roster[1].name holds a control character or a direction override (山田\\u001B[2J 花子): names and addresses are one plain line. Nothing was changed.");
        add("19-bidi-override.ceround", signed(r -> roster(r, 2).put("affiliation", "\u202eelif.exe")), "roundpackage.unsafeText",
                "The round package's roster[2].affiliation holds a control character or a direction override (\\u202Eelif.exe): names and addresses are one plain line. Nothing was changed.");
        add("20-line-break-in-name.ceround", signed(r -> roster(r, 0).put("name", "佐藤\nOK: imported")), "roundpackage.unsafeText",
                "The round package's roster[0].name holds a control character or a direction override (佐藤\\nOK: imported): names and addresses are one plain line. Nothing was changed.");
        add("21-breaks-round-rules.ceround", definitionChanged("\"cohort\" : [ \"", "\"cohort\" : [ \"XXX\", \""), "round.cohortNotUnit",
                "The cohort names 'XXX', which is not a unit of the round. Nothing was changed.");
        add("22-definition-hash.ceround", signed(r -> ((ObjectNode) r.get("definition")).put("sha256", "0".repeat(64))),
                "roundpackage.definitionHash", "The round package's definition does not match its SHA-256. Nothing was changed.");
        add("23-fingerprint.ceround", signed(r -> ((ObjectNode) r.get("round")).put("fingerprint", "sha256:" + "1".repeat(64))),
                "roundpackage.fingerprint", "The round package states the round fingerprint sha256:" + "1".repeat(64)
                        + ", but its definition has ...");
        add("24-signer-not-chair.ceround", signed(r -> ((ObjectNode) r.get("signer")).put("id", HANAKO).put("name", "山田 花子")),
                "roundpackage.signerNotChair", "The round package was signed by " + HANAKO + ", who is not a chair of its roster. Nothing was changed.");
        add("25-email.ceround", signed(r -> roster(r, 1).put("email", "hanako at example")), "roundpackage.email",
                "The round package's roster has the e-mail address 'hanako at example', which is not one. Nothing was changed.");
        add("26-roster-twice.ceround", signed(r -> ((ArrayNode) r.get("roster")).add(roster(r, 2).deepCopy())), "roundpackage.twice",
                "The round package's roster hold " + TARO + " evaluator twice. Nothing was changed.");
        add("27-person-two-names.ceround", signed(r -> ((ArrayNode) r.get("roster")).addObject().put("id", TARO)
                .put("name", "別人").put("affiliation", "").put("role", "weighting").put("email", "")), "roundpackage.personDiffers",
                "The round package gives the person " + TARO + " two different names or affiliations. Nothing was changed.");
        add("28-evidence-not-unit.ceround", signed(r -> ((ObjectNode) r.get("evidence").get(0)).put("unit", "CA01")),
                "roundpackage.notUnit", "The round package's evidence name the unit 'CA01', which is not a unit of its round. Nothing was changed.");
        add("29-negative-metric.ceround", signed(r -> ((ObjectNode) r.get("evidence").get(0).get("metrics").get(0)).put("value", -1)),
                "roundpackage.type", "The round package's evidence[0].metrics[0].value must be: an integer from 0 to 2^53 - 1. Nothing was changed.");
        add("30-fraction-metric.ceround", goodText.replaceFirst("(?<!\\\\)\"value\" : [0-9]+", "\"value\" : 1.5")
                .getBytes(StandardCharsets.UTF_8),
                "roundpackage.type", "The round package's evidence[0].metrics[0].value must be: an integer from 0 to 2^53 - 1. Nothing was changed.");
        add("31-round-id.ceround", signed(r -> ((ObjectNode) r.get("round")).put("id", "../etc")), "round.idInvalid",
                "The round id '../etc' cannot be used: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit. Nothing was changed.");
        add("32-unit-differs.ceround", definitionChanged("\"Sapporo IT Carrozzeria Cluster\"", "\"Sapporo IT Cluster (renamed)\""),
                "round.unitDiffers", "The unit code 'SAP' is already in this database as ...");
        add("33-signer-uuid.ceround", signed(r -> ((ObjectNode) r.get("signer")).put("id", "chair")), "roundpackage.type",
                "The round package's signer.id must be: a UUID. Nothing was changed.");
        add("34-definition-not-json.ceround", definitionChanged("\"format\" : \"clustereval-round-definition\"",
                "\"format\" : \"clustereval-round-definition\" \"x\""), "rounddef.malformed", "The round definition cannot be read: ...");
    }

    void write(Path dir) throws Exception {
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        for (var e : files.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        Files.writeString(dir.resolve("expected.tsv"),
                "# file<TAB>message key<TAB>expected English message (\"...\" at the end: the rest names variable parts)\n"
                        + "# base.ceround is well-formed: opened first, it pins its key for the round\n"
                        + String.join("\n", manifest) + "\n", StandardCharsets.UTF_8);
    }
}
