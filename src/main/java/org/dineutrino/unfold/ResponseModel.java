package org.dineutrino.unfold;

import org.apache.commons.math3.random.RandomGenerator;

import java.util.ArrayList;
import java.util.List;

/**
 * A validated response in flat form, whichever {@link Response} form it came from: A (nReco ×
 * nTruth, row-major), efficiency ε, truth N, the reconstructed signal S[r] = Σ_t A[r][t] N[t], the
 * fakes F, and the response's MC statistical uncertainty as a list of independent {@link
 * ResponseSource}s.
 */
final class ResponseModel {

    private final Response origin;
    private final int nReco;
    private final int nTruth;
    private final double[] a;
    private final double[] efficiency;
    private final double[] truth;
    private final double[] signal;
    private final double[] fakes;
    private final double[] fakesErrors;
    private List<ResponseSource> sources;

    private ResponseModel(
            Response origin,
            double[] a,
            double[] efficiency,
            double[] truth,
            double[] fakes,
            double[] fakesErrors) {
        this.origin = origin;
        this.nReco = origin.nReco();
        this.nTruth = origin.nTruth();
        this.a = a;
        this.efficiency = efficiency;
        this.truth = truth;
        this.signal = foldedSignal(a, nReco, nTruth, truth);
        this.fakes = fakes;
        this.fakesErrors = fakesErrors;
    }

    /**
     * Validates a response with its fakes and builds the flat model.
     *
     * @param fakes [reco] or null for none
     * @param fakesErrors [reco] or null for Poisson
     * @throws InputDataException for mismatched shapes, negative or non-finite entries, an empty
     *     truth bin or one with no reconstructed events
     */
    static ResponseModel of(Response response, double[] fakes, double[] fakesErrors) {
        if (response == null) {
            throw new InputDataException(
                    "the response is missing: give migrations and missed, or response, efficiency"
                            + " and truth");
        }
        Checks.matrixShape(
                response instanceof Response.Migrations m ?
                        m.migrations() :
                        ((Response.Probabilities) response).response(),
                "response matrix");
        int nReco = response.nReco();
        double[] f = fakes == null ? new double[nReco] : Checks.nonNegative(fakes, nReco, "fakes");
        double[] fErr =
                fakesErrors == null ?
                        poissonErrors(f) :
                        Checks.nonNegative(fakesErrors, nReco, "fakesErrors");
        if (response instanceof Response.Migrations m) {
            return fromMigrations(m, f, fErr);
        }
        return fromProbabilities((Response.Probabilities) response, f, fErr);
    }

    private static ResponseModel fromMigrations(
            Response.Migrations m, double[] fakes, double[] fakesErrors) {
        int nReco = m.nReco();
        int nTruth = m.nTruth();
        double[] b = Checks.nonNegative(m.migrations(), nReco, nTruth, "migrations");
        double[] missed = Checks.nonNegative(m.missed(), nTruth, "missed");
        if (m.migrationErrors() != null) {
            Checks.nonNegative(m.migrationErrors(), nReco, nTruth, "migrationErrors");
        }
        if (m.missedErrors() != null) {
            Checks.nonNegative(m.missedErrors(), nTruth, "missedErrors");
        }
        double[] truth = new double[nTruth];
        double[] efficiency = new double[nTruth];
        double[] a = new double[nReco * nTruth];
        for (int t = 0; t < nTruth; t++) {
            double reconstructed = 0.0;
            for (int r = 0; r < nReco; r++) {
                reconstructed += b[r * nTruth + t];
            }
            requireReconstructed(t, reconstructed, missed[t]);
            truth[t] = reconstructed + missed[t];
            efficiency[t] = reconstructed / truth[t];
            for (int r = 0; r < nReco; r++) {
                a[r * nTruth + t] = b[r * nTruth + t] / truth[t];
            }
        }
        return new ResponseModel(m, a, efficiency, truth, fakes, fakesErrors);
    }

