package org.dineutrino.simulate;

/**
 * The parton luminosity of one event's initial state, sum over channels of c_k [x1 f_a(x1)] [x2 f_b(x2)],
 * evaluated on the x f arrays of {@link Cteq5l#xf} (flavour slots of that class) at the two momentum
 * fractions. It is what the scale and PDF weights of {@link HardScatterWeights} take ratios of, so a
 * channel coefficient that does not depend on the parton densities (a matrix element) only needs to be
 * right up to a common factor.
 */
@FunctionalInterface
interface InitialState {

    /** gg (tt&#772; from gluon fusion). */
    InitialState GLUON_GLUON = (f1, f2) -> f1[Cteq5l.G] * f2[Cteq5l.G];

    /** q qbar summed over the five flavours, both orientations (tt&#772; from q qbar annihilation). */
    InitialState QUARK_ANTIQUARK = TtbarProduction::quarkLuminosity;

    double luminosity(double[] xf1, double[] xf2);

    /** One flavour pair: parton slot1 from beam 1 and slot2 from beam 2 (for a new process). */
    static InitialState pair(int slot1, int slot2) {
        return (f1, f2) -> f1[slot1] * f2[slot2];
    }
}
