package jp.clustereval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The start-up case reports the median of each timeline step over its runs. */
class StartupStepsTest {

    @Test
    void eachStepsMedianInTheOrderOfTheTimeline() {
        assertEquals("launch=150 toolkit=350 shown=990", GuiCases.medianSteps(Arrays.asList(
                " launch=160 toolkit=340 shown=1000",
                " launch=140 toolkit=350 shown=980",
                null, // a run that printed no timeline
                " launch=150 toolkit=360 shown=990")));
    }

    @Test
    void aStepOnlySomeRunsHadIsTheMedianOfThose() {
        assertEquals("launch=10 db-open=30", GuiCases.medianSteps(Arrays.asList(" launch=10 db-open=20", " launch=10", " launch=12 db-open=30")));
        assertEquals("", GuiCases.medianSteps(Arrays.asList((String) null)));
    }
}
