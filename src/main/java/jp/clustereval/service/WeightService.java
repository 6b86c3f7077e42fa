package jp.clustereval.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.weights.Ahp;
import jp.clustereval.domain.weights.WeightSet;
import jp.clustereval.domain.weights.Weights;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.SheetScores;
import jp.clustereval.persistence.WeightDao;

/**
 * The weighting group's weights: shown normalised, changed typed in or by AHP, and every change
 * recorded with who set it and when. Input is validated completely before the one transaction that
 * stores it, so refused input changes nothing. The round cache is dropped afterwards: every figure
 * computed from then on uses the new weights.
 */
public final class WeightService {

    /**
     * Where a change came from, and the extra facts a signed file brings: its signer's id, and who
     * accepted a signer outside the weighting group explicitly, and why (null when not needed).
     */
    public record Provenance(String source, Double consistencyRatio, String setBy, Instant setAt, String keyFingerprint,
                             String fileSha256, String signerId, String acceptedBy, String acceptReason) {
        public static Provenance typed(String source, Double cr, String who) {
            return new Provenance(source, cr, who, Instant.now(), null, null, null, null, null);
        }
    }

    /**
     * What a typed change did: the weights now in force, and whether they were stored (false: they
     * equal the weights already recorded, so no second, identical history entry was made).
     */
    public record Outcome(WeightSet weights, boolean stored) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final RoundService rounds;

    public WeightService(Database db, RoundService rounds) {
        this.db = db;
        this.rounds = rounds;
    }

    public WeightSet current(String roundId) {
        return Weights.current(rounds.require(roundId));
    }

    /**
     * Sets the axis weights (null: unchanged; otherwise one for every axis) and item weights (every
     * weighted item of each axis named; empty: unchanged), as the numbers given: relative, so that 30,
     * 20, ... and 0.3, 0.2, ... mean the same; they are normalised to shares here. Weights equal to
     * the ones recorded last are not stored again (see {@link #storeIfChanged}).
     */
    public Outcome set(String roundId, Map<String, Double> axes, Map<String, Double> items, String actor) {
        Round round = rounds.require(roundId);
        Map<String, Double> itemWeights = items == null ? Map.of() : items;
        if (axes == null && itemWeights.isEmpty()) {
            throw new UserFacingException("weights.nothing");
        }
        WeightSet set = Weights.change(round, axes, itemWeights);
        return storeIfChanged(round, set, Provenance.typed("direct", null, actor), actor, null);
    }

    /**
     * Stores a typed set unless the round's weights are already recorded (a history entry exists) and
     * equal to it: a second click on "store" made a second, identical entry that read as a second
     * decision. The first explicit decision is recorded even when it equals the round's own weights,
     * so that how the weights were set is on record. {@code ahpMatrix}: the AHP judgements kept with it (null: none).
     */
    private Outcome storeIfChanged(Round round, WeightSet set, Provenance p, String actor, String ahpMatrix) {
        boolean recorded = !db.query(c -> new WeightDao(c).history(round.id())).isEmpty();
        if (recorded && same(Weights.current(round), set)) {
            return new Outcome(set, false);
        }
        store(round, set, actor, c -> p, ahpMatrix);
        return new Outcome(set, true);
    }

    /** Equal shares, axis by axis and item by item (beyond the last bits that normalising may move). */
    static boolean same(WeightSet a, WeightSet b) {
        return same(a.axes(), b.axes()) && same(a.items(), b.items());
    }

    private static boolean same(Map<String, Double> a, Map<String, Double> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.keySet().stream().allMatch(k -> Math.abs(a.get(k) - b.get(k)) <= 1e-12);
    }

    /** Saaty's AHP weights and consistency of a matrix of judgements over the round's axes, in axis order; nothing stored. */
    public Ahp.Result ahp(String roundId, double[][] matrix) {
        return ahp(roundId, matrix, Ahp.Method.EIGENVECTOR);
    }

    /** The AHP weights and consistency by the method named; nothing stored. */
    public Ahp.Result ahp(String roundId, double[][] matrix, Ahp.Method method) {
        Round round = rounds.require(roundId);
        return Ahp.of(round.axes().stream().map(Axis::code).toList(), matrix, method);
    }

