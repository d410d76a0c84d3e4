package news.summarizer.core.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP German models (UD GSD, from the opennlp-models-*-de jars). Loading them takes a few hundred
 * milliseconds, so it happens on first use only: a deployment with a model provider never pays for it. The
 * models are immutable and shared; the ME tools keep per-call state, so every call gets fresh ones (cheap).
 */
final class GermanModels {

    private static final String TOKENS = "opennlp-de-ud-gsd-tokens-1.3-2.5.4.bin";
    private static final String PARTS_OF_SPEECH = "opennlp-de-ud-gsd-pos-1.3-2.5.4.bin";

    private GermanModels() {
    }

    /** Tools for one call; not thread-safe, never share them between threads. */
    record Tools(TokenizerME tokens, POSTaggerME tags) {
    }

    static Tools newTools() {
        return new Tools(new TokenizerME(Holder.TOKEN_MODEL),
                new POSTaggerME(Holder.POS_MODEL));
    }

    /** Class initialisation is lazy and thread-safe: the JVM loads the models once, on first access. */
    private static final class Holder {
        static final TokenizerModel TOKEN_MODEL = read(TOKENS, TokenizerModel::new);
        static final POSModel POS_MODEL = read(PARTS_OF_SPEECH, POSModel::new);

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
