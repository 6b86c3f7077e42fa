package jp.clustereval.decisionrecord;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.clustereval.decisionrecord.DecisionRecord.Person;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.scorefile.CanonicalJson;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.ScoreFileJson;

/**
 * Writes a decision record signed as score files and round packages are: Ed25519 over the canonical
 * JSON (RFC 8785) of everything but the signature. The canonical form has no fractions, so every
 * fractional figure (weights, scores, ratios) is a decimal string with six places; amounts in yen,
 * ranks and counts are integers. docs/decision-record-format.md describes every member.
 */
public final class DecisionRecordJson {

    /** Places of the decimal strings. */
    public static final int PLACES = 6;

    private DecisionRecordJson() {
    }

    /** The record's members without the signature, in the documented order. */
    public static ObjectNode content(DecisionRecord r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", DecisionRecord.FORMAT);
        root.put("formatVersion", DecisionRecord.VERSION);
        root.putObject("application").put("name", "ClusterEval").put("version", r.appVersion());
        ObjectNode round = root.putObject("round");
        round.put("id", r.round().id());
        text(round.putObject("name"), r.round().name());
        round.put("kind", r.round().kind().code());
        round.put("fingerprint", r.round().fingerprint());
        ObjectNode fin = root.putObject("finalised");
        fin.put("at", r.finalisedAt().toString());
        person(fin.putObject("chair"), r.chair());
        root.set("weights", weights(r.weights()));
        ArrayNode cois = root.putArray("conflictsOfInterest");
        for (DecisionRecord.Coi c : r.conflictsOfInterest()) {
            ObjectNode o = cois.addObject();
            person(o.putObject("evaluator"), c.evaluator());
            o.put("unit", c.unit()).put("note", c.note()).put("declaredAt", c.declaredAt().toString())
                    .put("declaredBy", c.declaredBy()).put("included", c.included());
            if (c.included()) {
                o.put("includeReason", nonNull(c.includeReason())).put("includedBy", nonNull(c.includedBy()));
            }
        }
        ObjectNode sheets = root.putObject("sheets");
        ArrayNode excluded = sheets.putArray("excluded");
        for (DecisionRecord.SheetRef s : r.excludedSheets()) {
            ObjectNode o = excluded.addObject();
            person(o.putObject("evaluator"), s.evaluator());
            o.put("unit", s.unit());
        }
        ArrayNode partial = sheets.putArray("partial");
        for (DecisionRecord.PartialSheet s : r.partialSheets()) {
            ObjectNode o = partial.addObject();
            person(o.putObject("evaluator"), s.evaluator());
            o.put("unit", s.unit()).put("graded", s.graded()).put("items", s.total());
        }
        ObjectNode conflicts = root.putObject("conflicts");
        conflicts.put("open", r.openConflicts());
        ArrayNode resolved = conflicts.putArray("resolved");
        for (DecisionRecord.ResolvedConflict c : r.resolvedConflicts()) {
            ObjectNode o = resolved.addObject().put("id", c.id());
            person(o.putObject("evaluator"), c.evaluator());
            o.put("unit", c.unit()).put("revision", c.revision()).put("file", nonNull(c.file()))
                    .put("detectedAt", c.detectedAt().toString()).put("resolution", c.resolution())
                    .put("resolvedBy", nonNull(c.resolvedBy())).put("reason", nonNull(c.reason()));
        }
        ObjectNode decisions = root.putObject("keyDecisions");
        ArrayNode keys = decisions.putArray("keys");
        for (DecisionRecord.KeyDecision k : r.keyDecisions()) {
            ObjectNode o = keys.addObject();
            person(o.putObject("evaluator"), k.evaluator());
            o.put("fingerprint", k.fingerprint()).put("trust", k.trust()).put("at", k.at().toString())
                    .put("by", nonNull(k.by())).put("reason", nonNull(k.reason()));
        }
        ArrayNode names = decisions.putArray("names");
        for (DecisionRecord.NameDecision n : r.nameDecisions()) {
            names.addObject().put("evaluatorId", n.evaluatorId()).put("oldName", n.oldName()).put("newName", n.newName())
                    .put("at", n.at().toString()).put("by", nonNull(n.by())).put("reason", nonNull(n.reason()));
        }
        root.set("results", results(r.results()));
        if (r.allocation() != null) {
            root.set("allocation", allocation(r.allocation()));
        }
        ArrayNode units = root.putArray("units");
        for (DecisionRecord.UnitNotes u : r.units()) {
            units.addObject().put("code", u.code()).put("consensus", u.consensus()).put("note", u.note());
        }
        root.putObject("signer").put("id", r.signer().id()).put("name", r.signer().name())
                .put("publicKey", r.signer().publicKey());
        root.put("madeAt", r.madeAt().toString());
        return root;
    }

