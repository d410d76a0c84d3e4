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
    private static final int MAGIC = 0x4e54_4731; // "NTG1"

    private final Map<String, Integer> index;
    /** Weights per feature, {@code T} per feature in the order of {@link #index}. */
    private final float[] weights;
    /** Transition weights: row {@code T} is the sentence start, rows 0 … T-1 the previous tag. */
    private final float[] transitions;

    NameTagger(Map<String, Integer> index, float[] weights, float[] transitions) {
        this.index = index;
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
        List<String> features = new ArrayList<>(64);
        for (int i = 0; i < n; i++) {
            features.clear();
            features(input, i, features);
            for (String feature : features) {
                Integer at = index.get(feature);
                if (at != null) {
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
     * The features of word {@code i}. Neighbours are read lower-cased (a word's case is its own feature); dictionary
     * readings are reduced to kinds ("lex=VOR": a first name, "lex=STD": a town, "lex=SUB": a common noun).
     */
    static void features(Input input, int i, List<String> out) {
        String[] words = input.words();
        String word = words[i];
        String lower = word.toLowerCase(Locale.ROOT);
        String shape = shape(word);
        out.add("b");
        out.add("w=" + word);
        out.add("lw=" + lower);
        out.add("sh=" + shape);
        for (int k = 2; k <= 4; k++) {
            if (lower.length() > k) {
                out.add("s" + k + "=" + lower.substring(lower.length() - k));
                out.add("p" + k + "=" + lower.substring(0, k));
            }
        }
        out.add("pos=" + input.pos()[i]);
        out.add("rule=" + input.rule()[i]);
        String before = i > 0 ? input.rule()[i - 1] : "^";
        String after = i + 1 < words.length ? input.rule()[i + 1] : "$";
        out.add("rule-1=" + before + "|" + input.rule()[i]);
        out.add("rule+1=" + input.rule()[i] + "|" + after);
        if (i == 0) {
            out.add("first|sh=" + shape);
            out.add("first|pos=" + input.pos()[0]);
        }
        for (int d = -2; d <= 2; d++) {
            if (d == 0) {
                continue;
            }
            int j = i + d;
            String other = j < 0 ? "^" : j >= words.length ? "$" : words[j].toLowerCase(Locale.ROOT);
            out.add("w" + d + "=" + other);
            if (d == -1) {
                out.add("w-1|w=" + other + "|" + lower);
            }
            if (Math.abs(d) == 1) {
                String otherPos = j < 0 ? "^" : j >= words.length ? "$" : input.pos()[j];
                out.add("pos" + d + "=" + otherPos);
                out.add("pos" + d + "|pos=" + otherPos + "|" + input.pos()[i]);
                out.add("sh" + d + "|sh=" + (j < 0 || j >= words.length ? other : shape(words[j])) + "|" + shape);
                for (String kind : kinds(j < 0 || j >= words.length ? "" : words[j])) {
                    out.add("lex" + d + "=" + kind);
                }
            }
        }
        String kinds = String.join("|", kinds(word));
        out.add("lexall=" + kinds);
        out.add("lexall|sh|first=" + kinds + "|" + shape + "|" + (i == 0));
        out.add("lexall|rule=" + kinds + "|" + input.rule()[i]);
        GermanLexicon.Entry entry = GermanLexicon.lookup(word);
        if (entry.known()) {
            out.add("lemma=" + entry.readings().get(0).lemma().toLowerCase(Locale.ROOT));
        }
        for (String kind : kinds(word)) {
            out.add("lex=" + kind);
            out.add("lex|pos=" + kind + "|" + input.pos()[i]);
        }
        if (i == 0 && !lower.equals(word)) { // sentence-initial capital: what the word is written small
            for (String kind : kinds(lower)) {
                out.add("first|lexlow=" + kind);
            }
        }
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 1) {
            String head = word.substring(hyphen + 1);
            out.add("head=" + head.toLowerCase(Locale.ROOT));
            for (String kind : kinds(word.substring(0, hyphen))) {
                out.add("modlex=" + kind);
            }
            for (String kind : kinds(head)) {
                out.add("headlex=" + kind);
            }
        } else if (!GermanLexicon.lookup(word).known()) {
            String head = GermanLexicon.compoundHead(word);
            if (head != null) {
                out.add("chead=" + head.toLowerCase(Locale.ROOT));
            }
        }
        if (Lexicon.FIRST_NAMES.contains(word)) {
            out.add("list=first");
        }
        if (Lexicon.PLACES.contains(word)) {
            out.add("list=place");
        }
        if (Lexicon.ORGANIZATIONS.contains(word)) {
            out.add("list=org");
        }
        if (Lexicon.country(word) != null) {
            out.add("list=country");
        }
        if (Lexicon.isAcronym(word)) {
            out.add("acronym");
        }
        if (Toponyms.looksLikePlace(word)) {
            out.add("toponym");
        }
    }

    /** The dictionary's kinds of a word, the proper-noun subtypes apart ("VOR", "NAC", "STD", "COU" …). */
    private static List<String> kinds(String word) {
        if (word.isEmpty()) {
            return List.of();
        }
        GermanLexicon.Entry entry = GermanLexicon.lookup(word);
        if (!entry.known()) {
            return List.of(Character.isUpperCase(word.charAt(0)) ? "unknown-cap" : "unknown");
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
        return kinds;
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
     * Writes the model: gzip of a magic number, the tag count, the transitions, then each feature with a bit mask of
     * its non-zero weights and those weights as 16-bit integers (scaled so that the largest is 32767: the tagger only
     * compares sums, and a short halves the model next to a float).
     */
    void write(OutputStream target) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(target);
        DataOutputStream out = new DataOutputStream(zip);
        out.writeInt(MAGIC);
        out.writeByte(T);
        for (float weight : transitions) {
            out.writeFloat(weight);
        }
        String[] names = new String[index.size()];
        index.forEach((name, at) -> names[at] = name);
        float largest = 1e-6f;
        for (float weight : weights) {
            largest = Math.max(largest, Math.abs(weight));
        }
        float scale = Short.MAX_VALUE / largest;
        out.writeFloat(scale);
        out.writeInt(names.length);
        for (int f = 0; f < names.length; f++) {
            out.writeUTF(names[f]);
            int mask = 0;
            for (int t = 0; t < T; t++) {
                mask |= weights[f * T + t] != 0 ? 1 << t : 0;
            }
            out.writeByte(mask);
            for (int t = 0; t < T; t++) {
                if (weights[f * T + t] != 0) {
                    out.writeShort(Math.round(weights[f * T + t] * scale));
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
        Map<String, Integer> index = new HashMap<>(count * 2);
        float[] weights = new float[count * T];
        for (int f = 0; f < count; f++) {
            index.put(in.readUTF(), f);
            int mask = in.readUnsignedByte();
            for (int t = 0; t < T; t++) {
                if ((mask & 1 << t) != 0) {
                    weights[f * T + t] = in.readShort() / scale;
                }
            }
        }
        return new NameTagger(index, weights, transitions);
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
