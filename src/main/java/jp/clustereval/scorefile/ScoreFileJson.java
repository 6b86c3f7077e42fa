package jp.clustereval.scorefile;

import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.clustereval.domain.ItemEntry;

/** Writes score files: the content as JSON, then signed over its canonical form. */
public final class ScoreFileJson {

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScoreFileJson() {
    }

    /** The file's JSON without its signature member: exactly what the signature covers. */
    public static ObjectNode content(ScoreFile file) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", ScoreFile.FORMAT);
        root.put("formatVersion", file.formatVersion());
        root.putObject("application").put("name", "ClusterEval").put("version", file.appVersion());
        root.put("exportedAt", file.exportedAt().toString());
        root.putObject("round").put("id", file.roundId()).put("fingerprint", file.roundFingerprint());
        root.putObject("evaluator").put("id", file.evaluator().id()).put("name", file.evaluator().name())
                .put("affiliation", file.evaluator().affiliation()).put("publicKey", file.evaluator().publicKey());
        ArrayNode sheets = root.putArray("sheets");
        for (ScoreSheet s : file.sheets()) {
            sheets.add(sheet(s));
        }
        return root;
    }

    public static ObjectNode sheet(ScoreSheet s) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("cluster", s.cluster());
        o.put("status", s.status().dbValue());
        o.put("revision", s.revision());
        o.put("updatedAt", s.updatedAt().toString());
        o.put("comment", s.comment());
        ArrayNode items = o.putArray("items");
        for (ItemEntry e : s.items()) {
            ObjectNode item = items.addObject();
            item.put("id", e.itemId());
            item.put("grade", e.grade());
            item.put("comment", e.comment());
            item.put("indication", e.indication());
        }
        return o;
    }

    /** The signed file as UTF-8 bytes: indented for people, signature over the canonical content. */
    public static byte[] signed(ScoreFile file, java.security.PrivateKey key) {
        ObjectNode root = content(file);
        byte[] signature = Ed25519.sign(key, CanonicalJson.bytes(root));
        root.putObject("signature").put("algorithm", Ed25519.ALGORITHM)
                .put("value", Base64.getEncoder().encodeToString(signature));
        return pretty(root);
    }

    public static byte[] pretty(JsonNode node) {
        try {
            return (PRETTY.writeValueAsString(node) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
