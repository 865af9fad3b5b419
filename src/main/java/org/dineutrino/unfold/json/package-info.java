/**
 * The unfold case as JSON, for {@code dineutrino unfold --input case.json --output out.json} and
 * {@code POST /api/unfold}: {@link org.dineutrino.unfold.json.UnfoldCaseJson#unfold(String)}.
 *
 * <h2>Input</h2>
 *
 * Arrays are [reco][truth] for matrices; 2D vectors run p_T^νν fastest. Unknown fields are an error
 * (a misspelt option is never ignored).
 *
 * <pre>
 * response, either
 *   "migrations": [[..]], "missed": [..]            weighted counts; A = migrations / (Σ_r migrations + missed)
 *   "migrationErrors": [[..]], "missedErrors": [..]  optional sumw2 errors (default Poisson, √value)
 * or
 *   "response": [[..]], "efficiency": [..], "truth": [..]   A = response × efficiency (pyunfold)
 *   "responseErrors": [[..]], "efficiencyErrors": [..]      optional; without responseErrors the
 *                                        columns are multinomial with (ε/σ_ε)² simulated events
 * "data": [..]                           observed counts, ≥ 0
 * "dataCovariance": [[..]]               optional, default diag(data)
 * "fakes": [..], "fakesErrors": [..]     optional; data scaled by S/(S+fakes), S = Σ_t A[r][t] truth[t]
 * "backgrounds": [{"name": "dy", "values": [..], "errors": [..], "scale": 1.0, "scaleError": 0.2}]
 *                                        subtracted as scale × values; errors uncorrelated (× scale),
 *                                        scaleError an absolute uncertainty of scale (correlated)
 * "edges": {"truth": AXES, "reco": AXES} optional; AXES is one array of edges (1D) or a list of axes,
 *                                        each an array of edges or {"name", "edges", "overflow": true};
 *                                        an overflow bin's last edge is a finite nominal value that
 *                                        density mode uses. Needed for density mode, 2D regularisation
 *                                        and for purity/stability when nReco ≠ nTruth.
 * "shape": {"truth": [4, 3], "reco": [8, 6]}   optional check of the edges' bin counts
 * "method": "least-squares" | "tikhonov" | "bin-by-bin" | "iterative"
 * "areaConstraint": false                least-squares, tikhonov
 * "regularisation": "curvature"          tikhonov: "size" | "derivative" | "curvature"
 * "density": "none"                      tikhonov: "none" | "bin-width"
 * "tau": 0.003 | "lcurve" | "rho-avg" | "rho-max"   tikhonov; default 0
 * "tauMin", "tauMax", "tauPoints": 50    scan range (both 0: automatic, TUnfold's guess) and points
 * "biasScale": 1.0                       tikhonov: bias = biasScale × truth of the response
 * "iterations": 4                        iterative: fixed number, or
 * "stopping": {"test": "ks" | "chi2", "tolerance": 0.01, "maxIterations": 100}   (the default)
 * "prior": "truth" | "uniform" | [..]    iterative; default truth
 * "toys": 0, "seed": 1                   toy experiments (Poisson on data and on the response)
 * "toysOnResponse": true, "toyTruth": "response-truth" | "unfolded" | [..]
 * </pre>
 *
 * <h2>Output</h2>
 *
 * <pre>
 * "method", "shape" (truth, when edges are given)
 * "unfolded": [..]                       per truth bin (events)
 * "covariance": [[..]]                   input statistics, backgrounds included
 * "covarianceBackground": [[..]]         the backgrounds' part of covariance
 * "covarianceResponse": [[..]]           response MC statistics
 * "rho", "rhoAvg", "rhoMax"              global correlation coefficients of covariance
 * "chi2A", "chi2L", "ndf", "tau", "iterations"
 * "purity", "stability", "efficiency"    per truth bin (purity/stability null without a bin mapping)
 * "scan": [{"tau", "lcurveX", "lcurveY", "rhoAvg", "rhoMax"}]    with a τ scan;
 *                                        lcurveX = log10 χ²_A, lcurveY = log10 (x − bias)ᵀLᵀL(x − bias)
 * "toys", "toysFailed", "seed", "toyTruth", "pullMean", "pullWidth", "coverage", "toyBias"   with toys
 * "diagnostics": {"rankDataCovariance", "conditionNumber", "rankUnfoldedCovariance"}
 * </pre>
 *
 * Input that cannot be unfolded gives {@code {"error": "..."}} with what is wrong, where, and the
 * fix. Limits: {@value org.dineutrino.unfold.json.UnfoldCaseJson#MAX_INPUT_CHARS} characters,
 * {@value org.dineutrino.unfold.json.UnfoldCaseJson#MAX_RECO_BINS} reco and {@value
 * org.dineutrino.unfold.json.UnfoldCaseJson#MAX_TRUTH_BINS} truth bins, 100000 toys, 10000 scan
 * points.
 */
package org.dineutrino.unfold.json;
