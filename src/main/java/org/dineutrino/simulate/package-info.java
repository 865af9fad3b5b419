/**
 * The built-in event simulation: tt&#772;, tW and Drell-Yan at 13 TeV with particle-level truth
 * and a parametrised CMS Run-2-like detector, so that the analysis runs end to end with nothing
 * downloaded.
 *
 * <p>Entry point: {@link org.dineutrino.simulate.Simulation#simulate}, which hands batches of
 * kept events with the columns of {@link org.dineutrino.event.Columns#SIMULATED} to a sink and
 * returns a {@link org.dineutrino.simulate.SimulationSummary} (cross section, sum of generator
 * weights of every generated event, counts, seed, version). Processes and their cross sections
 * are {@link org.dineutrino.simulate.SimProcess}.
 *
 * <p>Steps, one class each: LO hard processes ({@code TtbarProduction}, {@code TwProduction} with
 * {@code TwMatrixElement}, {@code DrellYanProduction}) on CTEQ5L ({@code Cteq5l}, {@code PdfTable});
 * decays with W helicity and tt&#772; spin correlations ({@code Decays}, {@code SpinCorrelation},
 * {@code WDecays}); recoil and ISR ({@code Recoil}); b-quark FSR, fragmentation and semileptonic
 * decays ({@code GluonRadiation}, {@code HeavyFlavourDecays}); particle level ({@code ParticleLevel});
 * pileup ({@code Pileup}); detector ({@code Detector}, {@code JetResolution}, {@code BTagging});
 * shifted-object variations from a random stream of their own ({@code ObjectShifts}); preselection
 * ({@code Preselection}); the weight variations of each kept event ({@code EventWeights} with
 * {@code ScaleFactorWeights}, {@code PileupReweighting}, {@code HardScatterWeights} and
 * {@code InitialState}, {@code ShowerWeights}, {@code TopPtReweighting}); the per-event pipeline
 * ({@code EventGenerator}) and the column writer ({@code ColumnBuffers}).
 *
 * <p>It is a model, not the collaboration's simulation. What it models and what it does not,
 * which parameters are choices of ours, and how it compares with published distributions are
 * in {@code docs/SIMULATION.md}; the physics inputs and their sources are in
 * {@code shared/physics/SIMULATION-PHYSICS.md}. Units are those of {@link org.dineutrino.event}.
 * Nothing here logs or touches the database.
 */
package org.dineutrino.simulate;
