package org.dineutrino.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The TensorFlow Java runtime as this package uses it: the native library loads, a graph with
 * gradients trains in a single-threaded session, and a SavedModel restores the trained value.
 */
class TensorFlowRuntimeTest {

    /** 200 plain gradient steps of size 0.05 on (2w - 5)^2 converge to w = 2.5 far below this. */
    private static final float CONVERGED = 1e-4f;

    @Test
    void a_graph_trains_and_its_saved_model_reproduces_the_result(@TempDir Path dir) throws Exception {
        try (Graph g = new Graph()) {
            Ops tf = Ops.create(g);
            Placeholder<TFloat32> x = tf.withName("x").placeholder(TFloat32.class);
            var w = tf.variable(tf.withInitScope().constant(new float[] {0f}));
            var y = tf.withName("y").math.mul(x, tf.identity(w));
            var loss = tf.sum(tf.math.square(tf.math.sub(y, tf.constant(5f))), tf.constant(0));
            var grad = g.addGradients(loss.asOutput(), new org.tensorflow.Output<?>[] {w.asOutput()})[0];
            @SuppressWarnings("unchecked")
            var step = tf.train.applyGradientDescent(w, tf.constant(0.05f), (org.tensorflow.Output<TFloat32>) grad);
            float trained;
            try (Session s = new Session(g, SessionConfigs.of(true)); TFloat32 two = TFloat32.vectorOf(2f)) {
                s.initialize();
                for (int i = 0; i < 200; i++) {
                    s.runner().feed(x, two).addTarget(step).run().close();
                }
                try (Result r = s.runner().feed(x, two).fetch(y).run()) {
                    trained = ((TFloat32) r.get(0)).getFloat(0);
                }
                SavedModelBundle.exporter(dir.toString()).withSession(s)
                        .withSignature(Signature.builder().input("x", x).output("y", y).build()).export();
            }
            assertEquals(5f, trained, CONVERGED);

            try (SavedModelBundle b = SavedModelBundle.load(dir.toString());
                    TFloat32 two = TFloat32.vectorOf(2f);
                    Result r = b.session().runner().feed("x", two).fetch("y").run()) {
                assertEquals(trained, ((TFloat32) r.get(0)).getFloat(0));
            }
        }
    }
}
