package jp.clustereval.domain.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.TestRounds;

class WeightsTest {

    private static final double EPS = 1e-12;
    private final Round round = TestRounds.equalWeights(Set.of("SAP"));

    @Test
    void typedNumbersAreNormalisedToShares() {
        WeightSet set = Weights.change(round, TestWeights.axes(30, 20, 20, 10, 20),
                TestWeights.of("1.2.1", 60, "1.2.2", 40, "2.1", 1, "2.2", 1, "2.3", 1, "3", 2));
        assertEquals(0.30, set.axis("A"), EPS);
        assertEquals(0.10, set.axis("D"), EPS);
        assertEquals(0.60, set.items().get("1.2.1"), EPS);
        assertEquals(0.40, set.items().get("1.2.2"), EPS);
        assertEquals(0.40, set.items().get("3"), EPS, "2 of 1+1+1+2");
        assertEquals(1.0, set.items().get("1.1"), EPS, "the only item of axis A");
    }

    @Test
    void fractionsAndPercentagesMeanTheSame() {
        assertEquals(Weights.change(round, TestWeights.axes(0.3, 0.2, 0.2, 0.1, 0.2), Map.of()).axes(),
                Weights.change(round, TestWeights.axes(30, 20, 20, 10, 20), Map.of()).axes());
    }

    @Test
    void appliedWeightsChangeTheRound() {
        Round weighted = Weights.apply(round, Weights.change(round, TestWeights.axes(1, 0, 0, 0, 1), Map.of()));
        assertEquals(0.5, weighted.axis("A").orElseThrow().weight(), EPS);
        assertEquals(0.0, weighted.axis("B").orElseThrow().weight(), EPS);
    }

    @Test
    void badInputIsRefusedWithTheCulpritNamed() {
        // typed text is the command line's to parse (CliParsingTest); numbers are checked here
        assertKey("weights.negative", () -> Weights.change(round, TestWeights.axes(-1, 1, 1, 1, 1), Map.of()));
        assertKey("weights.notNumber", () -> Weights.change(round, TestWeights.axes(Double.NaN, 1, 1, 1, 1), Map.of()));
        assertKey("weights.notNumber", () -> Weights.change(round, null, TestWeights.of("1.2.1", Double.POSITIVE_INFINITY,
                "1.2.2", 1)));
        assertKey("weights.allZero", () -> Weights.change(round, TestWeights.axes(0, 0, 0, 0, 0), Map.of()));
        assertKey("weights.unknownAxis", () -> Weights.change(round, TestWeights.of("A", 1, "B", 1, "C", 1, "D", 1, "E", 1,
                "F", 1), Map.of()));
        assertKey("weights.missingAxis", () -> Weights.change(round, TestWeights.of("A", 1, "B", 1), Map.of()));
        assertKey("weights.unknownItem", () -> Weights.change(round, null, TestWeights.of("9.9", 1)));
        assertKey("weights.unknownItem", () -> Weights.change(round, null, TestWeights.of("1", 1)), "a heading");
        assertKey("weights.itemsIncomplete", () -> Weights.change(round, null, TestWeights.of("1.2.1", 60)));
        assertKey("weights.allZero", () -> Weights.change(round, null, TestWeights.of("1.2.1", 0, "1.2.2", 0)));
    }

    private static void assertKey(String key, org.junit.jupiter.api.function.Executable e, String... why) {
        UserFacingException ex = assertThrows(UserFacingException.class, e, why.length > 0 ? why[0] : key);
        assertEquals(key, ex.key(), ex.getMessage());
    }
}
