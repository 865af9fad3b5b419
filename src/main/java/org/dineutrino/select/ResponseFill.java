package org.dineutrino.select;

/**
 * What the signal sample contributes to the unfolding of one observable, filled event
 * by event: migrations[reco][truth] for fiducial events reconstructed in a reco bin;
 * missed[truth] for fiducial events that are not (efficiency); fakes[reco] for selected
 * events outside the fiducial region; truth[truth] for every fiducial event. All as
 * sums of weights and of squared weights.
 */
public final class ResponseFill {

    private final Bins truthBinning;
    private final Bins recoBinning;
    private final int nTruth;
    private final double[] migrations;
    private final double[] migrations2;
    private final Histogram missed;
    private final Histogram fakes;
    private final Histogram truth;

    public ResponseFill(Bins truthBinning, Bins recoBinning) {
        this.truthBinning = truthBinning;
        this.recoBinning = recoBinning;
        this.nTruth = truthBinning.nBins();
        this.migrations = new double[recoBinning.nBins() * nTruth];
        this.migrations2 = new double[recoBinning.nBins() * nTruth];
        this.missed = new Histogram(truthBinning);
        this.fakes = new Histogram(recoBinning);
        this.truth = new Histogram(truthBinning);
    }

    /**
     * @param selected whether the event passes the reconstruction-level selection
     * @param fiducial whether it is inside the fiducial phase space
     * @param recoX, recoY the reconstructed observable (NaN if none; y ignored for one axis)
     * @param truthX, truthY the particle-level observable
     * @param w the event's luminosity-scaled weight
     */
    public void fill(boolean selected, boolean fiducial, double recoX, double recoY, double truthX, double truthY,
                     double w) {
        fill(selected, fiducial, recoX, recoY, truthX, truthY, w, w);
    }

    /**
     * As {@link #fill(boolean, boolean, double, double, double, double, double)} with separate weights at the
     * two levels, for a detector variation that reweights only what is reconstructed: the truth keeps
     * {@code wTruth}, migrations and fakes take {@code wReco}, and missed takes the difference of a
     * reconstructed event (so that truth = missed + migrations per truth bin still holds; that difference
     * may be negative where the variation raises the efficiency).
     */
    public void fill(boolean selected, boolean fiducial, double recoX, double recoY, double truthX, double truthY,
                     double wTruth, double wReco) {
        int r = selected ? recoBinning.index(recoX, recoY) : -1;
        int t = fiducial ? truthBinning.index(truthX, truthY) : -1;
        if (t < 0) {
            if (r >= 0) {
                fakes.fill(recoX, recoY, wReco);
            }
            return;
        }
        truth.fill(truthX, truthY, wTruth);
        if (r < 0) {
            missed.fill(truthX, truthY, wTruth);
            return;
        }
        migrations[r * nTruth + t] += wReco;
        migrations2[r * nTruth + t] += wReco * wReco;
        if (wTruth != wReco) {
            missed.fill(truthX, truthY, wTruth - wReco);
        }
    }

    /** migrations[reco][truth], weighted. */
    public double[][] migrations() {
        return unflatten(migrations);
    }

    /** Sum of squared weights of each migrations cell. */
    public double[][] migrations2() {
        return unflatten(migrations2);
    }

    private double[][] unflatten(double[] flat) {
        double[][] out = new double[recoBinning.nBins()][nTruth];
        for (int r = 0; r < out.length; r++) {
            System.arraycopy(flat, r * nTruth, out[r], 0, nTruth);
        }
        return out;
    }

    public Histogram missed() {
        return missed;
    }

    public Histogram fakes() {
        return fakes;
    }

    public Histogram truth() {
        return truth;
    }

    public Bins truthBinning() {
        return truthBinning;
    }

    public Bins recoBinning() {
        return recoBinning;
    }
}