    /**
     * Stores the AHP weights as the axis weights (item weights unchanged), with the consistency ratio.
     * Only Saaty's eigenvector weights are stored: the history and the weights file record the source
     * {@code ahp} and its CR without a method, so a geometric-mean CR stored there would pass for Saaty's.
     * Weights equal to the ones recorded last are not stored again.
     */
    public Outcome applyAhp(String roundId, Ahp.Result result, String actor) {
        if (result.method() != Ahp.Method.EIGENVECTOR) {
            throw new jp.clustereval.common.UserFacingException("ahp.geometricNotStored");
        }
        Round round = rounds.require(roundId);
        Map<String, Double> axes = new java.util.LinkedHashMap<>();
        double[] w = result.weights();
        for (int i = 0; i < w.length; i++) {
            axes.put(result.codes().get(i), w[i]);
        }
        WeightSet set = Weights.change(round, axes, Map.of());
        return storeIfChanged(round, set, Provenance.typed("ahp", result.consistencyRatio(), actor), actor,
                matrixJson(result.matrix()));
    }

    /** Stores a validated complete set and its history row in one transaction. */
    void store(Round round, WeightSet set, Provenance p, String actor) {
        store(round, set, actor, c -> p);
    }

    /**
     * Stores a validated complete set and its history row in one transaction, in which provenance
     * first says where the set comes from: it may refuse it (then nothing is stored) or record what
     * admitting it takes (e.g. a signer's key). Returns the provenance recorded.
     */
    Provenance store(Round round, WeightSet set, String actor, jp.clustereval.persistence.SqlWork<Provenance> provenance) {
        return store(round, set, actor, provenance, null);
    }

    /** As above; {@code ahpMatrix} (JSON rows, null for none): the AHP judgements kept with the change. */
    private Provenance store(Round round, WeightSet set, String actor, jp.clustereval.persistence.SqlWork<Provenance> provenance,
                             String ahpMatrix) {
        Provenance stored = RoundGuard.write(db, round.id(), c -> {
            Provenance p = provenance.run(c);
            WeightDao dao = new WeightDao(c);
            dao.setAxisWeights(round.id(), set.axes());
            dao.setItemWeights(round.id(), set.items());
            new SheetScores(c).sync(round.id()); // new item weights: every sheet's axis scores again
            dao.insertChange(new WeightDao.Change(0, round.id(), p.source(), json(set.axes()), json(set.items()),
                    p.consistencyRatio(), p.setBy(), p.setAt(), p.keyFingerprint(), p.fileSha256(), Instant.now(), actor,
                    p.signerId(), p.acceptedBy(), p.acceptReason()));
            if (ahpMatrix != null) {
                dao.setAhpMatrixOfLastChange(ahpMatrix);
            }
            return p;
        });
        rounds.invalidate(round.id());
        return stored;
    }

    /** The round's weight changes, oldest first. */
    public List<WeightChange> history(String roundId) {
        String id = rounds.require(roundId).id();
        return db.query(c -> new WeightDao(c).history(id)).stream().map(this::change).toList();
    }

    private WeightChange change(WeightDao.Change c) {
        return new WeightChange(c.id(), c.roundId(), c.source(), weights(c.axisWeightsJson()), weights(c.itemWeightsJson()),
                c.consistencyRatio(), c.setBy(), c.setAt(), c.keyFingerprint(), c.fileSha256(), c.recordedAt(),
                c.recordedBy(), c.signerId(), c.acceptedBy(), c.acceptReason());
    }

    /** The AHP judgements of a weight change, rows in axis order; empty when it was not set by AHP or was stored before V11. */
    public java.util.Optional<double[][]> ahpMatrix(long changeId) {
        return db.query(c -> new WeightDao(c).ahpMatrix(changeId)).map(json -> {
            try {
                return JSON.readValue(json, double[][].class);
            } catch (JsonProcessingException | RuntimeException e) {
                throw new UserFacingException(e, "store.corrupt", db.file().toString());
            }
        });
    }

    /** The judgements as stored: rows of exact decimal text, as {@link #json} keeps weights. */
    static String matrixJson(double[][] matrix) {
        List<List<BigDecimal>> rows = new java.util.ArrayList<>();
        for (double[] row : matrix) {
            rows.add(java.util.Arrays.stream(row).mapToObj(BigDecimal::valueOf).toList());
        }
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored JSON of {@link #json} read back: the same numbers, in the stored order. */
    private Map<String, Double> weights(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Double>>() { });
        } catch (JsonProcessingException | RuntimeException e) {
            throw new UserFacingException(e, "store.corrupt", db.file().toString());
        }
    }

    /**
     * Weights as exact decimal text (the shortest that reads back as the same double), as they are
     * stored in the history and shown by {@code weights history}.
     */
    public static String json(Map<String, Double> weights) {
        Map<String, BigDecimal> exact = new java.util.LinkedHashMap<>();
        weights.forEach((k, v) -> exact.put(k, BigDecimal.valueOf(v)));
        try {
            return JSON.writeValueAsString(exact);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
