/**
 * The unfolding suite: from reconstructed counts to the particle-level spectrum, with every
 * covariance. Pure numerical code (Commons Math at the API, flat row-major {@code double[]} inside
 * the kernels); nothing here logs or touches storage.
 *
 * <h2>API</h2>
 *
 * <pre>{@code
 * Response response = new Response.Migrations(migrations, missed, null, null); // [reco][truth], [truth]
 * UnfoldInput input = new UnfoldInput(response, data, null, fakes, null, backgrounds, truthBins, recoBins);
 * UnfoldResult r = Unfolder.unfold(input, UnfoldSettings.leastSquares());
 * r.unfolded(); r.covariance(); r.covarianceResponse(); r.purity(); r.stability(); r.efficiency();
 * }</pre>
 *
 * <ul>
 *   <li>{@link org.dineutrino.unfold.Response}: weighted {@code Migrations} (TUnfold's form,
 *       A[r][t] = migrations[r][t]/N[t], N[t] = Σ_r migrations[r][t] + missed[t]) or normalised
 *       {@code Probabilities} (pyunfold's form, A = response × efficiency);
 *   <li>{@link org.dineutrino.unfold.UnfoldInput}: data, data covariance (default diag(data)),
 *       fakes, {@link org.dineutrino.unfold.Background}s, optional {@link
 *       org.dineutrino.unfold.Binning}s;
 *   <li>{@link org.dineutrino.unfold.UnfoldSettings}: method and options, built with {@code
 *       UnfoldSettings.builder(method)};
 *   <li>{@link org.dineutrino.unfold.UnfoldResult}: x, covariances, global correlations, χ², ndf,
 *       τ, iterations, purity/stability/efficiency, τ scan, toys, diagnostics;
 *   <li>{@link org.dineutrino.unfold.BinQuality}: purity, stability and efficiency alone.
 * </ul>
 *
 * Failures are {@link org.dineutrino.unfold.InputDataException} (the input cannot be unfolded:
 * fewer reco than truth bins for least squares, a singular response, an empty truth bin, negative
 * data, mismatched lengths, a covariance that is not symmetric PSD) and {@link
 * org.dineutrino.unfold.NumericalFailureException}; results never hold NaN.
 *
 * <h2>Input vector</h2>
 *
 * y = (data − Σ_b s_b b) × S/(S + F) per reco bin, S = Σ_t A N the reconstructed signal and F the
 * fakes (reconstructed signal-sample events outside the fiducial region), as the reference analysis
 * removes them. V_yy = diag(f) (V_data + Σ_b [diag(s_b²σ_b²) + σ_{s,b}² b bᵀ]) diag(f), with f =
 * S/(S+F); it is inverted by pseudo-inverse (eigen-decomposition, rank reported in the
 * diagnostics).
 *
 * <h2>Methods</h2>
 *
 * <ul>
 *   <li>least squares and Tikhonov (TUnfold, S. Schmitt, JINST 7 (2012) T10003): x = (AᵀV⁺A +
 *       τ²LᵀL)⁻¹ (AᵀV⁺y + τ²LᵀL x₀), x₀ = biasScale × N, optional area constraint Σ(Ax) = Σy; L of
 *       size, derivative or curvature along each axis inside each slice of the other, optionally on
 *       densities (÷ bin area); τ fixed or from a scan (L-curve maximum curvature, minimum average
 *       or maximum global correlation);
 *   <li>bin-by-bin: x = y N/S per bin (same bins at both levels);
 *   <li>iterative D'Agostini with Adye's error propagation, prior truth, uniform or given, a fixed
 *       number of iterations or pyunfold's KS / χ² stopping test.
 * </ul>
 *
 * <h2>Uncertainties</h2>
 *
 * {@code covariance} = D V_yy Dᵀ with D = ∂x/∂y (data statistics and backgrounds); {@code
 * covarianceBackground} its background part; {@code covarianceResponse} the response's MC
 * statistics, Σ_{θ} (∂x/∂θ) σ²_{θ} (∂x/∂θ)ᵀ over every migrations, missed and fakes entry (sumw2
 * errors, default Poisson), linearised exactly with V_yy and the bias held fixed (TUnfoldSys's
 * convention). Global correlations ρ_t = √(1 − 1/(V_tt(V⁻¹)_tt)), χ²_A = (y − Ax)ᵀV⁺(y − Ax), χ²_L
 * = τ²(x − x₀)ᵀLᵀL(x − x₀), ndf = rank V_yy − nTruth (− 1 with the area constraint, TUnfold's
 * count). Toys throw data (Poisson, backgrounds within their errors) and the response (scaled
 * Poisson on every weighted entry) from a truth and report pulls, bias and coverage per bin.
 *
 * <p>Worked examples with independent numbers: {@code TUnfoldReferenceTest}, {@code
 * PyUnfoldReferenceTest}, {@code RooUnfoldReferenceTest} and {@code FakesAndBackgroundsTest}.
 */
package org.dineutrino.unfold;
