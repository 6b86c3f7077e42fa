package jp.clustereval.domain.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import jp.clustereval.common.UserFacingException;

class YenAmountTest {

    @Test
    void digitsOrCommasInGroupsOfThreeAreAmounts() {
        assertEquals(6_000_000_000L, YenAmount.parse("6000000000"));
        assertEquals(6_000_000_000L, YenAmount.parse("6,000,000,000"));
        assertEquals(6_000_000_000L, YenAmount.parse(" ¥6,000,000,000 "));
        assertEquals(6_000_000_000L, YenAmount.parse("￥ 6000000000"));
        assertEquals(1_000_000_001L, YenAmount.parse("1,000,000,001"));
        assertEquals(0, YenAmount.parse("0"));
        assertEquals(999, YenAmount.parse("999"));
        assertEquals(1000, YenAmount.parse("1,000"));
        assertEquals(999_999_999_999_999_999L, YenAmount.parse("999,999,999,999,999,999"));
    }

    @Test
    void malformedSeparatorsAreRefusedNotDropped() {
        for (String bad : Arrays.asList("6,00,0000000", ",,6000000000,,", ",6000000000", "6000000000,", "6,000,000,000,",
                "6,,000", "6000,000,000", "6,0000", "60,00", "1234,567", "6_000_000_000", "6 000 000 000", "6.000.000.000",
                "６０００", "-5", "+5", "", " ", "¥", "1e9", "6,000,000,000 yen", "1000000000000000000", null)) {
            UserFacingException e = assertThrows(UserFacingException.class, () -> YenAmount.parse(bad), String.valueOf(bad));
            assertEquals("allocate.yen", e.key(), String.valueOf(bad));
        }
    }
}
