package org.dineutrino.regress;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureChecksTest {

    @Test
    void the_first_non_finite_value_is_named_with_its_event_and_the_total_count() {
        FeatureMatrix m = new FeatureMatrix(List.of("a", "jet1Px", "c"), new int[] {40, 41, 42},
                new double[] {1, 2, 3, 4, Double.NaN, 6, Double.POSITIVE_INFINITY, 8, 9});

        InputDataException e = assertThrows(InputDataException.class,
                () -> FeatureChecks.requireFinite(m, "sample x"));

        assertTrue(e.getMessage().startsWith("feature 'jet1Px' is NaN in event 41 (row 1 of sample x; 2 non-finite"),
                e.getMessage());
        assertTrue(e.getMessage().contains("jetPt"), e.getMessage());
    }

    @Test
    void finite_features_pass() {
        FeatureMatrix m = new FeatureMatrix(List.of("a"), new int[] {0}, new double[] {Double.MAX_VALUE});

        assertDoesNotThrow(() -> FeatureChecks.requireFinite(m, ""));
    }

    @Test
    void mismatch_names_missing_and_unexpected_features() {
        String d = FeatureChecks.describeMismatch(List.of("a", "b", "c"), List.of("a", "c", "d"));

        assertEquals("expected 3 features, got 3; missing [b], unexpected [d]", d);
    }

    @Test
    void mismatch_names_the_first_reordered_position() {
        String d = FeatureChecks.describeMismatch(List.of("a", "b", "c"), List.of("a", "c", "b"));

        assertEquals("same features in a different order: position 1 is 'c', expected 'b'", d);
    }

    @Test
    void equal_lists_have_no_mismatch() {
        assertEquals("", FeatureChecks.describeMismatch(List.of("a", "b"), List.of("a", "b")));
    }
}
