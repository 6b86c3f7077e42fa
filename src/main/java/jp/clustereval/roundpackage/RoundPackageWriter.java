package jp.clustereval.roundpackage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.clustereval.domain.Achievements;
import jp.clustereval.scorefile.CanonicalJson;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.ScoreFileJson;

/** Writes a round package signed like a score file: Ed25519 over the canonical JSON of everything but the signature. */
public final class RoundPackageWriter {

    private RoundPackageWriter() {
    }

    /** The package's members without the signature, in the documented order. */
    public static ObjectNode content(RoundPackage p) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", RoundPackage.FORMAT);
        root.put("formatVersion", RoundPackage.VERSION);
        root.putObject("application").put("name", "ClusterEval").put("version", p.appVersion());
        ObjectNode round = root.putObject("round");
        round.put("id", p.roundId());
        round.putObject("name").put("ja", p.name().ja()).put("en", p.name().en());
        round.put("kind", p.kind().code());
        round.put("fingerprint", p.fingerprint());
        byte[] definition = p.definitionFile();
        root.putObject("definition").put("sha256", sha256(definition))
                .put("text", new String(definition, StandardCharsets.UTF_8));
        ArrayNode evidence = root.putArray("evidence");
        for (Achievements a : p.evidence()) {
            ObjectNode e = evidence.addObject().put("unit", a.clusterCode()).put("period", a.period());
            ArrayNode metrics = e.putArray("metrics");
            for (Map.Entry<String, Long> m : a.metrics().entrySet()) {
                metrics.addObject().put("name", m.getKey()).put("value", m.getValue());
            }
        }
        ArrayNode roster = root.putArray("roster");
        for (RoundPackage.Member m : p.roster()) {
            roster.addObject().put("id", m.id()).put("name", m.name()).put("affiliation", m.affiliation())
                    .put("role", m.role()).put("email", m.email());
        }
        ArrayNode assignments = root.putArray("assignments");
        for (RoundPackage.Assignment a : p.assignments()) {
            assignments.addObject().put("evaluator", a.evaluatorId()).put("unit", a.unit());
        }
        root.putObject("signer").put("id", p.signer().id()).put("name", p.signer().name())
                .put("publicKey", p.signer().publicKey());
        root.put("madeAt", p.madeAt().toString());
        return root;
    }

    /** The file's bytes: the content and its signature, indented UTF-8. */
    public static byte[] signed(RoundPackage p, PrivateKey key) {
        ObjectNode root = content(p);
        byte[] signature = Ed25519.sign(key, CanonicalJson.bytes(root));
        root.putObject("signature").put("algorithm", Ed25519.ALGORITHM)
                .put("value", Base64.getEncoder().encodeToString(signature));
        return ScoreFileJson.pretty(root);
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
