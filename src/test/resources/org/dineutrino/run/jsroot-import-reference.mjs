// Reference numbers for the import integration tests (org.dineutrino.run.ImportServiceTest,
// OpenDataCutflowTest), computed from the raw branches with an independent ROOT reader:
// JSROOT 7.11.2 (npm package "jsroot", the reader of ROOT's own web display), Node.js 20.
// Nothing here uses the application's code.
//
//   mkdir /tmp/jsroot-ref && cd /tmp/jsroot-ref            (outside the repository)
//   npm install --ignore-scripts jsroot@7.11.2
//   cp <repo>/src/test/resources/org/dineutrino/run/jsroot-import-reference.mjs .
//   node jsroot-import-reference.mjs <repo>/../shared/data \
//       > <repo>/src/test/resources/org/dineutrino/run/jsroot-import-reference.json
//
// Part 1, "files": per NanoAOD file the number of entries and, per branch, the number of
// values and their sum; per-event quantities the event model derives (tight leptons,
// supercluster eta) are recomputed here from the raw branches by the definitions the tests'
// javadoc states.
//
// Part 2, "cutflows": the reconstruction-level selection of the analysis (DESIGN.md,
// "Selection and observables"), applied event by event to the raw branches of
// nanoAOD_2015_CMS_Open_Data_ttbar.root (with two muon ID flags) and of nano_dy.root, with
// the raw event count after every step, per channel (ee, mumu, emu) and in total.
import { openFile, TSelector, treeProcess } from 'jsroot';

const dir = process.argv[2] || '../shared/data';

/** Reads every entry of a tree with the given branches; calls perEvent(values) for each. */
async function scan(file, treeName, branches, perEvent) {
  const f = await openFile(`${dir}/${file}`);
  const tree = await f.readObject(treeName);
  const sel = new TSelector();
  for (const b of branches) sel.addBranch(b);
  let entries = 0;
  sel.Process = function () {
    entries++;
    perEvent(this.tgtobj);
  };
  await treeProcess(tree, sel);
  return entries;
}

const asArray = (v) => (v !== null && typeof v === 'object' && v.length !== undefined)
  ? Array.from(v, Number) : [Number(v)];

/** Number of values and their plain sum per branch, plus derived sums from `extra`. */
async function branchSums(file, treeName, branches, extra) {
  const sums = {};
  for (const b of branches) sums[b] = { n: 0, sum: 0 };
  const derived = {};
  const entries = await scan(file, treeName, branches, (obj) => {
    for (const b of branches) {
      for (const x of asArray(obj[b])) {
        sums[b].n++;
        sums[b].sum += x;
      }
    }
    if (extra) extra(obj, derived);
  });
  return { entries, branches: sums, derived };
}

// ---- Part 1 -----------------------------------------------------------------------------

const TIGHT_MUON_ISO = 0.15; // Muon_pfRelIso04_all below this, with the ID flag set
const TIGHT_ELECTRON_CUT_BASED = 4; // Electron_cutBased: 0 fail, 1 veto, 2 loose, 3 medium, 4 tight

function leptonDerived(obj, d) {
  const id = asArray(obj.Muon_tightId), iso = asArray(obj.Muon_pfRelIso04_all);
  let tightMuons = 0;
  for (let i = 0; i < id.length; i++) if (id[i] !== 0 && iso[i] < TIGHT_MUON_ISO) tightMuons++;
  d.tightMuons = (d.tightMuons || 0) + tightMuons;
  if (obj.Muon_isPFcand !== undefined) {
    const pf = asArray(obj.Muon_isPFcand);
    let pfIsolated = 0;
    for (let i = 0; i < pf.length; i++) if (pf[i] !== 0 && iso[i] < TIGHT_MUON_ISO) pfIsolated++;
    d.isolatedPfCandidateMuons = (d.isolatedPfCandidateMuons || 0) + pfIsolated;
  }
  let tightElectrons = 0;
  for (const c of asArray(obj.Electron_cutBased)) if (c >= TIGHT_ELECTRON_CUT_BASED) tightElectrons++;
  d.tightElectrons = (d.tightElectrons || 0) + tightElectrons;
  const eta = asArray(obj.Electron_eta), dEtaSc = asArray(obj.Electron_deltaEtaSC);
  for (let i = 0; i < eta.length; i++) d.sumSuperclusterEta = (d.sumSuperclusterEta || 0) + eta[i] + dEtaSc[i];
}

/** Generator particles by kind: the file named ttbar holds W bosons and no top quark. */
function generatorDerived(obj, d) {
  leptonDerived(obj, d);
  let tops = 0, ws = 0;
  for (const id of asArray(obj.GenPart_pdgId)) {
    if (Math.abs(id) === 6) tops++;
    if (Math.abs(id) === 24) ws++;
  }
  d.eventsWithTopQuark = (d.eventsWithTopQuark || 0) + (tops > 0 ? 1 : 0);
  d.eventsWithWBoson = (d.eventsWithWBoson || 0) + (ws > 0 ? 1 : 0);
}

