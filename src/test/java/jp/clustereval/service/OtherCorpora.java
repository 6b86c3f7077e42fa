package jp.clustereval.service;

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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.weights.WeightSet;
import jp.clustereval.domain.weights.Weights;
import jp.clustereval.scorefile.CanonicalJson;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.ScoreFileJson;
import jp.clustereval.weightsfile.WeightsFile;
import jp.clustereval.weightsfile.WeightsFileWriter;

/**
 * Writes the attack corpora of weights files ({@code src/test/resources/weights-corpus}) and of CSV
 * grades ({@code src/test/resources/csv-corpus}), each with its manifest (file, message key, English
 * message), checked by {@link OtherCorporaTest}. Not a test: run on purpose with
 * {@code mvn -o test -Dtest=OtherCorpora -Dcorpus.write=true}. Files already there are kept (each run
 * signs with a new key); {@code -Dcorpus.rewrite=true} rewrites them.
 */
class OtherCorpora {

    static final Path WEIGHTS = Path.of("src/test/resources/weights-corpus");
    static final Path CSV = Path.of("src/test/resources/csv-corpus");
    static final String SIGNER = "重み 花子";

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final List<String> manifest = new ArrayList<>();

    @Test
    @EnabledIfSystemProperty(named = "corpus.write", matches = "true")
    void writeCorpora(@TempDir Path tmp) throws Exception {
        try (Services s = Services.open(tmp.resolve("gen.db"), false, tmp.resolve("keys"))) {
            Evaluator signer = s.evaluators().add(SIGNER, "文部科学省");
            weights(s.rounds().current(), signer, s.keys().ownKeyPair(signer.id()).getPrivate(),
                    Ed25519.encode(s.keys().ownKeyPair(signer.id()).getPublic()));
        }
        writeTo(WEIGHTS);
        csv();
        writeTo(CSV);
    }

    private void weights(Round round, Evaluator signer, PrivateKey key, String publicKey) {
        String notUnicode = " is not Unicode text: it holds the lone surrogate %s. A signed file may hold only text"
                + " that survives UTF-8 encoding (RFC 8785), so the file is refused.";
        WeightSet set = Weights.current(round);
        WeightsFile base = new WeightsFile("0.1.0", round.id(), signer.id(), signer.name(), "文部科学省", publicKey,
                Instant.parse("2004-11-20T09:00:00Z"), "direct", null, set.axes(), set.items());
        // a signed '?' swapped for a lone surrogate: the canonical form used to write one as '?'
        String named = text(signed(WeightsFileWriter.content(base), r -> ((ObjectNode) r.get("setBy")).put("name", "重み 花子?"), key));
        add("01-lone-surrogate-for-question-mark.ceweights", named.replace("花子?", "花子\\ud800"), "signed.notUnicode",
                "setBy.name" + notUnicode.formatted("\\ud800"));
        String axis = text(signed(WeightsFileWriter.content(base), r -> ((ObjectNode) r.get("axes")).put("A?", "0"), key));
        add("02-lone-surrogate-in-a-member-name.ceweights", axis.replace("\"A?\"", "\"A\\udfff\""), "signed.notUnicode",
                "axes.A\\udfff" + notUnicode.formatted("\\udfff"));
        add("03-set-at-with-offset.ceweights", text(signed(WeightsFileWriter.content(base),
                r -> r.put("setAt", "2004-11-20T18:00:00+09:00"), key)), "weightsfile.type",
                "setAt must be a UTC time like 2004-11-20T09:00:00Z. Nothing was changed.");
        add("04-signer-name-too-long.ceweights", text(signed(WeightsFileWriter.content(base),
                r -> ((ObjectNode) r.get("setBy")).put("name", "重".repeat(20_001)), key)), "scorefile.textTooLong",
                "setBy.name is too long (at most 20,000 characters).");
        // members of nested objects are not named by the format; a fraction there has no canonical form
        ObjectNode fraction = signed(WeightsFileWriter.content(base), r -> r, key);
        ((ObjectNode) fraction.get("application")).put("build", new java.math.BigDecimal("1.5"));
        add("05-fraction-in-a-nested-member.ceweights", text(fraction), "signed.number",
                "application.build is the number 1.5: a signed file may hold only integers of at most 9,007,199,254,740,991"
                        + " in magnitude (RFC 8785), so the file is refused.");
        String padded = text(signed(WeightsFileWriter.content(base), r -> r, key));
        padded = padded + " ".repeat(WeightsFile.MAX_BYTES + 1 - padded.getBytes(StandardCharsets.UTF_8).length);
        add("06-over-a-megabyte.ceweights", padded, "file.tooLarge", "06-over-a-megabyte.ceweights is too large"
                + " (1,048,577 bytes; at most 1,048,576 bytes are accepted): it was refused.");
        // a weight of 200,000 digits: BigDecimal takes quadratic time over them
        add("07-weight-of-200000-digits.ceweights", text(signed(WeightsFileWriter.content(base),
                r -> ((ObjectNode) r.get("axes")).put("A", "0." + "3".repeat(200_000)), key)), "weightsfile.type",
                "axes.A must be a decimal number in quotes, like \"0.25\". Nothing was changed.");
    }

