package org.dineutrino.regress;

import org.tensorflow.proto.ConfigProto;

/** TensorFlow session configurations. */
final class SessionConfigs {

    private SessionConfigs() {
    }

    /**
     * One intra-op and one inter-op thread, in pools of this session's own, when asked: with
     * stateless, step-seeded dropout this makes training bit-reproducible. (The process-wide pools
     * are sized by whichever session came first, so a single-threaded session must not share
     * them.) Otherwise TensorFlow's default of one thread per core.
     */
    static ConfigProto of(boolean singleThreaded) {
        ConfigProto.Builder b = ConfigProto.newBuilder();
        if (singleThreaded) {
            b.setIntraOpParallelismThreads(1).setInterOpParallelismThreads(1).setUsePerSessionThreads(true);
        }
        return b.build();
    }
}
