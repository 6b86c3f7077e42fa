package jp.clustereval.scorefile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.clustereval.common.BoundedFiles;
import jp.clustereval.common.FileRefusedException;
import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.Sheet;
import jp.clustereval.domain.SheetStatus;

/**
 * Reads a score file and refuses it, with the first defect found, unless it is a well-formed,
 * complete, correctly typed file of a known format version whose signature verifies. What it
 * cannot know (the round, clusters, items, scale, pinned keys) is checked later against the database.
 */
public final class ScoreFileReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final Set<String> TOP = Set.of("format", "formatVersion", "application", "exportedAt", "round",
            "evaluator", "sheets", "signature");
    private static final Set<String> SHEET = Set.of("cluster", "status", "revision", "updatedAt", "comment", "items");
    private static final Set<String> ITEM = Set.of("id", "grade", "comment", "indication");

    private ScoreFileReader() {
    }

    public static ParsedScoreFile read(Path file) {
        return parseOwned(file.getFileName().toString(), bytes(file));
    }

    /**
     * The bytes of a file handed in as a score file (or a CSV of grades): a regular file of at most
     * {@link ScoreFile#MAX_BYTES}, refused before it is opened otherwise (a link to /dev/zero, a pipe, a folder).
     */
    public static byte[] bytes(Path file) {
        try {
            return BoundedFiles.read(file, ScoreFile.MAX_BYTES);
        } catch (FileRefusedException e) {
            if (e.reason() == FileRefusedException.Reason.TOO_LARGE) {
                throw new ScoreFileException("scorefile.tooLarge", e.size() / (1024 * 1024), ScoreFile.MAX_BYTES / (1024 * 1024));
            }
            throw e;
        } catch (IOException e) {
            throw new ScoreFileException(e, "scorefile.cannotRead", e.getMessage());
        }
    }

    public static ParsedScoreFile parse(String fileName, byte[] bytes) {
        return parse(fileName, bytes, true); // the caller may change its array afterwards
    }

    /** As {@link #parse(String, byte[])}, keeping the array: the caller hands it over and changes it no more. */
    public static ParsedScoreFile parseOwned(String fileName, byte[] bytes) {
        return parse(fileName, bytes, false);
    }

    /**
     * Bytes read again after {@link #parse} accepted bytes of the SHA-256 {@code acceptedSha256} (an
     * import's commit, after its preview): refused unless they are those very bytes, then parsed and
     * checked as then, except that the signature is not verified again (those bytes passed; doing it
     * again would only repeat the preview's most costly work).
     */
    public static ParsedScoreFile parseAccepted(String fileName, byte[] bytes, String acceptedSha256) {
        String sha = sha256(bytes);
        if (!sha.equals(acceptedSha256)) {
            throw new ScoreFileException("import.changedSincePreview", fileName);
        }
        return parse(fileName, bytes, false, sha);
    }

    /** copy false: the array is kept as it is (the caller has just read it and hands it over). */
    private static ParsedScoreFile parse(String fileName, byte[] bytes, boolean copy) {
        return parse(fileName, bytes, copy, null);
    }

    /** acceptedSha256 null: every check, the signature's too; else the SHA-256 of these bytes, which passed them before. */
    private static ParsedScoreFile parse(String fileName, byte[] bytes, boolean copy, String acceptedSha256) {
        if (bytes.length > ScoreFile.MAX_BYTES) {
            throw new ScoreFileException("scorefile.tooLarge", bytes.length / (1024 * 1024), ScoreFile.MAX_BYTES / (1024 * 1024));
        }
        JsonNode root = json(bytes);
        JsonFields top = JsonFields.object(root, "", TOP);
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !ScoreFile.FORMAT.equals(format.textValue())) {
            throw new ScoreFileException("scorefile.notScoreFile", ScoreFile.FORMAT);
        }
        int version = top.integer("formatVersion", 1);
        if (version > ScoreFile.VERSION) {
            throw new ScoreFileException("scorefile.newerFormat", version, ScoreFile.VERSION);
        }
        ScoreFile content = content(top);
        JsonFields signature = JsonFields.object(top.required("signature"), "signature", Set.of("algorithm", "value"));
        if (!Ed25519.ALGORITHM.equals(signature.text("algorithm"))) {
            throw new ScoreFileException("scorefile.algorithm", signature.text("algorithm"), Ed25519.ALGORITHM);
        }
        byte[] sig;
        try {
            sig = Base64.getDecoder().decode(signature.text("value"));
        } catch (IllegalArgumentException e) {
            throw new ScoreFileException("scorefile.signatureEncoding");
        }
        String publicKey = content.evaluator().publicKey();
        if (acceptedSha256 == null && !Ed25519.verify(Ed25519.publicKey(publicKey), signedBytes(root, bytes.length), sig)) {
            throw new ScoreFileException("scorefile.badSignature");
        }
        return new ParsedScoreFile(fileName, copy ? bytes.clone() : bytes, acceptedSha256 != null ? acceptedSha256 : sha256(bytes),
                content, Ed25519.fingerprint(publicKey), ParsedScoreFile.SourceKind.SCORE_FILE);
    }

    /** What the signature covers; a value without a canonical form (a lone surrogate) refuses the file. */
    private static byte[] signedBytes(JsonNode root, int fileBytes) {
        try {
            return CanonicalJson.bytesWithout(root, "signature", fileBytes);
        } catch (CanonicalJson.NotCanonicalException e) {
            throw e.refusal();
        }
    }

    /** One sheet as stored in a conflict record (its canonical JSON). */
    public static ScoreSheet sheet(String json) {
        return sheet(json(json.getBytes(StandardCharsets.UTF_8)), "sheet");
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ScoreFileException("scorefile.empty");
        }
        // a BOM some editors add is not part of the JSON
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        // parsed from the bytes through a strict decoder, a buffer at a time: the whole text as one String
        // (and the decoder's buffer for it) took three to four times the file's size
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader text = new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start), strict);
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new ScoreFileException("scorefile.empty"); // nothing but white space
            }
            if (!root.isObject()) {
                throw new ScoreFileException("scorefile.notObject", JsonFields.kind(root));
            }
            return root;
        } catch (JsonEOFException e) {
            throw new ScoreFileException("scorefile.truncated");
        } catch (JsonProcessingException e) {
            // the parser's exception is not kept as the cause: through its parser and location it holds
            // the whole text, and an import's report keeps its refusals (a batch of them would keep every file)
            var loc = e.getLocation();
            String what = e.getOriginalMessage();
            if (what != null && what.contains("end-of-input")) {
                throw new ScoreFileException("scorefile.truncated");
            }
            if (what != null && what.startsWith("Duplicate field")) {
                throw new ScoreFileException("scorefile.duplicateKey", what.replaceAll("^Duplicate field '([^']*)'.*$", "$1"),
                        loc == null ? 0 : loc.getLineNr());
            }
            throw new ScoreFileException("scorefile.malformed", loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), what == null ? "" : what.lines().findFirst().orElse(""));
        } catch (CharacterCodingException e) {
            throw new ScoreFileException("scorefile.notUtf8"); // overlong forms and surrogates written as UTF-8 too
        } catch (IOException e) {
            throw new IllegalStateException("reading an array in memory", e);
        }
    }

    private static ScoreFile content(JsonFields top) {
        JsonFields app = JsonFields.object(top.required("application"), "application", Set.of("name", "version"));
        app.text("name");
        JsonFields round = JsonFields.object(top.required("round"), "round", Set.of("id", "fingerprint"));
        JsonFields ev = JsonFields.object(top.required("evaluator"), "evaluator",
                Set.of("id", "name", "affiliation", "publicKey"));
        String given = ev.nonBlank("id");
        // a UUID in either case is the same UUID: the id is read in lower case, so that one person is one evaluator
        String id = given.toLowerCase(java.util.Locale.ROOT);
        try {
            if (!UUID.fromString(id).toString().equals(id)) {
                throw new IllegalArgumentException(id);
            }
        } catch (IllegalArgumentException e) {
            throw new ScoreFileException("scorefile.evaluatorId", given);
        }
        EvaluatorInfo evaluator = new EvaluatorInfo(id, ev.nonBlank("name").strip(), ev.text("affiliation").strip(),
                ev.nonBlank("publicKey"));
        JsonNode sheetsNode = top.array("sheets");
        List<ScoreSheet> sheets = new ArrayList<>();
        Set<String> clusters = new HashSet<>();
        for (int i = 0; i < sheetsNode.size(); i++) {
            ScoreSheet s = sheet(sheetsNode.get(i), "sheets[" + i + "]");
            if (!clusters.add(s.cluster())) {
                throw new ScoreFileException("scorefile.duplicateCluster", s.cluster());
            }
            sheets.add(s);
        }
        return new ScoreFile(top.integer("formatVersion", 1), app.text("version"), top.instant("exportedAt"),
                round.nonBlank("id"), round.nonBlank("fingerprint"), evaluator, sheets);
    }

    private static ScoreSheet sheet(JsonNode node, String path) {
        JsonFields s = JsonFields.object(node, path, SHEET);
        String cluster = s.nonBlank("cluster");
        String status = s.text("status");
        if (!status.equals("draft") && !status.equals("complete")) {
            throw new ScoreFileException("scorefile.status", s.path("status"), status);
        }
        long revision = s.integer("revision", 0, Sheet.MAX_REVISION);
        JsonNode itemsNode = s.array("items");
        List<ItemEntry> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < itemsNode.size(); i++) {
            String itemPath = path + ".items[" + i + "]";
            JsonFields item = JsonFields.object(itemsNode.get(i), itemPath, ITEM);
            String itemId = item.nonBlank("id");
            if (!seen.add(itemId)) {
                throw new ScoreFileException("scorefile.duplicateItem", itemId, cluster);
            }
            items.add(new ItemEntry(itemId, item.textOrNull("grade"), item.text("comment"), item.text("indication")));
        }
        return new ScoreSheet(cluster, SheetStatus.fromDb(status), revision, s.instant("updatedAt"), s.text("comment"),
                items, true);
    }
}
