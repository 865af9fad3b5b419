package org.dineutrino.regress;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.framework.initializers.Glorot;
import org.tensorflow.framework.initializers.He;
import org.tensorflow.framework.initializers.VarianceScaling;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.nn.LeakyRelu;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * The TensorFlow graph of the regression network, built from plain ops (TF Java has no layers).
 *
 * <p>One set of variables feeds two paths from the {@value #INPUT} placeholder: the training path
 * (batch statistics in batch normalisation, dropout) whose loss Adam minimises, and the inference
 * path (moving averages, no dropout) that gives {@value #OUTPUT} and the validation loss. Per
 * hidden layer l: h_l = dropout(LeakyReLU(BN(h_{l-1} W_l))) with BN(z) = gamma (z - mu) /
 * sqrt(sigma^2 + eps) + beta (or h_{l-1} W_l + b_l without batch normalisation); output
 * y = h_L W_out + b_out. Loss: sum_i w_i sum_k rho(y_ik - t_ik) / sum_i w_i + lambda sum_l |W_l|^2.
 */
final class MetNetwork implements AutoCloseable {

    /** Name of the feature placeholder: [n, nFeatures] standardised features. */
    static final String INPUT = "features";

    /** Name of the prediction: [n, 2] (x, y) in units of the target scale. */
    static final String OUTPUT = "prediction";

    static final int N_OUTPUTS = 2;

    /** Variance offset of batch normalisation, 1e-3 as in Keras' BatchNormalization default. */
    static final float BATCH_NORM_EPSILON = 1e-3f;

    /** Adam's decay rates and epsilon: beta1 0.9, beta2 0.999 (Kingma and Ba), epsilon 1e-7 (Keras). */
    static final float ADAM_BETA1 = 0.9f;
    static final float ADAM_BETA2 = 0.999f;
    static final float ADAM_EPSILON = 1e-7f;

    final Graph graph = new Graph();
    final Placeholder<TFloat32> features;
    final Placeholder<TFloat32> targets;
    final Placeholder<TFloat32> weights;
    /** Seed pair of the stateless dropout masks, fed per training step: {seed, step}. */
    final Placeholder<TInt64> dropoutSeed;
    /** beta1^t and beta2^t of Adam's bias correction, fed per step (t = 1, 2, ...). */
    final Placeholder<TFloat32> beta1Power;
    final Placeholder<TFloat32> beta2Power;
    final Operand<TFloat32> prediction;
    /** Weighted mean data loss of a batch on the training path (what the epoch loss averages). */
    final Operand<TFloat32> trainingLoss;
    /** sum_i w_i loss_i on the inference path, to accumulate over validation chunks. */
    final Operand<TFloat32> weightedLossSum;
    final Operand<TFloat32> weightSum;
    final Op trainStep;
    /** The variables that define the model (weights, BN parameters and moving averages). */
    final List<Variable<TFloat32>> state = new ArrayList<>();
    final List<Placeholder<TFloat32>> stateFeeds = new ArrayList<>();
    final List<Op> stateAssigns = new ArrayList<>();

    private final Ops tf;
    private final NetworkSettings net;
    private final long seed;
    private final List<Layer> layers = new ArrayList<>();
    private final List<Op> movingAverageUpdates = new ArrayList<>();

    /** Variables of one dense layer; gamma, beta and the moving averages are null without BN. */
    private record Layer(Variable<TFloat32> w, Variable<TFloat32> b, Variable<TFloat32> gamma,
                         Variable<TFloat32> beta, Variable<TFloat32> movingMean, Variable<TFloat32> movingVar) {
    }

    MetNetwork(int nFeatures, NetworkSettings net, float learningRate, long seed) {
        this.tf = Ops.create(graph);
        this.net = net;
        this.seed = seed;
        features = tf.withName(INPUT).placeholder(TFloat32.class);
        targets = tf.withName("targets").placeholder(TFloat32.class);
        weights = tf.withName("weights").placeholder(TFloat32.class);
        dropoutSeed = tf.withName("dropout_seed").placeholder(TInt64.class);
        beta1Power = tf.withName("adam_beta1_power").placeholder(TFloat32.class);
        beta2Power = tf.withName("adam_beta2_power").placeholder(TFloat32.class);
        createLayers(nFeatures);

        Operand<TFloat32> trainOut = forward(true);
        prediction = tf.withName(OUTPUT).identity(forward(false));
        trainingLoss = weightedMean(perEventLoss(trainOut));
        Operand<TFloat32> inferenceLoss = perEventLoss(prediction);
        weightedLossSum = tf.sum(tf.math.mul(weights, inferenceLoss), tf.constant(0));
        weightSum = tf.sum(weights, tf.constant(0));

        Op adamStep = adamStep(tf.math.add(trainingLoss, l2Penalty()), learningRate);
        List<Op> all = new ArrayList<>(movingAverageUpdates);
        all.add(adamStep);
        trainStep = tf.withControlDependencies(all).withName("train_step").noOp();
        createStateAssigns();
    }

    /**
     * One Adam step (Kingma and Ba, arXiv:1412.6980, algorithm 1) on the trainable variables,
     * with TensorFlow's ApplyAdam kernel: m &lt;- b1 m + (1 - b1) g, v &lt;- b2 v + (1 - b2) g^2,
     * theta &lt;- theta - lr sqrt(1 - b2^t) / (1 - b1^t) m / (sqrt(v) + eps).
     *
     * <p>Wired here rather than with tensorflow-framework's Adam because that one (1.1.0) assigns
     * its b^t variables without waiting for the variable updates, a race that makes training
     * irreproducible; here b1^t and b2^t are fed per step. The updates also wait for all gradients:
     * the passes read the reference variables without a copy, so an early update would change what
     * a later gradient reads.
     */
    @SuppressWarnings("unchecked")
    private Op adamStep(Operand<TFloat32> objective, float learningRate) {
        List<Variable<TFloat32>> trainable = trainableVariables();
        Output<?>[] xs = new Output<?>[trainable.size()];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = trainable.get(k).asOutput();
        }
        Output<?>[] gradients = graph.addGradients(objective.asOutput(), xs);
        List<Op> computed = new ArrayList<>();
        for (Output<?> g : gradients) {
            computed.add(tf.identity((Output<TFloat32>) g));
        }
        Ops afterAll = tf.withControlDependencies(computed);
        List<Op> updates = new ArrayList<>();
        for (int k = 0; k < gradients.length; k++) {
            Variable<TFloat32> v = trainable.get(k);
            updates.add(afterAll.train.applyAdam(v, zerosLike(v), zerosLike(v), beta1Power, beta2Power,
                    tf.constant(learningRate), tf.constant(ADAM_BETA1), tf.constant(ADAM_BETA2),
                    tf.constant(ADAM_EPSILON), afterAll.identity((Output<TFloat32>) gradients[k])));
        }
        return tf.withControlDependencies(updates).noOp();
    }

    private List<Variable<TFloat32>> trainableVariables() {
        List<Variable<TFloat32>> trainable = new ArrayList<>();
        for (Layer layer : layers) {
            trainable.addAll(java.util.Arrays.asList(layer.w(), layer.b(), layer.gamma(), layer.beta()));
        }
        trainable.removeIf(java.util.Objects::isNull);
        return trainable;
    }

    /** An Adam moment slot: a variable of v's shape starting at zero (not part of the model state). */
    private Variable<TFloat32> zerosLike(Variable<TFloat32> v) {
        Ops initOps = tf.withInitScope();
        return tf.variable(initOps.zeros(initOps.constant(v.shape()), TFloat32.class));
    }

    private void createLayers(int nFeatures) {
        int in = nFeatures;
        int index = 0;
        for (int width : net.hiddenWidths()) {
            layers.add(layer(in, width, index++, true));
            in = width;
        }
        layers.add(layer(in, N_OUTPUTS, index, false));
    }

    /** He-normal weights for LeakyReLU layers, Glorot-uniform for the linear output; seeded per layer. */
    private Layer layer(int in, int out, int index, boolean hidden) {
        long layerSeed = seed * 1009 + index;
        VarianceScaling<TFloat32> init = hidden
                ? new He<>(VarianceScaling.Distribution.TRUNCATED_NORMAL, layerSeed)
                : new Glorot<>(VarianceScaling.Distribution.UNIFORM, layerSeed);
        Ops initOps = tf.withInitScope();
        Variable<TFloat32> w = track(tf.variable(init.call(initOps, initOps.constant(Shape.of(in, out)),
                TFloat32.class)));
        if (hidden && net.batchNorm()) {
            return new Layer(w, null, track(filled(out, 1f)), track(filled(out, 0f)), track(filled(out, 0f)),
                    track(filled(out, 1f)));
        }
        return new Layer(w, track(filled(out, 0f)), null, null, null, null);
    }

    private Variable<TFloat32> filled(int n, float value) {
        Ops initOps = tf.withInitScope();
        return tf.variable(initOps.fill(initOps.constant(new int[] {n}), initOps.constant(value)));
    }

    private Variable<TFloat32> track(Variable<TFloat32> v) {
        state.add(v);
        return v;
    }

    /**
     * The value of a variable as a plain tensor. The C++ gradients of Mul and Square crash on the
     * reference-typed output of a Variable op (TF Java 1.1.0), so every use goes through Identity.
     */
    private Operand<TFloat32> read(Variable<TFloat32> v) {
        return tf.identity(v);
    }

    /** The network on the feature placeholder, in training or in inference mode. */
    private Operand<TFloat32> forward(boolean training) {
        Operand<TFloat32> h = features;
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            Operand<TFloat32> z = tf.linalg.matMul(h, read(layer.w()));
            if (l == layers.size() - 1) {
                return tf.math.add(z, read(layer.b()));
            }
            z = layer.gamma() != null ? batchNorm(z, layer, training) : tf.math.add(z, read(layer.b()));
            h = tf.nn.leakyRelu(z, LeakyRelu.alpha((float) net.leakyReluAlpha()));
            if (training && net.dropoutRate() > 0) {
                h = dropout(h, l);
            }
        }
        throw new IllegalStateException("network without an output layer");
    }

    /**
     * Batch normalisation: batch mean and variance in training (and an update of the moving
     * averages), the moving averages at inference.
     */
    private Operand<TFloat32> batchNorm(Operand<TFloat32> z, Layer layer, boolean training) {
        Operand<TFloat32> mean = read(layer.movingMean());
        Operand<TFloat32> var = read(layer.movingVar());
        if (training) {
            mean = tf.math.mean(z, tf.constant(0));
            var = tf.math.mean(tf.math.squaredDifference(z, mean), tf.constant(0));
            movingAverageUpdates.add(movingAverage(layer.movingMean(), mean));
            movingAverageUpdates.add(movingAverage(layer.movingVar(), var));
        }
        Operand<TFloat32> scale = tf.math.mul(read(layer.gamma()),
                tf.math.rsqrt(tf.math.add(var, tf.constant(BATCH_NORM_EPSILON))));
        return tf.math.add(tf.math.mul(tf.math.sub(z, mean), scale), read(layer.beta()));
    }

    private Op movingAverage(Variable<TFloat32> moving, Operand<TFloat32> batchValue) {
        float m = (float) net.batchNormMomentum();
        return tf.assign(moving, tf.math.add(tf.math.mul(read(moving), tf.constant(m)),
                tf.math.mul(batchValue, tf.constant(1f - m))));
    }

    /**
     * Inverted dropout: keep each activation with probability 1 - rate and scale it by
     * 1 / (1 - rate). The mask comes from a stateless generator seeded with {seed, step} plus the
     * layer index, so it depends only on the training seed and the step, not on kernel state.
     */
    private Operand<TFloat32> dropout(Operand<TFloat32> h, int layerIndex) {
        float rate = (float) net.dropoutRate();
        Operand<TInt64> layerSeed = tf.math.add(dropoutSeed, tf.constant(new long[] {0, (layerIndex + 1L) << 32}));
        Operand<TFloat32> u = tf.random.statelessRandomUniform(tf.shape(h), layerSeed, TFloat32.class);
        Operand<TFloat32> keep = tf.dtypes.cast(tf.math.greaterEqual(u, tf.constant(rate)), TFloat32.class);
        return tf.math.mul(h, tf.math.mul(keep, tf.constant(1f / (1f - rate))));
    }

    /** sum over x and y of rho(prediction - target), one value per event. */
    private Operand<TFloat32> perEventLoss(Operand<TFloat32> out) {
        Operand<TFloat32> a = tf.math.abs(tf.math.sub(out, targets));
        Operand<TFloat32> rho;
        if (net.loss() == LossFunction.LOG_COSH) {
            Operand<TFloat32> softPart = tf.math.log1p(tf.math.exp(tf.math.mul(a, tf.constant(-2f))));
            rho = tf.math.sub(tf.math.add(a, softPart), tf.constant((float) Math.log(2)));
        } else {
            Operand<TFloat32> delta = tf.constant((float) net.huberDelta());
            Operand<TFloat32> m = tf.math.minimum(a, delta);
            rho = tf.math.add(tf.math.mul(tf.constant(0.5f), tf.math.square(m)),
                    tf.math.mul(delta, tf.math.sub(a, m)));
        }
        return tf.sum(rho, tf.constant(1));
    }

    private Operand<TFloat32> weightedMean(Operand<TFloat32> perEvent) {
        return tf.math.div(tf.sum(tf.math.mul(weights, perEvent), tf.constant(0)),
                tf.sum(weights, tf.constant(0)));
    }

    private Operand<TFloat32> l2Penalty() {
        Operand<TFloat32> sum = tf.constant(0f);
        for (Layer layer : layers) {
            sum = tf.math.add(sum, tf.sum(tf.math.square(read(layer.w())), tf.constant(new int[] {0, 1})));
        }
        return tf.math.mul(sum, tf.constant((float) net.l2()));
    }

    /** A placeholder and an assign op per state variable, to restore a snapshot of the best epoch. */
    private void createStateAssigns() {
        for (Variable<TFloat32> v : state) {
            Placeholder<TFloat32> p = tf.placeholder(TFloat32.class);
            stateFeeds.add(p);
            stateAssigns.add(tf.assign(v, p));
        }
    }

    @Override
    public void close() {
        graph.close();
    }
}
