/**
 * The columnar event model: a batch of events as primitive arrays, with jagged
 * collections (jets, leptons) as a count column plus value columns, as NanoAOD
 * stores them.
 *
 * <p>Units, stated once for the whole application: energy, momentum and mass in
 * GeV; angles in rad; pseudorapidity dimensionless; cross sections in pb;
 * integrated luminosity in fb<sup>-1</sup>. Every importer converts to these on input.
 */
package org.dineutrino.event;
