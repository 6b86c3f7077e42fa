package jp.clustereval.roundpackage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.clustereval.common.SafeText;
import jp.clustereval.common.JsonDocuments;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Achievements;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.RoundDefinition;
import jp.clustereval.domain.RoundKind;
import jp.clustereval.domain.RoundRules;
import jp.clustereval.rounddef.RoundDefinitionJson;
import jp.clustereval.scorefile.CanonicalJson;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.RoundFingerprint;
import jp.clustereval.scorefile.UtcTime;

/**
 * Reads a round package and refuses it whole, naming the first defect, unless it is UTF-8 JSON of
 * exactly this format (no member twice, none unknown, none missing), signed by the key it names, and
 * consistent: the definition's bytes match their hash, read as a definition that keeps the round
 * rules and has the fingerprint stated; every roster role exists, every text is one safe line,
 * every assignment joins a rostered evaluator to a unit of the round, the signer is a chair of the
 * roster. Whether the package may enter a database (pinned key, freeze rule) is the service's check.
 */
public final class RoundPackageReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16)
                .maxNumberLength(100).maxStringLength(RoundDefinitionJson.MAX_BYTES).build());
    }

    private static final Set<String> TOP = Set.of("format", "formatVersion", "application", "round", "definition",
            "evidence", "roster", "assignments", "signer", "madeAt", "signature");
    private static final Set<String> APPLICATION = Set.of("name", "version");
    private static final Set<String> ROUND = Set.of("id", "name", "kind", "fingerprint");
    private static final Set<String> TEXT = Set.of("ja", "en");
    private static final Set<String> DEFINITION = Set.of("sha256", "text");
    private static final Set<String> EVIDENCE = Set.of("unit", "period", "metrics");
    private static final Set<String> METRIC = Set.of("name", "value");
    private static final Set<String> MEMBER = Set.of("id", "name", "affiliation", "role", "email");
    private static final Set<String> ASSIGNMENT = Set.of("evaluator", "unit");
    private static final Set<String> SIGNER = Set.of("id", "name", "publicKey");
    private static final Set<String> SIGNATURE = Set.of("algorithm", "value");

    /** The longest name, affiliation, period or metric name (as a person record or a round name holds one). */
    static final int MAX_NAME = RoundRules.MAX_NAME;
    /** RFC 5321's path limit, as the roster has it. */
    static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private RoundPackageReader() {
    }

    /** The package in the bytes, refused with a {@code roundpackage.*} (or the definition's {@code rounddef.*}, {@code round.*}) message. */
    public static RoundPackage parse(byte[] bytes) {
        JsonNode root = JsonDocuments.read(bytes, RoundPackage.MAX_BYTES, MAPPER, "roundpackage.malformed",
                () -> new UserFacingException("roundpackage.tooLarge", RoundPackage.MAX_BYTES / (1024 * 1024)));
        if (root == null || !root.isObject() || !RoundPackage.FORMAT.equals(root.path("format").asText(null))) {
            throw new UserFacingException("roundpackage.notPackage", RoundPackage.FORMAT);
        }
        members(root, TOP, "");
        JsonNode version = required(root, "formatVersion", "");
        if (!version.isIntegralNumber() || version.asLong() != RoundPackage.VERSION) {
            throw new UserFacingException("roundpackage.version", SafeText.line(version.toString()), RoundPackage.VERSION);
        }
        Parts parts = parts(root);
        verify((ObjectNode) root, parts.signer.publicKey());
        return consistent(parts);
    }

    /** Every member, typed; nothing checked against anything else yet. */
    private record Parts(String appVersion, String roundId, LocalizedText name, RoundKind kind, String fingerprint,
                         String definitionSha256, byte[] definition, List<Achievements> evidence,
                         List<RoundPackage.Member> roster, List<RoundPackage.Assignment> assignments,
                         RoundPackage.Signer signer, Instant madeAt) {
    }

    private static Parts parts(JsonNode root) {
        JsonNode app = object(root, "application", "");
        members(app, APPLICATION, "application");
        text(app, "name", "application");
        String appVersion = line(app, "version", "application");
        JsonNode round = object(root, "round", "");
        members(round, ROUND, "round");
        String roundId = text(round, "id", "round"); // checked whole (RoundRules.checkId), never trimmed
        JsonNode name = object(round, "name", "round");
        String namePath = path("round", "name"); // (a literal "round.name" would read as a message key)
        members(name, TEXT, namePath);
        LocalizedText roundName = new LocalizedText(line(name, "ja", namePath), line(name, "en", namePath));
        String kindCode = text(round, "kind", "round");
        RoundKind kind = RoundKind.of(kindCode).orElseThrow(
                () -> new UserFacingException("roundpackage.type", path("round", "kind"), "mid-term, final or other"));
        String fingerprint = text(round, "fingerprint", "round");
        JsonNode definition = object(root, "definition", "");
        members(definition, DEFINITION, "definition");
        String sha = text(definition, "sha256", "definition");
        if (!SHA256.matcher(sha).matches()) {
            throw new UserFacingException("roundpackage.type", "definition.sha256", "64 lower-case hex digits");
        }
        byte[] definitionBytes = text(definition, "text", "definition").getBytes(StandardCharsets.UTF_8);
        List<Achievements> evidence = evidence(array(root, "evidence", ""));
        List<RoundPackage.Member> roster = new ArrayList<>();
        int n = 0;
        for (JsonNode m : array(root, "roster", "")) {
            String at = "roster[" + n++ + "]";
            members(m, MEMBER, at);
            roster.add(new RoundPackage.Member(uuid(m, "id", at), name(m, "name", at), optionalLine(m, "affiliation", at),
                    text(m, "role", at), optionalLine(m, "email", at)));
        }
        List<RoundPackage.Assignment> assignments = new ArrayList<>();
        n = 0;
        for (JsonNode a : array(root, "assignments", "")) {
            String at = "assignments[" + n++ + "]";
            members(a, ASSIGNMENT, at);
            assignments.add(new RoundPackage.Assignment(uuid(a, "evaluator", at), text(a, "unit", at)));
        }
        JsonNode signer = object(root, "signer", "");
        members(signer, SIGNER, "signer");
        RoundPackage.Signer who = new RoundPackage.Signer(uuid(signer, "id", "signer"), name(signer, "name", "signer"),
                text(signer, "publicKey", "signer"));
        Instant madeAt;
        try {
            madeAt = UtcTime.parse(text(root, "madeAt", ""));
        } catch (DateTimeParseException e) {
            throw new UserFacingException("roundpackage.type", "madeAt", "a UTC time like 2006-10-02T09:00:00Z");
        }
        return new Parts(appVersion, roundId, roundName, kind, fingerprint, sha, definitionBytes, evidence, roster,
                assignments, who, madeAt);
    }

    private static List<Achievements> evidence(JsonNode array) {
        List<Achievements> out = new ArrayList<>();
        int n = 0;
        for (JsonNode e : array) {
            String at = "evidence[" + n++ + "]";
            members(e, EVIDENCE, at);
            Map<String, Long> metrics = new LinkedHashMap<>();
            int k = 0;
            for (JsonNode m : array(e, "metrics", at)) {
                String mat = at + ".metrics[" + k++ + "]";
                members(m, METRIC, mat);
                String metric = name(m, "name", mat);
                JsonNode v = required(m, "value", mat);
                if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0
                        || v.longValue() > CanonicalJson.MAX_SAFE_INTEGER) {
                    throw new UserFacingException("roundpackage.type", mat + ".value", "an integer from 0 to 2^53 - 1");
                }
                if (metrics.put(metric, v.longValue()) != null) {
                    throw new UserFacingException("roundpackage.twice", mat + ".name", SafeText.line(metric));
                }
            }
            out.add(new Achievements(text(e, "unit", at), name(e, "period", at), metrics));
        }
        return out;
    }

    private static void verify(ObjectNode root, String publicKey) {
        JsonNode sig = object(root, "signature", "");
        members(sig, SIGNATURE, "signature");
        if (!Ed25519.ALGORITHM.equals(text(sig, "algorithm", "signature"))) {
            throw new UserFacingException("roundpackage.badSignature");
        }
        byte[] signature;
        java.security.PublicKey key;
        try {
            signature = Base64.getDecoder().decode(text(sig, "value", "signature"));
            key = Ed25519.publicKey(publicKey);
        } catch (IllegalArgumentException | UserFacingException e) {
            throw new UserFacingException(e, "roundpackage.badSignature");
        }
        byte[] canonical;
        try {
            canonical = CanonicalJson.bytesWithout(root, "signature");
        } catch (CanonicalJson.NotCanonicalException e) {
            throw e.refusal(); // a lone surrogate has no canonical form: refused, never signed some other way
        }
        if (!Ed25519.verify(key, canonical, signature)) {
            throw new UserFacingException("roundpackage.badSignature");
        }
    }

    /** The signed parts checked against each other; the first inconsistency refuses the package. */
    private static RoundPackage consistent(Parts p) {
        if (!RoundPackageWriter.sha256(p.definition()).equals(p.definitionSha256())) {
            throw new UserFacingException("roundpackage.definitionHash");
        }
        RoundRules.checkId(p.roundId());
        RoundRules.checkName(p.name());
        RoundDefinition definition = RoundDefinitionJson.read(p.definition()).as(p.roundId(), p.name(), p.kind());
        RoundRules.check(definition);
        String computed = RoundFingerprint.of(definition.round());
        if (!computed.equals(p.fingerprint())) {
            throw new UserFacingException("roundpackage.fingerprint", SafeText.line(p.fingerprint()), computed);
        }
        Set<String> units = new HashSet<>();
        definition.units().stream().map(Cluster::code).forEach(units::add);
        Set<String> evidenceSeen = new HashSet<>();
        for (Achievements a : p.evidence()) {
            if (!units.contains(a.clusterCode())) {
                throw new UserFacingException("roundpackage.notUnit", SafeText.line(a.clusterCode()), "evidence");
            }
            if (!evidenceSeen.add(a.clusterCode() + "\n" + a.period())) {
                throw new UserFacingException("roundpackage.twice", "evidence",
                        SafeText.line(a.clusterCode() + " " + a.period()));
            }
        }
        Map<String, RoundPackage.Member> people = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> evaluators = new HashSet<>();
        for (RoundPackage.Member m : p.roster()) {
            if (!RoundPackage.ROLES.contains(m.role())) {
                throw new UserFacingException("roundpackage.role", SafeText.line(m.role()), String.join(", ", RoundPackage.ROLES));
            }
            if (!m.email().isEmpty() && (m.email().length() > MAX_EMAIL || !EMAIL.matcher(m.email()).matches())) {
                throw new UserFacingException("roundpackage.email", SafeText.line(m.email()));
            }
            if (!seen.add(m.id() + "\n" + m.role())) {
                throw new UserFacingException("roundpackage.twice", "roster", m.id() + " " + m.role());
            }
            RoundPackage.Member other = people.putIfAbsent(m.id(), m);
            if (other != null && (!other.name().equals(m.name()) || !other.affiliation().equals(m.affiliation()))) {
                throw new UserFacingException("roundpackage.personDiffers", m.id());
            }
            if (m.role().equals("evaluator")) {
                evaluators.add(m.id());
            }
        }
        Set<String> pairs = new HashSet<>();
        for (RoundPackage.Assignment a : p.assignments()) {
            if (!units.contains(a.unit())) {
                throw new UserFacingException("roundpackage.notUnit", SafeText.line(a.unit()), "assignments");
            }
            if (!evaluators.contains(a.evaluatorId())) {
                throw new UserFacingException("roundpackage.notEvaluator", a.evaluatorId());
            }
            if (!pairs.add(a.evaluatorId() + "\n" + a.unit())) {
                throw new UserFacingException("roundpackage.twice", "assignments", a.evaluatorId() + " " + SafeText.line(a.unit()));
            }
        }
        RoundPackage.Member chair = p.roster().stream()
                .filter(m -> m.id().equals(p.signer().id()) && m.role().equals(RoundPackage.CHAIR)).findFirst()
                .orElseThrow(() -> new UserFacingException("roundpackage.signerNotChair", p.signer().id()));
        if (!chair.name().equals(p.signer().name())) {
            throw new UserFacingException("roundpackage.personDiffers", p.signer().id());
        }
        return new RoundPackage(p.appVersion(), p.roundId(), p.name(), p.kind(), p.fingerprint(), p.definition(),
                definition, p.evidence(), p.roster(), p.assignments(), p.signer(), p.madeAt());
    }

    private static void members(JsonNode node, Set<String> allowed, String where) {
        if (!node.isObject()) {
            throw new UserFacingException("roundpackage.type", where.isEmpty() ? "the file" : where, "an object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new UserFacingException("roundpackage.unknownMember", SafeText.line(name),
                        where.isEmpty() ? "the file" : where);
            }
        }
        for (String name : allowed) {
            if (!node.has(name) && !(where.isEmpty() && name.equals("signature"))) {
                throw new UserFacingException("roundpackage.missing", name, where.isEmpty() ? "the file" : where);
            }
        }
    }

    private static JsonNode required(JsonNode node, String name, String where) {
        JsonNode v = node.get(name);
        if (v == null) {
            throw new UserFacingException("roundpackage.missing", name, where.isEmpty() ? "the file" : where);
        }
        return v;
    }

    private static String path(String where, String name) {
        return where.isEmpty() ? name : where + "." + name;
    }

    private static JsonNode object(JsonNode node, String name, String where) {
        JsonNode v = required(node, name, where);
        if (!v.isObject()) {
            throw new UserFacingException("roundpackage.type", path(where, name), "an object");
        }
        return v;
    }

    private static JsonNode array(JsonNode node, String name, String where) {
        JsonNode v = required(node, name, where);
        if (!v.isArray()) {
            throw new UserFacingException("roundpackage.type", path(where, name), "an array");
        }
        return v;
    }

    private static String text(JsonNode node, String name, String where) {
        JsonNode v = required(node, name, where);
        if (!v.isTextual()) {
            throw new UserFacingException("roundpackage.type", path(where, name), "a string");
        }
        return v.textValue();
    }

    /** A text shown to people: one line of at most MAX_NAME characters without controls or bidi overrides. */
    private static String optionalLine(JsonNode node, String name, String where) {
        String v = text(node, name, where);
        if (v.length() > MAX_NAME) {
            throw new UserFacingException("roundpackage.type", path(where, name), "a text of at most " + MAX_NAME + " characters");
        }
        if (!SafeText.isSafeLine(v)) {
            throw new UserFacingException("roundpackage.unsafeText", path(where, name), SafeText.line(v));
        }
        return v.strip();
    }

    private static String line(JsonNode node, String name, String where) {
        return optionalLine(node, name, where);
    }

    /** A person's name: a safe line, not blank. */
    private static String name(JsonNode node, String name, String where) {
        String v = optionalLine(node, name, where);
        if (v.isEmpty()) {
            throw new UserFacingException("roundpackage.type", path(where, name), "a text that is not blank");
        }
        return v;
    }

    /** A person's id: a UUID, read in lower case (one person, one id). */
    private static String uuid(JsonNode node, String name, String where) {
        String id = text(node, name, where).toLowerCase(Locale.ROOT);
        try {
            if (UUID.fromString(id).toString().equals(id)) {
                return id;
            }
        } catch (IllegalArgumentException notAUuid) {
            // refused below
        }
        throw new UserFacingException("roundpackage.type", path(where, name), "a UUID");
    }
}