const NANO_BRANCHES = ['nMuon', 'Muon_pt', 'Muon_eta', 'Muon_charge', 'nElectron', 'Electron_pt',
  'Electron_phi', 'Electron_cutBased', 'nJet', 'Jet_pt', 'Jet_eta', 'MET_pt', 'MET_phi', 'PuppiMET_pt',
  'GenMET_pt', 'genWeight', 'PV_npvs'];
const LEPTON_ID_BRANCHES = ['Muon_tightId', 'Muon_pfRelIso04_all', 'Electron_eta', 'Electron_deltaEtaSC'];

const files = {};
files['nanoaod/nano_dy.root'] = await branchSums('nanoaod/nano_dy.root', 'Events',
  [...NANO_BRANCHES, 'Jet_btagDeepFlavB', 'Jet_btagCSVV2', ...LEPTON_ID_BRANCHES], leptonDerived);
files['nanoaod/nano_dy.root'].runs = (await branchSums('nanoaod/nano_dy.root', 'Runs',
  ['genEventSumw_'])).branches;
files['nanoaod/nanoAOD_2015_CMS_Open_Data_ttbar.root'] = await branchSums(
  'nanoaod/nanoAOD_2015_CMS_Open_Data_ttbar.root', 'Events',
  [...NANO_BRANCHES, 'Jet_btagCSVV2', 'Muon_isPFcand', 'GenPart_pdgId', ...LEPTON_ID_BRANCHES],
  generatorDerived);
files['nanoaod/open-data-example.root'] = await branchSums('nanoaod/open-data-example.root', 'Events',
  ['nMuon', 'Muon_pt', 'Muon_eta', 'Muon_phi', 'Muon_charge']);

// ---- Part 2 -----------------------------------------------------------------------------

// The cuts of the selection (DESIGN.md defaults; b-tag: CSVv2 loose working point 0.5426,
// CMS BTV 2016, since only Jet_btagCSVV2 is filled in this file).
const CUTS = {
  leadingPt: 25, subleadingPt: 20, absEta: 2.4, gapLow: 1.4442, gapHigh: 1.566, vetoPt: 15,
  mllMin: 20, zLow: 76, zHigh: 106, metMinSF: 40, jetPt: 30, jetAbsEta: 2.4, jetLeptonDR: 0.4,
  minJets: 2, minBJets: 1, bTag: 0.5426,
};
const STEPS = ['DILEPTON', 'THIRD_LEPTON_VETO', 'MLL', 'Z_VETO', 'MET', 'JETS', 'BTAG'];
const CHANNELS = ['ee', 'mumu', 'emu'];

function wrapPhi(d) {
  let x = d;
  while (x > Math.PI) x -= 2 * Math.PI;
  while (x < -Math.PI) x += 2 * Math.PI;
  return x;
}

function deltaR(eta1, phi1, eta2, phi2) {
  return Math.hypot(eta1 - eta2, wrapPhi(phi1 - phi2));
}

/** Invariant mass of two massless leptons from their summed four-momenta. */
function pairMass(a, b) {
  const p = (l) => ({ x: l.pt * Math.cos(l.phi), y: l.pt * Math.sin(l.phi), z: l.pt * Math.sinh(l.eta),
    e: l.pt * Math.cosh(l.eta) });
  const u = p(a), v = p(b);
  const m2 = (u.e + v.e) ** 2 - (u.x + v.x) ** 2 - (u.y + v.y) ** 2 - (u.z + v.z) ** 2;
  return Math.sqrt(Math.max(0, m2));
}

/**
 * Tight leptons in acceptance. Muons: ID flag (the branch named by muonIdBranch) set,
 * Muon_pfRelIso04_all < 0.15, |eta| < 2.4. Electrons: Electron_cutBased >= 4 and the
 * supercluster eta (Electron_eta + Electron_deltaEtaSC) with |eta_SC| < 2.4 outside the gap
 * 1.4442 < |eta_SC| < 1.566; the event model keeps eta_SC as the electron's eta, so eta_SC is
 * also what m_ll and Delta R(jet, lepton) use.
 */