    private void csv() {
        String header = "\uFEFFcluster,item,grade,comment\r\n";
        add("01-comment-too-long.csv", header + "SAP,1.1,A," + "長".repeat(20_001) + "\r\n", "scorefile.textTooLong",
                "line 2 is too long (at most 20,000 characters).");
        add("02-cluster-code-too-long.csv", header + "S".repeat(20_001) + ",1.1,A,\r\n", "scorefile.textTooLong",
                "line 2 is too long (at most 20,000 characters).");
        add("03-header-too-long.csv", "\uFEFFcluster,item,grade," + "c".repeat(20_001) + "\r\n", "scorefile.textTooLong",
                "line 1 is too long (at most 20,000 characters).");
        byte[] surrogate = (header + "SAP,1.1,A,X\r\n").getBytes(StandardCharsets.UTF_8);
        int x = surrogate.length - 3; // the X: a surrogate written as UTF-8 is not UTF-8
        byte[] bytes = java.util.Arrays.copyOf(surrogate, surrogate.length + 2);
        System.arraycopy(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\r', '\n'}, 0, bytes, x, 5);
        files.put("04-surrogate-as-utf8.csv", bytes);
        manifest.add("04-surrogate-as-utf8.csv\tscorefile.notUtf8\tThe file is not UTF-8 text (score files are UTF-8 JSON).");
    }

    private static ObjectNode signed(ObjectNode root, java.util.function.UnaryOperator<ObjectNode> change, PrivateKey key) {
        change.apply(root);
        byte[] sig = Ed25519.sign(key, CanonicalJson.bytes(root));
        root.putObject("signature").put("algorithm", Ed25519.ALGORITHM).put("value", Base64.getEncoder().encodeToString(sig));
        return root;
    }

    private static String text(ObjectNode root) {
        return new String(ScoreFileJson.pretty(root), StandardCharsets.UTF_8);
    }

    private void add(String name, String text, String key, String message) {
        files.put(name, text.getBytes(StandardCharsets.UTF_8));
        manifest.add(name + "\t" + key + "\t" + message);
    }

    private void writeTo(Path dir) throws Exception {
        Files.createDirectories(dir);
        boolean rewrite = Boolean.getBoolean("corpus.rewrite");
        for (var e : files.entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (rewrite || !Files.exists(file)) {
                Files.write(file, e.getValue());
            }
        }
        Files.writeString(dir.resolve("expected.tsv"), "# file<TAB>message key<TAB>expected English message\n"
                + String.join("\n", manifest) + "\n", StandardCharsets.UTF_8);
        files.clear();
        manifest.clear();
    }
}
