package news.summarizer.core.offline;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import news.summarizer.core.text.GermanLexicon;

/**
 * A statistical name tagger: a linear-chain model (averaged structured perceptron, first-order Viterbi) that tags each
 * word of a sentence with BIO over persons, organisations and places. Its features are the word, its shape, prefixes
 * and suffixes, the neighbouring words, the part-of-speech tags, what the German dictionary knows of the word (first
 * name, surname, town, common noun …), the project's own name lists, and the tag the rule-based name finder gives
 * it, so the model learns when to trust the rules. The weights ship as a resource ({@value #MODEL}), trained on the
 * GermEval 2014 development split (CC BY 4.0; see docs/names-and-entities.md); training lives in the test sources.
 *
 * <p>The model is immutable and shared; tagging a sentence allocates its own buffers.
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
    private final Map<String, float[]> ownScores = new java.util.concurrent.ConcurrentHashMap<>();

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
        Features features = new Features();
        WordInfo[] infos = infos(input);
        for (int i = 0; i < n; i++) {
            float[] own = ownScores(input.words()[i], infos[i]);
            System.arraycopy(own, 0, scores[i], 0, T);
            features.size = 0;
            contextFeatures(input, infos, i, features);
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
    private float[] ownScores(String word, WordInfo info) {
        float[] scores = ownScores.get(word);
        if (scores == null) {
            scores = new float[T];
            for (long feature : info.own()) {
                int at = index.get(feature);
                if (at >= 0) {
                    for (int t = 0; t < T; t++) {
                        scores[t] += weights[at * T + t];
                    }
                }
            }
            if (ownScores.size() > WORD_CACHE_SIZE) {
                ownScores.clear();
            }
            ownScores.put(word, scores);
        }
        return scores;
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

    /** A word's features that do not depend on its neighbours, worked out once per distinct word and thread. */
    private record WordInfo(String lower, String shape, String[] kinds, String kindsJoined, long[] own,
                            long[] asNeighbour) {
    }

    private static WordInfo[] infos(Input input) {
        WordInfo[] infos = new WordInfo[input.words().length];
        for (int i = 0; i < infos.length; i++) {
            infos[i] = info(input.words()[i]);
        }
        return infos;
    }

    private static final int WORD_CACHE_SIZE = 20_000;
    private static final ThreadLocal<Map<String, WordInfo>> WORDS = ThreadLocal.withInitial(HashMap::new);

    private static WordInfo info(String word) {
        Map<String, WordInfo> cache = WORDS.get();
        WordInfo info = cache.get(word);
        if (info == null) {
            if (cache.size() > WORD_CACHE_SIZE) {
                cache.clear(); // a long-lived function meets ever new words; the working set is one article's
            }
            info = wordInfo(word);
            cache.put(word, info);
        }
        return info;
    }

    private static WordInfo wordInfo(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String shape = shape(word);
        String[] kinds = kinds(word);
        String joined = String.join("|", kinds);
        Features own = new Features();
        own.add(hash("b", ""));
        own.add(hash("w", word));
        own.add(hash("lw", lower));
        own.add(hash("sh", shape));
        for (int k = 2; k <= 4; k++) {
            if (lower.length() > k) {
                own.add(hash("s" + k, lower.substring(lower.length() - k)));
                own.add(hash("p" + k, lower.substring(0, k)));
            }
        }
        own.add(hash("lexall", joined));
        for (String kind : kinds) {
            own.add(hash("lex", kind));
        }
        GermanLexicon.Entry entry = GermanLexicon.lookup(word);
        if (entry.known()) {
            own.add(hash("lemma", entry.readings().get(0).lemma().toLowerCase(Locale.ROOT)));
        }
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 1) {
            String head = word.substring(hyphen + 1);
            own.add(hash("head", head.toLowerCase(Locale.ROOT)));
            for (String kind : kinds(word.substring(0, hyphen))) {
                own.add(hash("modlex", kind));
            }
            for (String kind : kinds(head)) {
                own.add(hash("headlex", kind));
            }
        } else if (!entry.known()) {
            String head = GermanLexicon.compoundHead(word);
            if (head != null) {
                own.add(hash("chead", head.toLowerCase(Locale.ROOT)));
            }
        }
        if (Lexicon.FIRST_NAMES.contains(word)) {
            own.add(hash("list", "first"));
        }
        if (Lexicon.PLACES.contains(word)) {
            own.add(hash("list", "place"));
        }
        if (Lexicon.ORGANIZATIONS.contains(word)) {
            own.add(hash("list", "org"));
        }
        if (Lexicon.country(word) != null) {
            own.add(hash("list", "country"));
        }
        if (Lexicon.isAcronym(word)) {
            own.add(hash("acronym", ""));
        }
        if (Toponyms.looksLikePlace(word)) {
            own.add(hash("toponym", ""));
        }
        long[] asNeighbour = new long[NEIGHBOUR.length];
        for (int d = 0; d < NEIGHBOUR.length; d++) {
            asNeighbour[d] = hash(NEIGHBOUR[d], lower);
        }
        return new WordInfo(lower, shape, kinds, joined, java.util.Arrays.copyOf(own.ids, own.size), asNeighbour);
    }

    /**
     * The features of word {@code i}, each the hash of a text such as {@code "w-1=die"} (see {@link #hash}).
     * Neighbours are read lower-cased (a word's case is its own feature); dictionary readings are reduced to kinds
     * ("lex=VOR": a first name, "lex=STD": a town, "lex=SUB": a common noun).
     */
    static void features(Input input, int i, Features out) {
        features(input, infos(input), i, out);
    }

    private static void features(Input input, WordInfo[] infos, int i, Features out) {
        for (long own : infos[i].own()) {
            out.add(own);
        }
        contextFeatures(input, infos, i, out);
    }

    /** The features of word {@code i} that depend on its neighbours, its position or its tags. */
    private static void contextFeatures(Input input, WordInfo[] infos, int i, Features out) {
        String[] words = input.words();
        String[] pos = input.pos();
        String[] rule = input.rule();
        WordInfo word = infos[i];
        out.add(hash("pos", pos[i]));
        out.add(hash("rule", rule[i]));
        out.add(hash("rule-1", i > 0 ? rule[i - 1] : "^", rule[i]));
        out.add(hash("rule+1", rule[i], i + 1 < words.length ? rule[i + 1] : "$"));
        if (i == 0) {
            out.add(hash("first|sh", word.shape()));
            out.add(hash("first|pos", pos[0]));
            if (!word.lower().equals(words[0])) { // sentence-initial capital: what the word is written small
                for (String kind : info(word.lower()).kinds()) {
                    out.add(hash("first|lexlow", kind));
                }
            }
        }
        for (int d = -2; d <= 2; d++) {
            if (d == 0) {
                continue;
            }
            int j = i + d;
            boolean inside = j >= 0 && j < words.length;
            WordInfo other = inside ? infos[j] : null;
            String text = j < 0 ? "^" : inside ? other.lower() : "$";
            long neighbour = inside ? other.asNeighbour()[d + 2] : hash(NEIGHBOUR[d + 2], text);
            out.add(neighbour);
            if (d == -1) {
                out.add(mix(mix(neighbour, '|'), word.lower())); // "w-1=die|stadt"
            }
            if (Math.abs(d) == 1) {
                String otherPos = inside ? pos[j] : text;
                out.add(hash(d < 0 ? "pos-1" : "pos1", otherPos));
                out.add(hash(d < 0 ? "pos-1|pos" : "pos1|pos", otherPos, pos[i]));
                out.add(hash(d < 0 ? "sh-1|sh" : "sh1|sh", inside ? other.shape() : text, word.shape()));
                if (inside) {
                    for (String kind : other.kinds()) {
                        out.add(hash(d < 0 ? "lex-1" : "lex1", kind));
                    }
                }
            }
        }
        out.add(hash("lexall|sh|first", word.kindsJoined(), word.shape() + (i == 0)));
        out.add(hash("lexall|rule", word.kindsJoined(), rule[i]));
        for (String kind : word.kinds()) {
            out.add(hash("lex|pos", kind, pos[i]));
        }
    }

    private static final String[] NEIGHBOUR = {"w-2", "w-1", "", "w1", "w2"};

    /** The dictionary's kinds of a word, the proper-noun subtypes apart ("VOR", "NAC", "STD", "COU" …). */
    private static String[] kinds(String word) {
        if (word.isEmpty()) {
            return new String[0];
        }
        GermanLexicon.Entry entry = GermanLexicon.lookup(word);
        if (!entry.known()) {
            return new String[] {Character.isUpperCase(word.charAt(0)) ? "unknown-cap" : "unknown"};
        }
        List<String> kinds = new ArrayList<>(3);
        for (GermanLexicon.Reading reading : entry.readings()) {
            String tag = reading.tag();
            String kind = tag.startsWith("EIG") ? tag.substring(tag.lastIndexOf(':') + 1)
                    : tag.substring(0, Math.min(3, tag.length()));
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        kinds.sort(null);
        return kinds.toArray(String[]::new);
    }

    /** Feature hashes of one word, reused: tagging allocates no strings for the features. */
    static final class Features {
        long[] ids = new long[96];
        int size;

        void add(long id) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /**
     * A feature's id: the 64-bit FNV-1a hash of {@code name + "=" + value} (and {@code "|" + second}), computed over
     * the parts without joining them. With about 10,000 features a collision is a chance of 1 in 10^11.
     */
    static long hash(String name, String value) {
        return mix(mix(mix(FNV_OFFSET, name), '='), value);
    }

    static long hash(String name, String value, String second) {
        return mix(mix(hash(name, value), '|'), second);
    }

    private static long mix(long hash, String text) {
        long h = hash;
        for (int k = 0; k < text.length(); k++) {
            h = mix(h, text.charAt(k));
        }
        return h;
    }

    private static long mix(long hash, char c) {
        return (hash ^ c) * FNV_PRIME;
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

    /** "Müller" → "Xx", "SPD" → "X", "A380" → "Xd", "19." → "d.": letter classes with repeats folded. */
    static String shape(String word) {
        StringBuilder shape = new StringBuilder();
        char last = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char kind = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (kind != last) {
                shape.append(kind);
                last = kind;
            }
        }
        return shape.toString();
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
            try (InputStream in = NameTagger.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("Name-tagger model " + MODEL + " is not on the class path");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the name-tagger model", e);
            }
        }
    }
}
