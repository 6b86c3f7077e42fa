package jp.clustereval.weightsfile;

import java.math.BigDecimal;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.clustereval.scorefile.CanonicalJson;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.ScoreFileJson;

/** Writes a weights file signed like a score file: Ed25519 over the canonical JSON of everything but the signature. */
public final class WeightsFileWriter {

    private WeightsFileWriter() {
    }

    public static ObjectNode content(WeightsFile f) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", WeightsFile.FORMAT);
        root.put("formatVersion", WeightsFile.VERSION);
        root.putObject("application").put("name", "ClusterEval").put("version", f.appVersion());
        root.put("round", f.roundId());
        root.putObject("setBy").put("id", f.signerId()).put("name", f.signerName())
                .put("affiliation", f.signerAffiliation()).put("publicKey", f.publicKey());
        root.put("setAt", f.setAt().toString());
        root.put("source", f.source());
        root.put("consistencyRatio", f.consistencyRatio() == null ? null : decimal(f.consistencyRatio()));
        decimals(root.putObject("axes"), f.axes());
        decimals(root.putObject("items"), f.items());
        return root;
    }

    public static byte[] signed(WeightsFile f, PrivateKey key) {
        ObjectNode root = content(f);
        byte[] signature = Ed25519.sign(key, CanonicalJson.bytes(root));
        root.putObject("signature").put("algorithm", Ed25519.ALGORITHM)
                .put("value", Base64.getEncoder().encodeToString(signature));
        return ScoreFileJson.pretty(root);
    }

    private static void decimals(ObjectNode node, Map<String, Double> weights) {
        weights.forEach((k, v) -> node.put(k, decimal(v)));
    }

    static String decimal(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
