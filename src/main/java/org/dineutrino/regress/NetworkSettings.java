package org.dineutrino.regress;

import java.util.List;

/**
 * Architecture of the feed-forward network: each hidden layer is dense, then (optionally) batch
 * normalisation, then LeakyReLU, then (in training) dropout; the output layer is dense and linear
 * with two outputs (x, y).
 *
 * @param hiddenWidths      widths of the hidden layers, input side first (at least one)
 * @param batchNorm         batch normalisation after each hidden dense layer
 * @param batchNormMomentum weight of the old value in the moving averages used at inference,
 *                          mu &lt;- momentum * mu + (1 - momentum) * mu_batch
 * @param dropoutRate       fraction of hidden activations zeroed in training, in [0, 1)
 * @param leakyReluAlpha    slope of LeakyReLU for negative inputs, in [0, 1)
 * @param l2                coefficient lambda of the L2 penalty lambda * sum(W^2) over dense weights
 * @param loss              the robust loss
 * @param huberDelta        transition of the Huber loss, in units of the target scale
 */
public record NetworkSettings(List<Integer> hiddenWidths, boolean batchNorm, double batchNormMomentum,
                              double dropoutRate, double leakyReluAlpha, double l2, LossFunction loss,
                              double huberDelta) {

    public NetworkSettings {
        hiddenWidths = List.copyOf(hiddenWidths);
        if (hiddenWidths.isEmpty() || hiddenWidths.stream().anyMatch(w -> w < 1 || w > 4096)) {
            throw new IllegalArgumentException("hiddenWidths must list 1 or more layer widths in [1, 4096], got "
                    + hiddenWidths);
        }
        requireIn("batchNormMomentum", batchNormMomentum, 0, 1);
        requireIn("dropoutRate", dropoutRate, 0, 1);
        requireIn("leakyReluAlpha", leakyReluAlpha, 0, 1);
        if (!(l2 >= 0) || !(huberDelta > 0) || loss == null) {
            throw new IllegalArgumentException("need l2 >= 0, huberDelta > 0 and a loss, got l2 = " + l2
                    + ", huberDelta = " + huberDelta + ", loss = " + loss);
        }
    }

    private static void requireIn(String name, double v, double lo, double hiExclusive) {
        if (!(v >= lo && v < hiExclusive)) {
            throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hiExclusive + "), got " + v);
        }
    }

    /**
     * Defaults: three hidden layers of 64 (see RegressBenchmark for the time per epoch), batch
     * normalisation with momentum 0.99, dropout 0.1, LeakyReLU slope 0.1, L2 1e-5, log-cosh loss.
     */
    public static NetworkSettings defaults() {
        return new NetworkSettings(List.of(64, 64, 64), true, 0.99, 0.1, 0.1, 1e-5, LossFunction.LOG_COSH, 1.0);
    }
}
