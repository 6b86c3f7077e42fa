package jp.clustereval.scorefile;

import java.math.BigDecimal;
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
 * "sha256:" + hex SHA-256 of the canonical JSON of what makes grades comparable: the item tree
 * (ids, parents, kinds, axes, cluster, weights), the grade scale (codes, values) and the axis
 * weights. Names, wording and descriptions are left out, so a corrected translation does not
 * orphan the files already handed in; a changed weight or item does.
 */
public final class RoundFingerprint {

    private RoundFingerprint() {
    }

    public static String of(Round round) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("round", round.id());
        ArrayNode scale = root.putArray("scale");
        for (GradeLevel l : round.scale().levels()) {
            scale.addObject().put("code", l.code()).put("value", number(l.value()));
        }
        ArrayNode axes = root.putArray("axes");
        for (Axis a : round.axes()) {
            axes.addObject().put("code", a.code()).put("weight", number(a.weight()));
        }
        ArrayNode items = root.putArray("items");
        for (Item i : round.items().all()) {
            items.addObject().put("id", i.id()).put("parent", i.parentId()).put("kind", i.kind().name())
                    .put("axis", i.axisCode()).put("cluster", i.clusterCode()).put("weight", number(i.weight()));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(CanonicalJson.bytes(root));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Weights as exact decimal text (1.0 and 1 are the same weight), since the canonical form has no fractions. */
    private static String number(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
