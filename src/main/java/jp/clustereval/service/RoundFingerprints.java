package jp.clustereval.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemTree;
import jp.clustereval.domain.Round;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.WeightDao;
import jp.clustereval.scorefile.AcceptedFingerprints;
import jp.clustereval.scorefile.RoundFingerprint;

/**
 * The round fingerprints a score file may carry for a round: the round's own, and, so that files
 * made before the fingerprint left the weights out stay importable, the version-1 fingerprint of
 * every weight set the round is known to have had: the weights it was created with (every axis and
 * item weight 1, as a new database's round has them, so as an evaluator's laptop made its files),
 * each set in its weights history, and the weights stored now.
 */
final class RoundFingerprints {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RoundFingerprints() {
    }

    static AcceptedFingerprints of(Database db, Round round) {
        List<WeightDao.Change> history = db.query(c -> new WeightDao(c).history(round.id()));
        Set<String> earlier = new LinkedHashSet<>();
        earlier.add(RoundFingerprint.version1(withWeights(round, a -> 1.0, i -> 1.0)));
        for (WeightDao.Change change : history) {
            Map<String, Double> axes = weights(db, change.axisWeightsJson());
            Map<String, Double> items = weights(db, change.itemWeightsJson());
            // an item the change does not name (a heading) kept the weight it has now: changes set graded items only
            earlier.add(RoundFingerprint.version1(withWeights(round, a -> axes.getOrDefault(a.code(), a.weight()),
                    i -> items.getOrDefault(i.id(), i.weight()))));
        }
        earlier.add(RoundFingerprint.version1(round));
        return new AcceptedFingerprints(RoundFingerprint.of(round), earlier);
    }

    private static Round withWeights(Round round, Function<Axis, Double> axisWeight, Function<Item, Double> itemWeight) {
        List<Axis> axes = round.axes().stream().map(a -> new Axis(a.code(), a.name(), axisWeight.apply(a))).toList();
        List<Item> items = new ArrayList<>();
        for (Item i : round.items().all()) {
            items.add(new Item(i.id(), i.parentId(), i.kind(), i.axisCode(), i.clusterCode(), i.name(), i.description(),
                    itemWeight.apply(i), i.order()));
        }
        return new Round(round.id(), round.name(), round.scale(), axes, new ItemTree(items), round.cohort());
    }

    /** A history row's weights as stored (WeightService writes them); unreadable, the database is damaged. */
    private static Map<String, Double> weights(Database db, String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Double>>() { });
        } catch (java.io.IOException | RuntimeException e) {
            throw new UserFacingException(e, "store.corrupt", db.file().toString());
        }
    }
}
