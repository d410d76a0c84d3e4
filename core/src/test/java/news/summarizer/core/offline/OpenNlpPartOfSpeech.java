package news.summarizer.core.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Apache OpenNLP's German part-of-speech model as the engine used it before it had a runtime of its own (test scope
 * only): the UD GSD model of {@code opennlp-models-pos-de} with a beam of one. The reference for
 * {@link PartOfSpeechModelConverter} and the equivalence tests.
 */
final class OpenNlpPartOfSpeech {

    static final String RESOURCE = "opennlp-de-ud-gsd-pos-1.3-2.5.4.bin";

    private OpenNlpPartOfSpeech() {
    }

    /** The model as shipped in the jar (beam 3 in its manifest). */
    static POSModel model() {
        return Holder.MODEL;
    }

    /** The same model with a beam of one, as the engine tagged with it: a new tagger (not thread-safe). */
    static POSTaggerME greedyTagger() {
        return new POSTaggerME(Holder.GREEDY);
    }

    static byte[] modelBytes() {
        try (InputStream in = OpenNlpPartOfSpeech.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Holder {
        static final POSModel MODEL = read();
        static final POSModel GREEDY = new POSModel(MODEL.getLanguage(), (MaxentModel) MODEL.getArtifact("pos.model"), 1,
                Map.of(), MODEL.getFactory());

        private static POSModel read() {
            try {
                return new POSModel(new java.io.ByteArrayInputStream(modelBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
