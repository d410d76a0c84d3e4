package news.summarizer.core.offline;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A statistical name tagger: a linear-chain model (a CRF's weights, first-order Viterbi) that tags each
 * word of a sentence with BIO over persons, organisations and places. Its features are the word, its shape, prefixes
 * and suffixes, the neighbouring words, the part-of-speech tags, what the German dictionary knows of the word (first
 * name, surname, town, common noun …), the project's own name lists, and the tag the rule-based name finder gives
 * it, so the model learns when to trust the rules. The weights ship as a resource ({@value #MODEL}), trained on the
 * GermEval 2014 development split (CC BY 4.0; see docs/names-and-entities.md); training lives in the test sources.
 *
 * <p>The weights are immutable and the model is shared between threads (its cache of per-word scores is concurrent);
 * tagging a sentence allocates its own buffers. Features: {@link NameFeatures}.
 */
public final class NameTagger {

    /** The shipped model, read on first use. */
    static final String MODEL = "/offline/name-tagger.bin.gz";
    /** The tags, "O" first; an I- tag only continues a B- or I- tag of the same class. */
    static final String[] TAGS = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"};
    static final int T = TAGS.length;
    private static final int MAGIC = 0x4e54_4733; // "NTG3"

    private final FeatureIndex index;
    /** Weights per feature, {@code T} per feature in the order of {@link #index}. */
    private final float[] weights;
    /** Transition weights: row {@code T} is the sentence start, rows 0 … T-1 the previous tag. */
    private final float[] transitions;
    /** Words met lately and their own features' summed weights (see {@link #ownScores}). */
    private final news.summarizer.core.text.WordMemo<float[]> ownScores = new news.summarizer.core.text.WordMemo<>();

    /**
     * @param features feature hashes (see {@link #features}), one per {@code T} weights
     */
    NameTagger(long[] features, float[] weights, float[] transitions) {
        this(fold(features), weights, transitions);
    }

    private NameTagger(int[] features, float[] weights, float[] transitions) {
        this.index = new FeatureIndex(features);
        this.weights = weights;
        this.transitions = transitions;
    }

    /** One sentence's words with their part-of-speech tags and the rule-based finder's BIO tags. */
    record Input(String[] words, String[] pos, String[] rule) {
    }

    /** The shipped model (loaded once, on first use). */
    static NameTagger shipped() {
        return Holder.TAGGER;
    }

    int featureCount() {
        return index.size();
    }

    /** BIO tags for the sentence's words. */
    String[] tag(Input input) {
        int n = input.words().length;
        float[][] scores = new float[n][T];
        NameFeatures.Features features = new NameFeatures.Features();
        NameFeatures.WordInfo[] infos = NameFeatures.infos(input);
        for (int i = 0; i < n; i++) {
            float[] own = ownScores(input.words()[i], infos[i]);
            System.arraycopy(own, 0, scores[i], 0, T);
            features.size = 0;
            NameFeatures.contextFeatures(input, infos, i, features);
            for (int k = 0; k < features.size; k++) {
                int at = index.get(features.ids[k]);
                if (at >= 0) {
                    int base = at * T;
                    for (int t = 0; t < T; t++) {
                        scores[i][t] += weights[base + t];
                    }
                }
            }
        }
        int[] best = viterbi(scores, transitions);
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            tags[i] = TAGS[best[i]];
        }
        return tags;
    }

    /** The summed weights of a word's own features, per tag: one look-up per word instead of some 25. */
    private float[] ownScores(String word, NameFeatures.WordInfo info) {
        return ownScores.get(word, unused -> {
            float[] scores = new float[T];
            for (long feature : info.own()) {
                int at = index.get(feature);
                if (at >= 0) {
                    for (int t = 0; t < T; t++) {
                        scores[t] += weights[at * T + t];
                    }
                }
            }
            return scores;
        });
    }

    /** An I- tag may only follow B- or I- of its class: "O I-PER" is no entity anyone wrote. */
    static boolean allowed(int previous, int tag) {
        return tag == 0 || tag % 2 == 1 || previous != -1 && previous != 0 && (previous + 1) / 2 == (tag + 1) / 2;
    }

    /** The best tag sequence under the emission scores and transition weights (row T: sentence start). */
    static int[] viterbi(float[][] scores, float[] transitions) {
        int n = scores.length;
        int[] path = new int[n];
        if (n == 0) {
            return path;
        }
        float[][] best = new float[n][T];
        int[][] back = new int[n][T];
        for (int t = 0; t < T; t++) {
            best[0][t] = allowed(-1, t) ? scores[0][t] + transitions[T * T + t] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < T; t++) {
                float top = Float.NEGATIVE_INFINITY;
                int from = 0;
                for (int p = 0; p < T; p++) {
                    if (allowed(p, t)) {
                        float score = best[i - 1][p] + transitions[p * T + t];
                        if (score > top) {
                            top = score;
                            from = p;
                        }
                    }
                }
                best[i][t] = top + scores[i][t];
                back[i][t] = from;
            }
        }
        int last = 0;
        for (int t = 1; t < T; t++) {
            if (best[n - 1][t] > best[n - 1][last]) {
                last = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            path[i] = last;
            last = back[i][last];
        }
        return path;
    }

    /**
     * A feature hash folded to 32 bits, as the model stores it: with some 12,000 features a word's 45 look-ups meet a
     * stranger's weights once in about 8,000 words, which changed no tag on GermEval dev, and it saves a third of the
     * model.
     */
    static int fold(long hash) {
        return (int) (hash ^ hash >>> 32);
    }

    private static int[] fold(long[] hashes) {
        int[] folded = new int[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            folded[i] = fold(hashes[i]);
        }
        return folded;
    }

    /** Feature hash → position, open addressing over two arrays (no boxing on the tagging path). */
    private static final class FeatureIndex {
        private final int[] keys;
        private final int[] values;
        private final int[] order;
        private final int mask;

        FeatureIndex(int[] features) {
            int capacity = Integer.highestOneBit(Math.max(4, features.length * 2 + 1)) * 2;
            keys = new int[capacity];
            values = new int[capacity];
            java.util.Arrays.fill(values, -1);
            mask = capacity - 1;
            order = features.clone();
            for (int f = 0; f < features.length; f++) {
                int slot = slot(features[f]);
                keys[slot] = features[f];
                values[slot] = f;
            }
        }

        private int slot(int key) {
            int slot = key * 0x9E3779B9 >>> 7 & mask;
            while (values[slot] >= 0 && keys[slot] != key) {
                slot = slot + 1 & mask;
            }
            return slot;
        }

        int get(long hash) {
            return values[slot(fold(hash))];
        }

        int size() {
            return order.length;
        }

        int feature(int at) {
            return order[at];
        }
    }

    /**
     * Writes the model: gzip of a magic number, the tag count, the transitions, then each feature's hash with a bit mask of
     * its non-zero weights and those weights as 8-bit integers (scaled so that the largest is 127: the tagger only
     * compares sums; on GermEval dev this changed the shipped model's F1 by less than 0.01, and it halves the model).
     */
    void write(OutputStream target) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(target);
        DataOutputStream out = new DataOutputStream(zip);
        out.writeInt(MAGIC);
        out.writeByte(T);
        for (float weight : transitions) {
            out.writeFloat(weight);
        }
        float largest = 1e-6f;
        for (float weight : weights) {
            largest = Math.max(largest, Math.abs(weight));
        }
        float scale = Byte.MAX_VALUE / largest;
        out.writeFloat(scale);
        int[] masks = new int[index.size()];
        int kept = 0;
        for (int f = 0; f < masks.length; f++) {
            for (int t = 0; t < T; t++) {
                masks[f] |= Math.round(weights[f * T + t] * scale) != 0 ? 1 << t : 0;
            }
            kept += masks[f] != 0 ? 1 : 0;
        }
        out.writeInt(kept);
        for (int f = 0; f < masks.length; f++) {
            if (masks[f] == 0) {
                continue; // every weight rounds to nothing
            }
            out.writeInt(index.feature(f));
            out.writeByte(masks[f]);
            for (int t = 0; t < T; t++) {
                if ((masks[f] & 1 << t) != 0) {
                    out.writeByte(Math.round(weights[f * T + t] * scale));
                }
            }
        }
        out.flush();
        zip.finish();
    }

    static NameTagger read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC || in.readByte() != T) {
            throw new IOException("Not a name-tagger model");
        }
        float[] transitions = new float[(T + 1) * T];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = in.readFloat();
        }
        float scale = in.readFloat();
        int count = in.readInt();
        int[] features = new int[count];
        float[] weights = new float[count * T];
        for (int f = 0; f < count; f++) {
            features[f] = in.readInt();
            int mask = in.readUnsignedByte();
            for (int t = 0; t < T; t++) {
                if ((mask & 1 << t) != 0) {
                    weights[f * T + t] = in.readByte() / scale;
                }
            }
        }
        return new NameTagger(features, weights, transitions);
    }

    private static final class Holder {
        static final NameTagger TAGGER = load();

        private static NameTagger load() {
            return news.summarizer.core.ShippedResource.read(NameTagger.class, MODEL, "The name-tagger model",
                    NameTagger::read);
        }
    }
}
