package org.dineutrino.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.framework.optimizers.Adam;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

class TensorFlowRuntimeTest {

    @Test
    void smoke() throws Exception {
        try (Graph g = new Graph()) {
            Ops tf = Ops.create(g);
            Placeholder<TFloat32> x = tf.withName("x").placeholder(TFloat32.class);
            Variable<TFloat32> w = tf.withName("w").variable(tf.constant(new float[][] {{0f}, {0f}}));
            var y = tf.withName("y").linalg.matMul(x, w);
            var target = tf.constant(new float[][] {{5f}});
            var loss = tf.math.mean(tf.math.square(tf.math.sub(y, target)), tf.constant(new int[] {0, 1}));
            Adam adam = new Adam(g, 0.1f);
            var train = adam.minimize(loss);
            Path dir = Files.createTempDirectory("tfsmoke");
            try (Session s = new Session(g, SessionConfigs.of(true));
                    TFloat32 in = TFloat32.tensorOf(Shape.of(1, 2), d -> { d.setFloat(1f, 0, 0); d.setFloat(2f, 0, 1); })) {
                s.initialize();
                for (int i = 0; i < 200; i++) {
                    s.runner().feed(x, in).addTarget(train).run();
                }
                float before;
                try (Result r = s.runner().feed(x, in).fetch(y).run()) {
                    before = ((TFloat32) r.get(0)).getFloat(0, 0);
                }
                System.out.println("y=" + before);
                SavedModelBundle.exporter(dir.toString()).withSession(s)
                        .withSignature(Signature.builder().input("x", x).output("y", y).build()).export();
                try (SavedModelBundle b = SavedModelBundle.loader(dir.toString()).withTags("serve").load();
                        Result r = b.session().runner().feed("x", in).fetch("y").run()) {
                    float after = ((TFloat32) r.get(0)).getFloat(0, 0);
                    assertEquals(before, after);
                }
            }
        }
    }
}
