package org.dineutrino.simulate;

/**
 * Colour reconnection (CR) models of the alternative tt&#772; samples, as their effect on the
 * particle-level jets (our model; sizes ours, chosen small because CMS uses the two alternative
 * Pythia 8 CR models only as an envelope: QCD-inspired and gluon-move, CMS-GEN-17-002,
 * EPJC 83 (2023) 587).
 *
 * <p>Our stand-in has no hadronisation, so a CR model acts where colour strings act on jets:
 * <ul>
 *   <li>{@link #QCD_INSPIRED}: strings reconnected across the event pull soft hadrons out of
 *       the jets: the out-of-cone fraction of every parton is 10 % larger on average and a b
 *       parton loses a further 0.5 % of its momentum (a b-jet energy response 0.5 % lower).</li>
 *   <li>{@link #GLUON_MOVE}: gluons moved onto the string of a nearby parton make close partons'
 *       hadrons overlap, so partons are merged into one jet up to Delta R 0.44 instead of the
 *       jet radius 0.4: slightly fewer, harder jets.</li>
 * </ul>
 * The lost momentum becomes unclustered activity, as the nominal out-of-cone loss does.
 *
 * @param outOfConeMeanFactor factor on the mean out-of-cone fraction of {@link ParticleLevel}
 * @param bExtraLoss          extra fraction of a b parton's momentum lost from its jet
 * @param mergeRadius         Delta R within which a parton joins a harder parton's jet
 */
record ColourReconnection(double outOfConeMeanFactor, double bExtraLoss, double mergeRadius) {

    /** The CR of the nominal sample (Pythia 8 CP5 default, MPI-based): the particle level as it is. */
    static final ColourReconnection NOMINAL = new ColourReconnection(1.0, 0.0, ParticleLevel.JET_RADIUS);

    /** CR1, QCD-inspired (ours: out-of-cone mean x 1.1, b-jet response -0.5 %). */
    static final ColourReconnection QCD_INSPIRED = new ColourReconnection(1.1, 0.005, ParticleLevel.JET_RADIUS);

    /** CR2, gluon move (ours: partons merge into one jet up to Delta R 0.44). */
    static final ColourReconnection GLUON_MOVE = new ColourReconnection(1.0, 0.0, 0.44);
}
