package jp.clustereval.common;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The first step of reading every JSON document the application takes from outside (round
 * definitions, round packages, weights files, decision records): the bytes bounded before anything
 * else, decoded as strict UTF-8 (a leading BOM allowed), and parsed by the format's own mapper, with
 * its limits. Each defect is refused with the format's own message key; what the parser said is one
 * line of it.
 */
public final class JsonDocuments {

    /** What the malformed message says of a file without bytes (an argument of the format's key, not a key). */
    private static final String EMPTY = "empty file";

    private JsonDocuments() {
    }

    /**
     * The document's JSON tree (null for a document of whitespace only); refused with
     * {@code malformedKey} (empty, not UTF-8, not JSON) or {@code tooLarge} (more than {@code maxBytes}).
     */
    public static JsonNode read(byte[] bytes, long maxBytes, ObjectMapper mapper, String malformedKey,
                                Supplier<UserFacingException> tooLarge) {
        if (bytes.length == 0) {
            throw new UserFacingException(malformedKey, EMPTY);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge.get();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return mapper.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            throw new UserFacingException(e, malformedKey, "not UTF-8 text");
        } catch (IOException e) {
            String what = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new UserFacingException(e, malformedKey, SafeText.line(what));
        }
    }
}
