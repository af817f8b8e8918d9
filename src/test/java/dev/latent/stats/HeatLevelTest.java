package dev.latent.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeatLevelTest {

    @Test
    void heatLevelsAreFourStepsOfTheBusiestDay() {
        assertEquals(0, HeatLevel.of(0, 20));
        assertEquals(1, HeatLevel.of(1, 20));
        assertEquals(2, HeatLevel.of(6, 20));
        assertEquals(4, HeatLevel.of(20, 20));
        assertEquals(4, HeatLevel.of(50, 20), "never beyond the darkest");
        assertEquals(1, HeatLevel.of(1, 0), "a zero maximum does not divide by zero");
    }
}
