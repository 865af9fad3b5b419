package org.dineutrino.simulate;

import java.util.SplittableRandom;

/**
 * Our model of the diagram-subtraction (DS) tW sample. Beyond LO the tW W b final state overlaps
 * with tt&#772; (the second b from a resonant antitop); diagram removal (DR, the nominal) and DS treat
 * that overlap differently, and the two differ where it matters: events with a hard recoil and an
 * extra jet. Our LO 2 -&gt; 2 has no such diagrams, so DS is modelled (ours) as the DR sample with its
 * recoil spectrum suppressed at high pT by a(pT) = 1 - D pT^2/(pT^2 + pS^2): the recoil of each DS
 * event is redrawn until accepted with probability a, so the cross section stays 2 x 19.56 pb and
 * the top, W and lepton kinematics in the tW rest frame are those of DR.
 *
 * <p>D and pS are ours, of the size of the DR-DS differences the LHC tW measurements quote as a
 * modelling uncertainty (small inclusively, tens of percent at high jet multiplicity).
 */
final class TwDiagramSubtraction {

    /** D: largest relative suppression of the recoil spectrum (ours). */
    static final double MAX_SUPPRESSION = 0.3;
    /** pS [GeV]: recoil pT at which half of the suppression acts (ours). */
    static final double SCALE_GEV = 100.0;

    private TwDiagramSubtraction() {
    }

    /** a(pT), the acceptance of a recoil of pT [GeV]; 1 at pT = 0, falling to 1 - D. */
    static double acceptance(double pt) {
        return 1 - MAX_SUPPRESSION * pt * pt / (pt * pt + SCALE_GEV * SCALE_GEV);
    }

    /** The DS recoil pT [GeV]: drawn from the DR model and accepted with probability a(pT). */
    static double samplePt(SplittableRandom rng, Recoil dr) {
        while (true) {
            double pt = dr.samplePt(rng);
            if (rng.nextDouble() < acceptance(pt)) {
                return pt;
            }
        }
    }
}
