package jp.clustereval.scorefile;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.clustereval.domain.Axis;
import jp.clustereval.domain.GradeLevel;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.Round;

/**
 * "sha256:" + hex SHA-256 of the canonical JSON of what grading depends on: the round's id, the
 * grade scale (codes, values), the axes (codes) and the item tree (ids, parents, kinds, axes, the
 * unit a sub-item belongs to). Weights are left out: the weighting group sets them while the
 * evaluators grade, and a grade means the same whatever they are. Names, wording and descriptions
 * are left out too, so a corrected translation does not orphan the files already handed in.
 * docs/score-file-format.md defines the text member by member.
 */
public final class RoundFingerprint {

    private RoundFingerprint() {
    }

    public static String of(Round round) {
        return sha256(canonicalText(round));
    }

    /** The canonical JSON text whose SHA-256 is the fingerprint (shown in the format's worked example). */
    public static String canonicalText(Round round) {
        return CanonicalJson.string(tree(round, false));
    }

    /**
     * The fingerprint files made before weights were left out carry ("version 1"): the same text
     * with each axis's and each item's {@code weight} as the round's records hold them. Only read
     * files are compared with it (never written), to keep those files importable.
     */
    public static String version1(Round round) {
        return sha256(CanonicalJson.string(tree(round, true)));
    }

    private static ObjectNode tree(Round round, boolean withWeights) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("round", round.id());
        ArrayNode scale = root.putArray("scale");
        for (GradeLevel l : round.scale().levels()) {
            scale.addObject().put("code", l.code()).put("value", number(l.value()));
        }
        ArrayNode axes = root.putArray("axes");
        for (Axis a : round.axes()) {
            ObjectNode axis = axes.addObject().put("code", a.code());
            if (withWeights) {
                axis.put("weight", number(a.weight()));
            }
        }
        ArrayNode items = root.putArray("items");
        for (Item i : round.items().all()) {
            ObjectNode item = items.addObject().put("id", i.id()).put("parent", i.parentId()).put("kind", i.kind().name())
                    .put("axis", i.axisCode()).put("cluster", i.clusterCode());
            if (withWeights) {
                item.put("weight", number(i.weight()));
            }
        }
        return root;
    }

    private static String sha256(String canonicalText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalText.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Exact decimal text (4.0 and 4 are the same value), since the canonical form has no fractions. */
    private static String number(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
