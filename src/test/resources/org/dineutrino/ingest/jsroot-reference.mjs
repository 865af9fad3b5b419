// Reference numbers for the ingest tests, computed with an independent ROOT reader:
// JSROOT 7.11.2 (npm package "jsroot", the reader ROOT's own web display uses).
//
//   npm install --ignore-scripts jsroot@7.11.2
//   node jsroot-reference.mjs ../shared/data > jsroot-reference.json
//
// For each file and branch: number of entries, number of values, their sum and the first
// values; plus per-event quantities defined in the test javadoc and computed here from the
// raw branches (prompt neutrinos of W decays, W decay modes, events with >= 2 muons).
import { openFile, TSelector, treeProcess } from 'jsroot';

const dir = process.argv[2] || '../shared/data';

async function branchStats(file, treeName, branches, extra) {
  const f = await openFile(`${dir}/${file}`);
  const tree = await f.readObject(treeName);
  const sel = new TSelector();
  for (const b of branches) sel.addBranch(b);
  const out = { file, tree: treeName, entries: 0, branches: {} };
  for (const b of branches) out.branches[b] = { n: 0, sum: 0, first: [] };
  const state = {};
  sel.Process = function () {
    out.entries++;
    for (const b of branches) {
      const v = this.tgtobj[b];
      const values = (v !== null && typeof v === 'object' && v.length !== undefined) ? Array.from(v, Number) : [Number(v)];
      const s = out.branches[b];
      for (const x of values) {
        if (s.first.length < 4) s.first.push(x);
        s.n++;
        s.sum += x;
      }
    }
    if (extra) extra(this.tgtobj, state);
  };
  await treeProcess(tree, sel);
  if (extra) out.derived = state;
  return out;
}

// Follows children with the same PDG id to the particle's last copy.
function lastCopy(i, id, mother) {
  let current = i;
  for (let step = 0; step < id.length; step++) {
    let next = -1;
    for (let j = 0; j < id.length; j++) if (mother[j] === current && id[j] === id[current]) { next = j; break; }
    if (next < 0) return current;
    current = next;
  }
  return current;
}

function decayOf(w, id, mother) {
  let quarks = false;
  for (let j = 0; j < id.length; j++) {
    if (mother[j] !== w) continue;
    const a = Math.abs(id[j]);
    if (a === 11) return 'ELECTRON';
    if (a === 13) return 'MUON';
    if (a === 15) {
      const tau = lastCopy(j, id, mother);
      let mode = 'TAU_TO_HADRONS';
      for (let k = 0; k < id.length; k++) {
        if (mother[k] !== tau) continue;
        if (Math.abs(id[k]) === 11) mode = 'TAU_TO_ELECTRON';
        if (Math.abs(id[k]) === 13) mode = 'TAU_TO_MUON';
      }
      return mode;
    }
    if (a >= 1 && a <= 5) quarks = true;
  }
  return quarks ? 'HADRONIC' : 'NONE';
}

function genTruth(obj, state) {
  const id = Array.from(obj.GenPart_pdgId), mother = Array.from(obj.GenPart_genPartIdxMother);
  const pt = Array.from(obj.GenPart_pt), phi = Array.from(obj.GenPart_phi);
  let px = 0, py = 0;
  for (let i = 0; i < id.length; i++) {
    const a = Math.abs(id[i]);
    if ((a === 12 || a === 14 || a === 16) && mother[i] >= 0 && Math.abs(id[mother[i]]) === 24) {
      const l = lastCopy(i, id, mother);
      px += pt[l] * Math.cos(phi[l]);
      py += pt[l] * Math.sin(phi[l]);
    }
  }
  state.sumPtNuNu = (state.sumPtNuNu || 0) + Math.hypot(px, py);
  if (state.firstPtNuNu === undefined) state.firstPtNuNu = Math.hypot(px, py);
  state.wDecays = state.wDecays || {};
  for (const sign of [24, -24]) {
    for (let i = 0; i < id.length; i++) {
      if (id[i] !== sign) continue;
      let hasWChild = false;
      for (let j = 0; j < id.length; j++) if (mother[j] === i && id[j] === sign) hasWChild = true;
      if (hasWChild) continue;
      const mode = decayOf(i, id, mother);
      state.wDecays[mode] = (state.wDecays[mode] || 0) + 1;
    }
  }
}

function leptonCounts(obj, state) {
  state.eventsWithTwoMuons = (state.eventsWithTwoMuons || 0) + (obj.nMuon >= 2 ? 1 : 0);
  const id = Array.from(obj.Muon_tightId), iso = Array.from(obj.Muon_pfRelIso04_all);
  for (let i = 0; i < id.length; i++) if (id[i] && iso[i] < 0.15) state.tightMuons = (state.tightMuons || 0) + 1;
  const cutBased = Array.from(obj.Electron_cutBased);
  for (const c of cutBased) if (c >= 4) state.tightElectrons = (state.tightElectrons || 0) + 1;
  const eta = Array.from(obj.Electron_eta), deta = Array.from(obj.Electron_deltaEtaSC);
  for (let i = 0; i < eta.length; i++) state.sumSuperclusterEta = (state.sumSuperclusterEta || 0) + (eta[i] + deta[i]);
}

function jetPt2(obj, state) {
  const px = Array.from(obj.Jet_Px), py = Array.from(obj.Jet_Py);
  for (let i = 0; i < px.length; i++) state.sumJetPt2 = (state.sumJetPt2 || 0) + px[i] * px[i] + py[i] * py[i];
}

const results = [];
results.push(await branchStats('trees/uproot-HZZ-zlib.root', 'events',
  ['NJet', 'Jet_Px', 'Jet_Py', 'Jet_E', 'Jet_ID', 'NMuon', 'Muon_Px', 'Muon_Charge', 'Muon_Iso', 'MET_px',
   'EventWeight', 'NPrimaryVertices', 'triggerIsoMu24'], jetPt2));
results.push(await branchStats('nanoaod/nano_dy.root', 'Events',
  ['nMuon', 'Muon_pt', 'Muon_charge', 'Muon_tightId', 'Muon_pfRelIso04_all', 'Electron_pt', 'Electron_eta',
   'Electron_deltaEtaSC', 'Electron_cutBased', 'Jet_pt', 'genWeight', 'PV_npvs', 'event', 'nGenPart'],
  leptonCounts));
results.push(await branchStats('nanoaod/nano_dy.root', 'Runs', ['genEventSumw_', 'genEventCount_']));
results.push(await branchStats('nanoaod/nanoAOD_2015_CMS_Open_Data_ttbar.root', 'Events',
  ['nMuon', 'Muon_pt', 'Muon_tightId', 'nJet', 'Jet_btagCSVV2', 'MET_pt', 'genWeight', 'GenPart_pdgId',
   'GenPart_genPartIdxMother', 'GenPart_pt', 'GenPart_phi'], genTruth));
results.push(await branchStats('nanoaod/open-data-example.root', 'Events', ['nMuon', 'Muon_pt', 'Muon_charge']));
console.log(JSON.stringify(results, null, 1));
