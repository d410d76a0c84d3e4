package news.summarizer.core.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * The OpenNLP German part-of-speech model (UD GSD, from the opennlp-models-pos-de jar); sentences and tokens
 * come from the rule-based {@code news.summarizer.core.text} toolkit, which is faster and agrees with grounding.
 * Loading takes a few hundred milliseconds, so it happens on first use only (at start-up when the offline engine
 * is configured): a deployment with a model provider never pays for it. The model is immutable and shared; a
 * tagger keeps per-call state, so each thread reuses its own.
 */
final class GermanModels {
    private static final String PARTS_OF_SPEECH = "opennlp-de-ud-gsd-pos-1.3-2.5.4.bin";

    private GermanModels() {
    }

    /** Tools for one call; not thread-safe, never share them between threads. */
    record Tools(POSTaggerME tags) {
    }

    private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(() -> new Tools(new POSTaggerME(Holder.POS_MODEL)));

    /** This thread's tools: building a tagger per article cost more than tagging a short one. */
    static Tools newTools() {
        return TOOLS.get();
    }

    /** Class initialisation is lazy and thread-safe: the JVM loads the models once, on first access. */
    private static final class Holder {
        static final POSModel POS_MODEL = greedy(read(PARTS_OF_SPEECH, POSModel::new));

        /**
         * The same model with a beam of one: the tagger keeps only the best tag sequence instead of three, which
         * makes tagging about three times faster; on the development set the figures stayed the same.
         */
        private static POSModel greedy(POSModel model) {
            opennlp.tools.ml.model.MaxentModel maxent = model.getArtifact("pos.model");
            return new POSModel(model.getLanguage(), maxent, 1, java.util.Map.of(), model.getFactory());
        }

        private interface ModelReader<M> {
            M read(InputStream in) throws IOException;
        }

        private static <M> M read(String resource, ModelReader<M> reader) {
            try (InputStream in = GermanModels.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
                }
                return reader.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read OpenNLP model " + resource, e);
            }
        }
    }
}
