package jp.clustereval.weightsfile;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.clustereval.common.JsonDocuments;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.scorefile.CanonicalJson;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.ScoreFile;
import jp.clustereval.scorefile.ScoreFileException;
import jp.clustereval.scorefile.UtcTime;

/**
 * Reads a weights file and refuses it, naming the first defect, unless it is well-formed JSON of
 * this format with exactly the expected members and a signature that verifies. Whether the weights
 * fit the round (axes, items, values) is checked afterwards against the database.
 */
public final class WeightsFileReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> TOP = Set.of("format", "formatVersion", "application", "round", "setBy", "setAt",
            "source", "consistencyRatio", "axes", "items", "signature");

    /** The longest signer name (as for an evaluator added by hand). */
    static final int MAX_NAME = 200;
    /** The longest decimal text a weight (or the consistency ratio) may be written with. */
    static final int MAX_NUMBER_CHARS = 100;

    private WeightsFileReader() {
    }

    public static WeightsFile parse(byte[] bytes) {
        JsonNode root = JsonDocuments.read(bytes, WeightsFile.MAX_BYTES, MAPPER, "weightsfile.malformed",
                () -> new UserFacingException("weightsfile.malformed", "larger than 1 MB"));
        if (root == null || !root.isObject() || !WeightsFile.FORMAT.equals(root.path("format").asText(null))) {
            throw new UserFacingException("weightsfile.notWeightsFile", WeightsFile.FORMAT);
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!TOP.contains(name)) {
                throw new UserFacingException("weightsfile.unknownMember", name);
            }
        }
        JsonNode version = required(root, "formatVersion");
        if (!version.isIntegralNumber() || version.asInt() < 1 || version.asInt() > WeightsFile.VERSION) {
            throw new UserFacingException("weightsfile.version", version.toString(), WeightsFile.VERSION);
        }
        WeightsFile content = content(root);
        verify((ObjectNode) root, content.publicKey());
        return content;
    }

    private static WeightsFile content(JsonNode root) {
        JsonNode setBy = object(root, "setBy");
        String publicKey = text(setBy, "setBy.publicKey");
        JsonNode cr = required(root, "consistencyRatio");
        Double ratio = cr.isNull() ? null : number(cr, "consistencyRatio");
        Instant setAt;
        try {
            setAt = UtcTime.parse(text(root, "setAt"));
        } catch (DateTimeParseException e) {
            throw new UserFacingException("weightsfile.type", "setAt", "a UTC time like 2004-11-20T09:00:00Z");
        }
        String source = text(root, "source");
        if (!source.equals("direct") && !source.equals("ahp")) {
            throw new UserFacingException("weightsfile.type", "source", "\"direct\" or \"ahp\"");
        }
        return new WeightsFile(text(object(root, "application"), "application.version"), text(root, "round"),
                signerId(setBy), signerName(setBy), text(setBy, "setBy.affiliation").strip(), publicKey, setAt,
                source, ratio, weights(object(root, "axes"), "axes"), weights(object(root, "items"), "items"));
    }

    /** The signer's id: a UUID, read in lower case (UUIDs are case-insensitive: one person, one id). */
    private static String signerId(JsonNode setBy) {
        String id = text(setBy, "setBy.id").toLowerCase(java.util.Locale.ROOT);
        try {
            if (java.util.UUID.fromString(id).toString().equals(id)) {
                return id;
            }
        } catch (IllegalArgumentException notAUuid) {
            // refused below
        }
        throw new UserFacingException("weightsfile.type", "setBy.id", "a UUID");
    }

    /** The signer's name, as a person record holds it: not blank, at most MAX_NAME characters. */
    private static String signerName(JsonNode setBy) {
        String name = text(setBy, "setBy.name").strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new UserFacingException("weightsfile.type", "setBy.name", "a name of 1 to " + MAX_NAME + " characters");
        }
        return name;
    }

    private static void verify(ObjectNode root, String publicKey) {
        JsonNode sig = object(root, "signature");
        if (!Ed25519.ALGORITHM.equals(text(sig, "signature.algorithm"))) {
            throw new UserFacingException("weightsfile.badSignature");
        }
        byte[] signature;
        java.security.PublicKey key;
        try {
            signature = Base64.getDecoder().decode(text(sig, "signature.value"));
            key = Ed25519.publicKey(publicKey);
        } catch (IllegalArgumentException | UserFacingException e) {
            throw new UserFacingException(e, "weightsfile.badSignature");
        }
        byte[] canonical;
        try {
            canonical = CanonicalJson.bytesWithout(root, "signature");
        } catch (CanonicalJson.NotCanonicalException e) {
            throw e.refusal(); // a lone surrogate (or a number JCS cannot write) is refused, never written some other way
        }
        if (!Ed25519.verify(key, canonical, signature)) {
            throw new UserFacingException("weightsfile.badSignature");
        }
    }

    private static Map<String, Double> weights(JsonNode node, String path) {
        Map<String, Double> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            result.put(e.getKey(), number(e.getValue(), path + "." + e.getKey()));
        }
        return result;
    }

    private static double number(JsonNode v, String path) {
        try {
            // a weight takes a few digits; BigDecimal needs seconds for a string of a million (quadratic)
            if (!v.isTextual() || v.textValue().length() > MAX_NUMBER_CHARS) {
                throw new NumberFormatException();
            }
            double d = new java.math.BigDecimal(v.textValue()).doubleValue();
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UserFacingException("weightsfile.type", path, "a decimal number in quotes, like \"0.25\"");
        }
    }

    private static JsonNode required(JsonNode node, String name) {
        JsonNode v = node.get(name.substring(name.lastIndexOf('.') + 1));
        if (v == null) {
            throw new UserFacingException("weightsfile.missing", name);
        }
        return v;
    }

    private static JsonNode object(JsonNode node, String name) {
        JsonNode v = required(node, name);
        if (!v.isObject()) {
            throw new UserFacingException("weightsfile.type", name, "an object");
        }
        return v;
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = required(node, name);
        if (!v.isTextual()) {
            throw new UserFacingException("weightsfile.type", name, "a string");
        }
        if (v.textValue().length() > ScoreFile.MAX_TEXT) { // the score files' limit: a name of 20,001 characters is no name
            throw new ScoreFileException("scorefile.textTooLong", name, ScoreFile.MAX_TEXT);
        }
        return v.textValue();
    }
}