    private static void requireReconstructed(int t, double reconstructed, double missed) {
        if (reconstructed + missed <= 0.0) {
            throw new InputDataException(
                    "truth bin " +
                            t +
                            " is empty: its migrations column and missed " +
                            "are all 0; merge it with a neighbour or drop it from the binning");
        }
        if (reconstructed <= 0.0) {
            throw new InputDataException(
                    "truth bin " +
                            t +
                            " has no reconstructed events (migrations " +
                            "column sum 0, missed " +
                            missed +
                            "): efficiency 0, the bin cannot be unfolded; " +
                            "merge it with a neighbour");
        }
    }

    private static ResponseModel fromProbabilities(
            Response.Probabilities p, double[] fakes, double[] fakesErrors) {
        int nReco = p.nReco();
        int nTruth = p.nTruth();
        double[] r = Checks.nonNegative(p.response(), nReco, nTruth, "response");
        double[] efficiency = Checks.nonNegative(p.efficiency(), nTruth, "efficiency");
        double[] truth = Checks.nonNegative(p.truth(), nTruth, "truth");
        if (p.responseErrors() != null) {
            Checks.nonNegative(p.responseErrors(), nReco, nTruth, "responseErrors");
        }
        if (p.efficiencyErrors() != null) {
            Checks.nonNegative(p.efficiencyErrors(), nTruth, "efficiencyErrors");
        }
        double[] a = new double[nReco * nTruth];
        for (int t = 0; t < nTruth; t++) {
            requireEfficiency(t, efficiency[t]);
            double column = 0.0;
            for (int row = 0; row < nReco; row++) {
                a[row * nTruth + t] = r[row * nTruth + t] * efficiency[t];
                column += r[row * nTruth + t];
            }
            if (column <= 0.0) {
                throw new InputDataException(
                        "truth bin " +
                                t +
                                " has an all-zero response column: no " +
                                "reconstructed events; merge it with a neighbour");
            }
        }
        return new ResponseModel(p, a, efficiency, truth, fakes, fakesErrors);
    }

    private static void requireEfficiency(int t, double efficiency) {
        if (efficiency <= 0.0 || efficiency > 1.0) {
            throw new InputDataException(
                    "efficiency[" +
                            t +
                            "] = " +
                            efficiency +
                            ", expected in (0, 1]: " +
                            "a truth bin with efficiency 0 cannot be unfolded");
        }
    }

    /** S[r] = Σ_t A[r][t] N[t]. */
    private static double[] foldedSignal(double[] a, int nReco, int nTruth, double[] truth) {
        return Flat.apply(a, nReco, nTruth, truth);
    }

    static double[] poissonErrors(double[] counts) {
        double[] errors = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            errors[i] = Math.sqrt(counts[i]);
        }
        return errors;
    }

    int nReco() {
        return nReco;
    }

    int nTruth() {
        return nTruth;
    }

    /** A, nReco × nTruth row-major; shared, read-only. */
    double[] a() {
        return a;
    }

    double[] efficiency() {
        return efficiency;
    }

    double[] truth() {
        return truth;
    }

    /** S[r], the reconstructed signal per reco bin. */
    double[] signal() {
        return signal;
    }

    double[] fakes() {
        return fakes;
    }

    /** The equivalent weighted migrations A[r][t] N[t], nReco × nTruth row-major. */
    double[] migrations() {
        double[] b = new double[nReco * nTruth];
        for (int r = 0; r < nReco; r++) {
            for (int t = 0; t < nTruth; t++) {
                b[r * nTruth + t] = a[r * nTruth + t] * truth[t];
            }
        }
        return b;
    }

    /** The MC statistical sources, built on first use. */
    synchronized List<ResponseSource> sources() {
        if (sources == null) {
            List<ResponseSource> list = new ArrayList<>();
            if (origin instanceof Response.Migrations m) {
                ResponseSource.addMigrationSources(list, m, a, truth);
            } else {
                ResponseSource.addProbabilitySources(
                        list, (Response.Probabilities) origin, a, truth);
            }
            ResponseSource.addFakeSources(list, fakesErrors);
            sources = List.copyOf(list);
        }
        return sources;
    }

    /** A toy replica of this response's MC sample, see {@link ResponseToys}. */
    ResponseModel toy(RandomGenerator rng) {
        return ResponseToys.replica(origin, fakes, fakesErrors, rng);
    }
}
