package org.dineutrino.unfold;

import org.apache.commons.math3.linear.RealMatrix;

import java.util.List;

/**
 * Everything an unfolding needs besides its settings: the response, the data and what is subtracted
 * from it.
 *
 * <p>The unfolding input is y[r] = (data[r] − Σ_b scale_b values_b[r]) × S[r] / (S[r] + fakes[r])
 * with S[r] = Σ_t A[r][t] N[t] the reconstructed signal of the response sample (Σ_t
 * migrations[r][t] in the migrations form): fakes are removed by the signal fraction, as the
 * reference analysis does.
 *
 * @param response the response (migrations or normalised form)
 * @param data [reco] observed counts; non-negative
 * @param dataCovariance [reco][reco] covariance of data, or null for diag(data) (Poisson)
 * @param fakes [reco] reconstructed signal-sample events outside the fiducial region, weighted, or
 *     null for none
 * @param fakesErrors [reco] their errors, or null for Poisson (√fakes)
 * @param backgrounds backgrounds to subtract; may be empty
 * @param truthBinning truth bins (needed for density mode, 2D regularisation, purity), or null
 * @param recoBinning reco bins (needed for purity and stability when nReco ≠ nTruth), or null
 */
public record UnfoldInput(
        Response response,
        double[] data,
        RealMatrix dataCovariance,
        double[] fakes,
        double[] fakesErrors,
        List<Background> backgrounds,
        Binning truthBinning,
        Binning recoBinning) {

    /** Copies the background list (null becomes empty). */
    public UnfoldInput {
        backgrounds = backgrounds == null ? List.of() : List.copyOf(backgrounds);
    }

    /** Just a response and data: Poisson data errors, no fakes, no backgrounds, no binning. */
    public static UnfoldInput of(Response response, double[] data) {
        return new UnfoldInput(response, data, null, null, null, List.of(), null, null);
    }

    /** This input with other data (same response, covariance rule, fakes and backgrounds). */
    public UnfoldInput withData(double[] newData, RealMatrix newCovariance) {
        return new UnfoldInput(
                response,
                newData,
                newCovariance,
                fakes,
                fakesErrors,
                backgrounds,
                truthBinning,
                recoBinning);
    }

    /** This input with binnings. */
    public UnfoldInput withBinning(Binning truth, Binning reco) {
        return new UnfoldInput(
                response, data, dataCovariance, fakes, fakesErrors, backgrounds, truth, reco);
    }
}
