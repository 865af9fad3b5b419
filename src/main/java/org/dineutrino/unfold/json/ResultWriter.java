package org.dineutrino.unfold.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.commons.math3.linear.RealMatrix;
import org.dineutrino.unfold.NumericalFailureException;
import org.dineutrino.unfold.UnfoldResult;
import org.dineutrino.unfold.UnfoldSettings;

/** Writes an {@link UnfoldResult} as the output object of {@link UnfoldCaseJson}. */
final class ResultWriter {

    private ResultWriter() {}

    static ObjectNode write(
            ObjectMapper mapper, UnfoldSettings settings, UnfoldResult r, int[] truthShape) {
        ObjectNode out = mapper.createObjectNode();
        out.put("method", methodName(settings.method()));
        if (truthShape != null) {
            ArrayNode shape = out.putArray("shape");
            for (int n : truthShape) {
                shape.add(n);
            }
        }
        vector(out, "unfolded", r.unfolded());
        matrix(out, "covariance", r.covariance());
        matrix(out, "covarianceBackground", r.covarianceBackground());
        matrix(out, "covarianceResponse", r.covarianceResponse());
        vector(out, "rho", r.rho());
        number(out, "rhoAvg", r.rhoAvg());
        number(out, "rhoMax", r.rhoMax());
        number(out, "chi2A", r.chi2A());
        number(out, "chi2L", r.chi2L());
        out.put("ndf", r.ndf());
        number(out, "tau", r.tau());
        out.put("iterations", r.iterations());
        vector(out, "purity", r.purity());
        vector(out, "stability", r.stability());
        vector(out, "efficiency", r.efficiency());
        if (!r.scan().isEmpty()) {
            scan(out, r);
        }
        if (r.toys() != null) {
            toys(out, r.toys());
        }
        ObjectNode diagnostics = out.putObject("diagnostics");
        diagnostics.put("rankDataCovariance", r.diagnostics().rankDataCovariance());
        number(diagnostics, "conditionNumber", r.diagnostics().conditionNumber());
        diagnostics.put("rankUnfoldedCovariance", r.diagnostics().rankUnfoldedCovariance());
        return out;
    }

    static String methodName(UnfoldSettings.Method method) {
        return method.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static void scan(ObjectNode out, UnfoldResult r) {
        ArrayNode scan = out.putArray("scan");
        for (UnfoldResult.ScanPoint p : r.scan()) {
            ObjectNode point = scan.addObject();
            number(point, "tau", p.tau());
            number(point, "lcurveX", p.lcurveX());
            number(point, "lcurveY", p.lcurveY());
            number(point, "rhoAvg", p.rhoAvg());
            number(point, "rhoMax", p.rhoMax());
        }
    }

    private static void toys(ObjectNode out, UnfoldResult.ToySummary toys) {
        out.put("toys", toys.nToys());
        out.put("toysFailed", toys.nFailed());
        out.put("seed", toys.seed());
        vector(out, "toyTruth", toys.truth());
        vector(out, "pullMean", toys.pullMean());
        vector(out, "pullWidth", toys.pullWidth());
        vector(out, "coverage", toys.coverage());
        vector(out, "toyBias", toys.bias());
    }

    /**
     * A finite number; a non-finite one is a bug upstream and fails loudly instead of writing NaN.
     */
    private static void number(ObjectNode out, String field, double value) {
        if (!Double.isFinite(value)) {
            throw new NumericalFailureException(
                    "output `" +
                            field +
                            "` is " +
                            value +
                            "; the unfolding produced a non-finite value, which it must not:" +
                            " please report the case");
        }
        out.put(field, value);
    }

    private static void vector(ObjectNode out, String field, double[] values) {
        if (values == null) {
            out.putNull(field);
            return;
        }
        ArrayNode array = out.putArray(field);
        for (int i = 0; i < values.length; i++) {
            requireFinite(field + "[" + i + "]", values[i]);
            array.add(values[i]);
        }
    }

    private static void matrix(ObjectNode out, String field, RealMatrix m) {
        ArrayNode rows = out.putArray(field);
        for (int i = 0; i < m.getRowDimension(); i++) {
            ArrayNode row = rows.addArray();
            for (int j = 0; j < m.getColumnDimension(); j++) {
                requireFinite(field + "[" + i + "][" + j + "]", m.getEntry(i, j));
                row.add(m.getEntry(i, j));
            }
        }
    }

    private static void requireFinite(String where, double value) {
        if (!Double.isFinite(value)) {
            throw new NumericalFailureException(
                    "output `" +
                            where +
                            "` is " +
                            value +
                            "; the unfolding produced a non-finite value, which it must not:" +
                            " please report the case");
        }
    }
}
