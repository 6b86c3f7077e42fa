package jp.clustereval.decisionrecord;

import java.util.Base64;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.clustereval.common.SafeText;
import jp.clustereval.common.JsonDocuments;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.scorefile.CanonicalJson;
import jp.clustereval.scorefile.Ed25519;

/**
 * Checks a decision record's signature: bounded, strict UTF-8 JSON (no member twice, nothing after
 * it) of this format and version, whose {@code signature} verifies with the key in {@code signer}
 * over the canonical form of everything else. A changed byte of any signed member fails. It checks
 * what makes the record authentic; the figures inside are what the signing chair's database computed.
 */
public final class DecisionRecordVerifier {

    /** Who signed a record that verified: the chair's id and name, the key's fingerprint, the round. */
    public record Verified(String signerId, String signerName, String keyFingerprint, String roundId) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16)
                .maxNumberLength(100).maxStringLength(DecisionRecord.MAX_BYTES).build());
    }

    private DecisionRecordVerifier() {
    }

    /** Verifies the record in the bytes, refused with a {@code decision.*} message naming the defect. */
    public static Verified verify(byte[] bytes) {
        JsonNode root = JsonDocuments.read(bytes, DecisionRecord.MAX_BYTES, MAPPER, "decision.malformed",
                () -> new UserFacingException("decision.tooLarge", DecisionRecord.MAX_BYTES / (1024 * 1024)));
        if (root == null || !root.isObject() || !DecisionRecord.FORMAT.equals(root.path("format").asText(null))) {
            throw new UserFacingException("decision.notRecord", DecisionRecord.FORMAT);
        }
        JsonNode version = root.path("formatVersion");
        if (!version.isIntegralNumber() || version.asLong() != DecisionRecord.VERSION) {
            throw new UserFacingException("decision.version", SafeText.line(version.toString()), DecisionRecord.VERSION);
        }
        JsonNode signer = root.path("signer");
        JsonNode sig = root.path("signature");
        if (!signer.path("publicKey").isTextual() || !signer.path("id").isTextual() || !signer.path("name").isTextual()
                || !sig.isObject() || sig.size() != 2 || !Ed25519.ALGORITHM.equals(sig.path("algorithm").asText(null))
                || !sig.path("value").isTextual()) {
            throw new UserFacingException("decision.badSignature");
        }
        byte[] signature;
        java.security.PublicKey key;
        try {
            signature = Base64.getDecoder().decode(sig.path("value").asText());
            key = Ed25519.publicKey(signer.path("publicKey").asText());
        } catch (IllegalArgumentException | UserFacingException e) {
            throw new UserFacingException(e, "decision.badSignature");
        }
        byte[] canonical;
        try {
            canonical = CanonicalJson.bytesWithout(root, "signature", bytes.length);
        } catch (CanonicalJson.NotCanonicalException e) {
            throw e.refusal();
        }
        if (!Ed25519.verify(key, canonical, signature)) {
            throw new UserFacingException("decision.badSignature");
        }
        return new Verified(signer.path("id").asText(), signer.path("name").asText(),
                Ed25519.fingerprint(signer.path("publicKey").asText()), ((ObjectNode) root).path("round").path("id").asText(""));
    }
}
