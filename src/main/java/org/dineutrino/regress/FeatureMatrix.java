package org.dineutrino.regress;

import java.util.List;

/**
 * Features of a set of events, row-major: the value of feature f for row r is
 * {@code values[r * nFeatures() + f]}.
 *
 * @param names  feature names, in column order (see {@link MetFeatures#names})
 * @param events for each row, the index of its event in the batch it was computed from
 * @param values nRows * nFeatures values, units as the feature names say (GeV for momenta)
 */
public record FeatureMatrix(List<String> names, int[] events, double[] values) {

    public FeatureMatrix {
        names = List.copyOf(names);
        if ((long) events.length * names.size() != values.length) {
            throw new IllegalArgumentException("feature matrix has " + values.length + " values, expected "
                    + events.length + " rows x " + names.size() + " features");
        }
    }

    public int nRows() {
        return events.length;
    }

    public int nFeatures() {
        return names.size();
    }

    public double value(int row, int feature) {
        return values[row * names.size() + feature];
    }
}