function tightLeptons(obj, muonIdBranch) {
  const out = [];
  const mPt = asArray(obj.Muon_pt), mEta = asArray(obj.Muon_eta), mPhi = asArray(obj.Muon_phi);
  const mQ = asArray(obj.Muon_charge), mId = asArray(obj[muonIdBranch]), mIso = asArray(obj.Muon_pfRelIso04_all);
  for (let i = 0; i < mPt.length; i++) {
    if (mId[i] !== 0 && mIso[i] < TIGHT_MUON_ISO && Math.abs(mEta[i]) < CUTS.absEta) {
      out.push({ pt: mPt[i], eta: mEta[i], phi: mPhi[i], q: mQ[i], muon: true });
    }
  }
  const ePt = asArray(obj.Electron_pt), eEta = asArray(obj.Electron_eta), eDEta = asArray(obj.Electron_deltaEtaSC);
  const ePhi = asArray(obj.Electron_phi), eQ = asArray(obj.Electron_charge), eId = asArray(obj.Electron_cutBased);
  for (let i = 0; i < ePt.length; i++) {
    const etaSc = eEta[i] + eDEta[i];
    const a = Math.abs(etaSc);
    if (eId[i] >= TIGHT_ELECTRON_CUT_BASED && a < CUTS.absEta && !(a > CUTS.gapLow && a < CUTS.gapHigh)) {
      out.push({ pt: ePt[i], eta: etaSc, phi: ePhi[i], q: eQ[i], muon: false });
    }
  }
  return out.sort((l, m) => m.pt - l.pt);
}

/** Number of consecutive steps of STEPS the event passes, and its channel (or null). */
function selectEvent(obj, muonIdBranch, metBranch) {
  const leptons = tightLeptons(obj, muonIdBranch);
  if (leptons.length < 2) return { steps: 0, channel: null };
  const [l1, l2] = leptons;
  const channel = l1.muon && l2.muon ? 'mumu' : (l1.muon || l2.muon ? 'emu' : 'ee');
  const sameFlavour = channel !== 'emu';
  const mll = pairMass(l1, l2);
  const met = Number(obj[metBranch]);
  const jPt = asArray(obj.Jet_pt), jEta = asArray(obj.Jet_eta), jPhi = asArray(obj.Jet_phi);
  const jB = asArray(obj.Jet_btagCSVV2);
  let nJets = 0, nB = 0;
  for (let k = 0; k < jPt.length; k++) {
    const clean = deltaR(jEta[k], jPhi[k], l1.eta, l1.phi) > CUTS.jetLeptonDR
      && deltaR(jEta[k], jPhi[k], l2.eta, l2.phi) > CUTS.jetLeptonDR;
    if (jPt[k] > CUTS.jetPt && Math.abs(jEta[k]) < CUTS.jetAbsEta && clean) {
      nJets++;
      if (jB[k] > CUTS.bTag) nB++;
    }
  }
  const pass = [
    l1.pt >= CUTS.leadingPt && l2.pt >= CUTS.subleadingPt && l1.q * l2.q < 0,
    leptons.filter((l) => l.pt > CUTS.vetoPt).length <= 2,
    mll > CUTS.mllMin,
    !sameFlavour || mll <= CUTS.zLow || mll >= CUTS.zHigh,
    !sameFlavour || met >= CUTS.metMinSF,
    nJets >= CUTS.minJets,
    nB >= CUTS.minBJets,
  ];
  let steps = 0;
  while (steps < pass.length && pass[steps]) steps++;
  return { steps, channel };
}

/** counts[row][channel]: row 0 every event (total only), row s the events passing steps 1..s. */
async function cutflow(file, muonIdBranch, metBranch) {
  const counts = [{ total: 0 }];
  for (const s of STEPS) {
    const row = { total: 0 };
    for (const c of CHANNELS) row[c] = 0;
    counts.push(row);
  }
  const branches = ['Muon_pt', 'Muon_eta', 'Muon_phi', 'Muon_charge', 'Muon_pfRelIso04_all', muonIdBranch,
    'Electron_pt', 'Electron_eta', 'Electron_deltaEtaSC', 'Electron_phi', 'Electron_charge',
    'Electron_cutBased', 'Jet_pt', 'Jet_eta', 'Jet_phi', 'Jet_btagCSVV2', metBranch];
  await scan(file, 'Events', branches, (obj) => {
    counts[0].total++;
    const r = selectEvent(obj, muonIdBranch, metBranch);
    for (let s = 1; s <= r.steps; s++) {
      counts[s][r.channel]++;
      counts[s].total++;
    }
  });
  return { file, muonIdBranch, metBranch, cuts: CUTS, steps: ['ALL', ...STEPS], counts };
}

const WJETS = 'nanoaod/nanoAOD_2015_CMS_Open_Data_ttbar.root';
const cutflows = {
  // Muon_tightId is false for every muon of the file: only ee pairs could pass.
  wjetsTightId: await cutflow(WJETS, 'Muon_tightId', 'PuppiMET_pt'),
  // Muon_looseId and Muon_mediumId are false throughout too; Muon_isPFcand (a particle-flow muon,
  // the core of CMS's loose muon ID) is the one muon ID flag the file fills.
  wjetsPfCandidate: await cutflow(WJETS, 'Muon_isPFcand', 'PuppiMET_pt'),
  // Drell-Yan: the one shared file with opposite-charge lepton pairs.
  dy: await cutflow('nanoaod/nano_dy.root', 'Muon_tightId', 'PuppiMET_pt'),
};

console.log(JSON.stringify({ tool: 'JSROOT 7.11.2, Node.js ' + process.version, files, cutflows }, null, 1));