    /** The file's bytes: the content and its signature, indented UTF-8. */
    public static byte[] signed(DecisionRecord r, PrivateKey key) {
        ObjectNode root = content(r);
        byte[] signature = Ed25519.sign(key, CanonicalJson.bytes(root));
        root.putObject("signature").put("algorithm", Ed25519.ALGORITHM)
                .put("value", Base64.getEncoder().encodeToString(signature));
        return ScoreFileJson.pretty(root);
    }

    /** A figure as the record writes it: a decimal string with {@link #PLACES} places, rounded half up. */
    public static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(PLACES, RoundingMode.HALF_UP).toPlainString();
    }

    private static ObjectNode weights(DecisionRecord.WeightsPart w) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("how", w.how());
        if (w.setBy() != null) {
            o.put("setBy", w.setBy());
        }
        if (w.setAt() != null) {
            o.put("setAt", w.setAt().toString());
        }
        shares(o.putArray("axes"), "code", w.axes());
        shares(o.putArray("items"), "id", w.items());
        if (w.ahp() != null) {
            ObjectNode ahp = o.putObject("ahp").put("consistencyRatio", decimal(w.ahp().consistencyRatio()));
            if (w.ahp().matrix() != null) {
                ArrayNode rows = ahp.putArray("matrix");
                for (double[] row : w.ahp().matrix()) {
                    ArrayNode cells = rows.addArray();
                    for (double v : row) {
                        cells.add(decimal(v));
                    }
                }
            }
        }
        if (w.file() != null) {
            DecisionRecord.WeightsFile f = w.file();
            ObjectNode file = o.putObject("file");
            person(file.putObject("signer"), new Person(f.signerId(), f.signerName()));
            file.put("keyFingerprint", f.keyFingerprint()).put("sha256", f.sha256());
            if (f.acceptedBy() != null) {
                file.put("acceptedBy", f.acceptedBy()).put("acceptReason", nonNull(f.acceptReason()));
            }
        }
        return o;
    }

    private static void shares(ArrayNode array, String key, Map<String, Double> shares) {
        shares.forEach((code, share) -> array.addObject().put(key, code).put("share", decimal(share)));
    }

    private static ObjectNode results(DecisionRecord.ResultsPart r) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("basis", r.basis()).put("cohort", r.cohort());
        o.putObject("sensitivity").put("draws", r.draws()).put("seed", r.seed())
                .put("perturbation", decimal(r.perturbation()));
        ArrayNode units = o.putArray("units");
        for (DecisionRecord.UnitResult u : r.units()) {
            ObjectNode n = units.addObject().put("code", u.code());
            text(n.putObject("name"), u.name());
            n.put("rank", u.rank()).put("total", decimal(u.total())).put("evaluators", u.evaluators())
                    .put("partialSheets", u.partial());
            ArrayNode axes = n.putArray("axes");
            u.axes().forEach((code, score) -> axes.addObject().put("code", code).put("score", decimal(score)));
            n.putObject("sensitivity").put("verdict", u.robust() ? "robust" : "fragile").put("bestRank", u.bestRank())
                    .put("worstRank", u.worstRank()).put("tierChangeShare", decimal(u.tierChangeShare()))
                    .put("bootstrapTierChangeShare", decimal(u.bootTierChangeShare()));
        }
        return o;
    }

    private static ObjectNode allocation(DecisionRecord.AllocationPart a) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ObjectNode in = o.putObject("settings").put("poolYen", a.poolYen()).put("rule", a.rule())
                .put("floorYen", a.floorYen()).put("baselineYen", a.baselineYen()).put("tierStep", decimal(a.tierStep()));
        if (a.capYen() != null) {
            in.put("capYen", a.capYen());
        }
        ArrayNode units = o.putArray("units");
        for (DecisionRecord.UnitAllocation u : a.units()) {
            units.addObject().put("code", u.code()).put("rank", u.rank()).put("tier", u.tier())
                    .put("baselineYen", u.baselineYen()).put("allocationYen", u.allocationYen());
        }
        o.put("sumYen", a.sumYen());
        return o;
    }

    private static void person(ObjectNode o, Person p) {
        o.put("id", p.id()).put("name", p.name());
    }

    private static void text(ObjectNode o, LocalizedText t) {
        o.put("ja", t.ja()).put("en", t.en());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
