package org.dineutrino.regress;

import org.tensorflow.proto.ConfigProto;

/** TensorFlow session configurations. */
final class SessionConfigs {

    private SessionConfigs() {
    }

    /**
     * One intra-op and one inter-op thread when asked: with fixed op seeds this makes training
     * bit-reproducible (no thread-count-dependent summation order); otherwise TensorFlow's default
     * of one thread per core.
     */
    static ConfigProto of(boolean singleThreaded) {
        ConfigProto.Builder b = ConfigProto.newBuilder();
        if (singleThreaded) {
            b.setIntraOpParallelismThreads(1).setInterOpParallelismThreads(1);
        }
        return b.build();
    }
}
