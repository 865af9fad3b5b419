package org.dineutrino.simulate;

/**
 * Initial states that mix parton channels with event-dependent matrix-element coefficients; one
 * instance per generator thread, set for each event before the weights are computed.
 */
final class MixedInitialStates {

    private MixedInitialStates() {
    }

    /**
     * b g -&gt; tW with the b from either beam: [x1 b][x2 g] |M|^2(z) + [x1 g][x2 b] |M|^2(-z), z the
     * top's cos theta to beam 1 (the weight of {@link TwProduction#samplePoint}).
     */
    static final class TopW implements InitialState {
        private double bFromBeam1;
        private double bFromBeam2;

        /** Sets the matrix elements of the event's s-hat and cos theta. */
        TopW set(double shat, double cosTheta) {
            bFromBeam1 = TwMatrixElement.instance().value(shat, cosTheta);
            bFromBeam2 = TwMatrixElement.instance().value(shat, -cosTheta);
            return this;
        }

        @Override
        public double luminosity(double[] f1, double[] f2) {
            return f1[Cteq5l.B] * f2[Cteq5l.G] * bFromBeam1 + f1[Cteq5l.G] * f2[Cteq5l.B] * bFromBeam2;
        }
    }

    /**
     * q qbar -&gt; Z/gamma* -&gt; l l summed over u, d, s, c, b with each flavour's partonic cross
     * section at the event's mass (the weight of {@link DrellYanProduction#samplePoint}).
     */
    static final class DrellYan implements InitialState {
        private static final int N_QUARKS = 5;
        private final double[] partonic = new double[N_QUARKS];

        /** Sets the partonic cross sections of the generator at the event's m^2 [GeV^2]. */
        DrellYan set(DrellYanProduction production, double m2) {
            for (int q = 0; q < N_QUARKS; q++) {
                partonic[q] = production.partonic(q, m2);
            }
            return this;
        }

        @Override
        public double luminosity(double[] f1, double[] f2) {
            return partonic[0] * (f1[Cteq5l.U] * f2[Cteq5l.UBAR] + f1[Cteq5l.UBAR] * f2[Cteq5l.U])
                    + partonic[1] * (f1[Cteq5l.D] * f2[Cteq5l.DBAR] + f1[Cteq5l.DBAR] * f2[Cteq5l.D])
                    + 2 * (partonic[2] * f1[Cteq5l.S] * f2[Cteq5l.S] + partonic[3] * f1[Cteq5l.C] * f2[Cteq5l.C]
                    + partonic[4] * f1[Cteq5l.B] * f2[Cteq5l.B]);
        }
    }
}
