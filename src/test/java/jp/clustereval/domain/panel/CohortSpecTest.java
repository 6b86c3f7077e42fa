package jp.clustereval.domain.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.TestRounds;

class CohortSpecTest {

    private final Round round = TestRounds.equalWeights(Set.of("SAP"));
    private final List<Cluster> clusters = List.of(c("SAP", 2002, "", "IT"), c("KYO", 2002, "Kansai", "Nanotech/Materials"),
            c("FUK", 2002, "Kyushu", "IT"), c("NGY", 2003, "", "Environment"));

    @Test
    void choicesSelectTheirClusters() {
        assertEquals(Set.of("SAP"), CohortSpec.parse(null).members(round, clusters));
        assertEquals(Set.of("SAP", "KYO", "FUK"), CohortSpec.parse("fy2002").members(round, clusters));
        assertEquals(Set.of("NGY"), CohortSpec.parse("FY2003").members(round, clusters));
        assertEquals(Set.of("KYO"), CohortSpec.parse("kansai").members(round, clusters));
        assertEquals(Set.of("FUK"), CohortSpec.parse("kyushu").members(round, clusters));
        assertEquals(Set.of("SAP", "FUK"), CohortSpec.parse("field:it").members(round, clusters));
        assertEquals(4, CohortSpec.parse("all").members(round, clusters).size());
    }

    @Test
    void unknownOrEmptyChoicesAreRefused() {
        assertEquals("cohort.unknown", assertThrows(UserFacingException.class, () -> CohortSpec.parse("fy 2002")).key());
        assertEquals("cohort.empty", assertThrows(UserFacingException.class,
                () -> CohortSpec.parse("fy2009").members(round, clusters)).key());
        assertEquals("cohort.empty", assertThrows(UserFacingException.class,
                () -> CohortSpec.parse("tohoku").members(round, clusters)).key());
    }

    private static Cluster c(String code, int fy, String wide, String field) {
        return new Cluster(code, new LocalizedText(code, code), new LocalizedText("", ""), "", List.of(field), fy, wide);
    }
}
