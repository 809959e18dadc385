package io.pmotoolkit.core.text;

import opennlp.tools.ml.model.Context;

/**
 * The arithmetic of OpenNLP's {@code GISModel.eval} with its {@code UniformPrior}, for callers that resolve
 * the features to the model's parameters themselves ({@link PosFeatures}, {@link ChunkTokenizer}): the
 * same operations in the same order, so the probabilities are the same to the last bit.
 */
final class GisArithmetic {

    private GisArithmetic() {
    }

    /** The uniform prior's log-probability for a model with {@code outcomes} outcomes. */
    static double uniformLogPrior(int outcomes) {
        return StrictMath.log(1.0 / outcomes);
    }

    /**
     * Fills {@code out} with the outcome probabilities for the first {@code n} features (null for a feature
     * the model does not know), added up in the order given.
     */
    static double[] probabilities(Context[] features, int n, double uniformLogPrior, double[] out) {
        int outcomes = out.length;
        for (int o = 0; o < outcomes; o++) {
            out[o] = uniformLogPrior;
        }
        for (int k = 0; k < n; k++) {
            Context ctx = features[k];
            if (ctx != null) {
                int[] active = ctx.getOutcomes();
                double[] weights = ctx.getParameters();
                for (int a = 0; a < active.length; a++) {
                    out[active[a]] += weights[a] * 1;
                }
            }
        }
        double normal = 0.0;
        for (int o = 0; o < outcomes; o++) {
            out[o] = StrictMath.exp(out[o]);
            normal += out[o];
        }
        for (int o = 0; o < outcomes; o++) {
            out[o] /= normal;
        }
        return out;
    }
}
