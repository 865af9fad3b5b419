package org.dineutrino.regress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DataSplitTest {

    @Test
    void the_parts_are_disjoint_and_together_hold_every_row_once() {
        DataSplit s = DataSplit.random(1001, 0.6, 0.2, 42);

        int[] all = IntStream.concat(IntStream.concat(Arrays.stream(s.train()), Arrays.stream(s.validation())),
                Arrays.stream(s.test())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 1001).toArray(), all);
        assertEquals(601, s.train().length);
        assertEquals(200, s.validation().length);
        assertEquals(200, s.test().length);
    }

    @Test
    void the_same_seed_gives_the_same_split_and_another_seed_another() {
        DataSplit a = DataSplit.random(500, 0.5, 0.25, 7);
        DataSplit b = DataSplit.random(500, 0.5, 0.25, 7);
        DataSplit c = DataSplit.random(500, 0.5, 0.25, 8);

        assertArrayEquals(a.test(), b.test());
        assertFalse(Arrays.equals(a.test(), c.test()));
    }

    @Test
    void fractions_that_leave_no_test_set_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> DataSplit.random(10, 0.8, 0.2, 1));
    }
}
