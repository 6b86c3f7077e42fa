package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.domain.weights.Ahp;
import jp.clustereval.domain.weights.TestWeights;
import jp.clustereval.persistence.WeightDao;

/** Weights over a real database: stored, recorded, applied at once; refused input changes nothing. */
class WeightServiceTest {

    @TempDir
    Path dir;

    private Services services;
    private Round round;
    private Evaluator member;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("w.db"), false, dir.resolve("keys"));
        round = services.rounds().current();
        member = services.evaluators().add("重み 花子", "文部科学省");
        Evaluator e = services.evaluators().add("評価 一郎", "大学");
        SheetKey sap = new SheetKey(round.id(), e.id(), "SAP");
        services.grading().setGrade(sap, "1.1", "S", "test"); // A = 4
        services.grading().setGrade(sap, "4", "C", "test"); // E = 1
        SheetKey sen = new SheetKey(round.id(), e.id(), "SEN");
        services.grading().setGrade(sen, "1.1", "B", "test"); // A = 2
        services.grading().setGrade(sen, "4", "A", "test"); // E = 3
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void changingWeightsChangesTheRankingAtOnceAndIsRecorded() {
        // equal weights: SAP (4 + 1) / 2 = 2.5 = SEN (2 + 3) / 2: a tie
        assertEquals(2.5, total("SAP"), 1e-12);
        services.weights().set(round.id(), TestWeights.axes(30, 20, 20, 10, 20), TestWeights.of("1.2.1", 60, "1.2.2", 40),
                "花子");
        // A 0.3, E 0.2 over the graded axes: SAP (1.2 + 0.2) / 0.5 = 2.8, SEN (0.6 + 0.6) / 0.5 = 2.4
        assertEquals(2.8, total("SAP"), 1e-12);
        assertEquals(2.4, total("SEN"), 1e-12);
        assertEquals(0.3, services.rounds().current().axis("A").orElseThrow().weight(), 1e-12);
        assertEquals(0.6, services.rounds().current().items().find("1.2.1").orElseThrow().weight(), 1e-12);
        List<WeightChange> history = services.weights().history(round.id());
        assertEquals(1, history.size());
        assertEquals("花子", history.get(0).setBy());
        assertEquals("direct", history.get(0).source());
        // stored as exact decimal text, read back as the same numbers in the same order
        String stored = services.database().query(c -> new WeightDao(c).history(round.id())).get(0).axisWeightsJson();
        assertEquals("{\"A\":0.3,\"B\":0.2,\"C\":0.2,\"D\":0.1,\"E\":0.2}", stored);
        assertEquals(List.of("A", "B", "C", "D", "E"), List.copyOf(history.get(0).axisWeights().keySet()));
        assertEquals(List.of(0.3, 0.2, 0.2, 0.1, 0.2), List.copyOf(history.get(0).axisWeights().values()));
        assertEquals(stored, WeightService.json(history.get(0).axisWeights()));
    }

    /**
     * A second click on "store" with the same weights made a second, identical history entry (read as
     * a second decision). Now: the same weights, typed or by AHP, store nothing and say so; a change
     * is stored. The first decision is recorded even when it equals the round's own equal weights.
     */
    @Test
    void theSameWeightsAgainAreNotStoredTwice() {
        Map<String, Double> equal = TestWeights.axes(1, 1, 1, 1, 1);
        assertEquals(true, services.weights().set(round.id(), equal, Map.of(), "花子").stored());
        assertEquals(1, services.weights().history(round.id()).size(), "the first decision is on record");
        String before = DbSnapshot.of(services.database());
        WeightService.Outcome again = services.weights().set(round.id(), TestWeights.axes(20, 20, 20, 20, 20), Map.of(), "花子");
        assertEquals(false, again.stored());
        assertEquals(0.2, again.weights().axis("A"), 1e-12);
        double[][] allEqual = new double[5][5];
        for (double[] row : allEqual) {
            java.util.Arrays.fill(row, 1);
        }
        assertEquals(false, services.weights().applyAhp(round.id(), services.weights().ahp(round.id(), allEqual), "花子").stored());
        assertEquals(before, DbSnapshot.of(services.database()), "nothing stored for the same weights");
        assertEquals(1, services.weights().history(round.id()).size());

        assertEquals(true, services.weights().set(round.id(), TestWeights.axes(30, 20, 20, 10, 20), Map.of(), "花子").stored());
        assertEquals(2, services.weights().history(round.id()).size());
        assertEquals(false, services.weights().set(round.id(), TestWeights.axes(0.3, 0.2, 0.2, 0.1, 0.2), Map.of(), "x").stored());
        assertEquals(true, services.weights().set(round.id(), null, TestWeights.of("1.2.1", 60, "1.2.2", 40), "花子").stored());
        assertEquals(3, services.weights().history(round.id()).size());
    }

    @Test
    void refusedWeightsChangeNothingStored() {
        String before = DbSnapshot.of(services.database());
        for (Map<String, Double> bad : List.of(TestWeights.axes(Double.NaN, 1, 1, 1, 1), TestWeights.axes(-1, 1, 1, 1, 1),
                TestWeights.axes(0, 0, 0, 0, 0), TestWeights.of("A", 1, "B", 1, "C", 1, "D", 1, "E", 1, "Q", 1),
                TestWeights.of("A", 1))) {
            assertThrows(UserFacingException.class, () -> services.weights().set(round.id(), bad, Map.of(), "x"), bad::toString);
        }
        assertThrows(UserFacingException.class, () -> services.weights().set(round.id(), null, TestWeights.of("1.2.1", 1), "x"));
        assertThrows(UserFacingException.class, () -> services.weights().set(round.id(), null, TestWeights.of("7.7", 1), "x"));
        assertThrows(UserFacingException.class, () -> services.weights().set(round.id(), null, Map.of(), "x"));
        assertThrows(UserFacingException.class, () -> services.weights().ahp(round.id(), Ahp.parseMatrix("1,3;1/3,1")));
        // the geometric-mean estimate is shown, never stored: a stored "ahp" CR is always Saaty's
        var geometric = services.weights().ahp(round.id(), Ahp.parseMatrix("1,3,1,1,1; 1/3,1,1,1,1; 1,1,1,1,1; 1,1,1,1,1; 1,1,1,1,1"),
                Ahp.Method.GEOMETRIC);
        assertEquals("ahp.geometricNotStored",
                assertThrows(UserFacingException.class, () -> services.weights().applyAhp(round.id(), geometric, "x")).key());
        assertEquals(before, DbSnapshot.of(services.database()));
    }

    @Test
    void ahpWeightsAreStoredWithTheirConsistencyRatio() {
        var r = services.weights().ahp(round.id(),
                Ahp.parseMatrix("1,2,2,4,1; 1/2,1,1,2,1/2; 1/2,1,1,2,1/2; 1/4,1/2,1/2,1,1/4; 1,2,2,4,1"));
        assertEquals(0, r.consistencyRatio(), 1e-12);
        services.weights().applyAhp(round.id(), r, "花子");
        // consistent judgements for 4 : 2 : 2 : 1 : 4 -> A = 4 / 13
        assertEquals(4 / 13.0, services.weights().current(round.id()).axis("A"), 1e-12);
        WeightChange change = services.weights().history(round.id()).get(0);
        assertEquals("ahp", change.source());
        assertEquals(0, change.consistencyRatio(), 1e-12);
        // the judgements are kept with the change (the decision record shows them)
        double[][] kept = services.weights().ahpMatrix(change.id()).orElseThrow();
        assertEquals(0.5, kept[1][0], 0);
        assertEquals(0.25, kept[3][0], 0);
        assertEquals(java.util.Arrays.deepToString(r.matrix()), java.util.Arrays.deepToString(kept));
        services.weights().set(round.id(), TestWeights.axes(40, 15, 15, 10, 20), Map.of(), "花子");
        assertEquals(java.util.Optional.empty(), services.weights().ahpMatrix(services.weights().history(round.id()).get(1).id()),
                "typed-in weights have none");
    }

    @Test
    void aSignedWeightsFileCarriesTheWeightsAndWhoSetThem() throws Exception {
        services.weights().set(round.id(), TestWeights.axes(40, 15, 15, 10, 20), Map.of(), "花子");
        Path file = services.weightsFiles().export(round.id(), member.name(), dir.resolve("w.ceweights"));
        services.close();

        services = Services.open(dir.resolve("chair.db"), false, dir.resolve("chair-keys"));
        // the chair's database does not know her yet: accepted only explicitly (WeightsSignerTest)
        String key = jp.clustereval.scorefile.Ed25519.fingerprint(new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(file.toFile()).path("setBy").path("publicKey").asText());
        WeightsFileService.Imported imported = services.weightsFiles().importFile(file, "chair",
                new WeightsFileService.SignerAcceptance(member.id(), key, "fingerprint checked"));
        assertEquals("重み 花子", imported.setBy());
        assertEquals(0.40, services.weights().current(round.id()).axis("A"), 1e-12);
        WeightChange change = services.weights().history(round.id()).get(0);
        assertEquals("file", change.source());
        assertEquals("重み 花子", change.setBy());
        assertEquals(imported.keyFingerprint(), change.keyFingerprint());
        assertNull(change.consistencyRatio());
    }

    @Test
    void tamperedOrMalformedWeightsFilesAreRefusedAndChangeNothing() throws Exception {
        services.weights().set(round.id(), TestWeights.axes(40, 15, 15, 10, 20), Map.of(), "花子");
        Path file = services.weightsFiles().export(round.id(), member.name(), dir.resolve("w.ceweights"));
        String json = Files.readString(file, StandardCharsets.UTF_8);
        services.close();
        services = Services.open(dir.resolve("chair.db"), false, dir.resolve("chair-keys"));
        String before = DbSnapshot.of(services.database());

        assertRefused(json.replace("\"A\" : \"0.4\"", "\"A\" : \"0.9\""), "weightsfile.badSignature");
        assertRefused(json.replace("\"A\" : \"0.4\"", "\"A\" : 0.4"), "weightsfile.type");
        assertRefused(json.substring(0, json.length() / 2), "weightsfile.malformed");
        assertRefused(json.replace("clustereval-weights", "clustereval-score"), "weightsfile.notWeightsFile");
        assertRefused(json.replace("\"source\"", "\"extra\" : 1, \"source\""), "weightsfile.unknownMember");
        assertRefused("", "weightsfile.malformed");
        assertEquals(before, DbSnapshot.of(services.database()));
        assertNotEquals(0.40, services.weights().current(round.id()).axis("A"), 1e-12);
    }

    private void assertRefused(String content, String key) throws Exception {
        Path bad = dir.resolve("bad-" + key + ".ceweights");
        Files.writeString(bad, content, StandardCharsets.UTF_8);
        UserFacingException e = assertThrows(UserFacingException.class, () -> services.weightsFiles().importFile(bad, "chair"));
        assertEquals(key, e.key(), e.getMessage());
    }

    /** The sheets here grade two items each: their totals are those with unfinished sheets counted. */
    private double total(String cluster) {
        PanelResults r = services.panel().results(new PanelService.Scope(round.id(),
                jp.clustereval.domain.panel.CohortSpec.ROUND, false, false, true));
        return r.cluster(cluster).orElseThrow().total();
    }
}
