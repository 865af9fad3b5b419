package org.dineutrino.regress;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A random partition of rows 0..n-1 into training, validation and test rows (each part sorted).
 *
 * @param train      rows the network is fitted on
 * @param validation rows for early stopping
 * @param test       rows for the performance evaluation, never seen in training
 */
public record DataSplit(int[] train, int[] validation, int[] test) {

    /**
     * Shuffles 0..n-1 with a seeded Fisher-Yates permutation and cuts it into
     * round(n * trainFraction) training rows, round(n * validationFraction) validation rows and
     * the rest as test rows.
     *
     * @throws IllegalArgumentException if the fractions are not in (0, 1) with a positive remainder
     */
    public static DataSplit random(int n, double trainFraction, double validationFraction, long seed) {
        if (!(trainFraction > 0) || !(validationFraction > 0) || !(trainFraction + validationFraction < 1)) {
            throw new IllegalArgumentException("train and validation fractions must be > 0 with a sum < 1 "
                    + "(the rest is the test set), got " + trainFraction + " and " + validationFraction);
        }
        int[] perm = permutation(n, seed);
        int nTrain = (int) Math.round(n * trainFraction);
        int nVal = (int) Math.round(n * validationFraction);
        int[] train = Arrays.copyOfRange(perm, 0, nTrain);
        int[] val = Arrays.copyOfRange(perm, nTrain, nTrain + nVal);
        int[] test = Arrays.copyOfRange(perm, nTrain + nVal, n);
        Arrays.sort(train);
        Arrays.sort(val);
        Arrays.sort(test);
        return new DataSplit(train, val, test);
    }

    /** A seeded uniform random permutation of 0..n-1 (Fisher-Yates). */
    static int[] permutation(int n, long seed) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        shuffle(p, new SplittableRandom(seed));
        return p;
    }

    /** Fisher-Yates shuffle in place. */
    static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
