package news.summarizer.core.offline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The German part-of-speech model (Apache OpenNLP's UD GSD maximum-entropy model, {@code opennlp-models-pos-de}
 * 1.3.0) in a form of our own ({@value #SHIPPED}, written once by the test sources' {@code PartOfSpeechModelConverter}):
 * the tags, the feature names ("predicates") and, per predicate, the tags it speaks for with their weights, exactly
 * as OpenNLP stores them (doubles, so the sums, and with them every tag, come out bit for bit as OpenNLP's).
 *
 * <p>Looking a feature up takes its hash and characters, not a {@code String}: a feature such as {@code "p1w=der"} is
 * never built, its hash is computed from the prefix's hash and the word's (see {@link #find}). Immutable and shared
 * between threads.
 */
final class PartOfSpeechModel {

    static final String SHIPPED = "/offline/part-of-speech.bin.gz";
    private static final int MAGIC = 0x4e50_4f53; // "NPOS"
    private static final int VERSION = 1;

    private final String provenance;
    private final String[] tags;
    /** All predicates' characters one after the other; predicate {@code p} is {@code [start[p], start[p + 1])}. */
    private final char[] characters;
    private final int[] start;
    /**
     * Open addressing, two ints per slot: the predicate's {@code String.hashCode}, then predicate + 1 (0 = empty);
     * side by side, so that a probe reads one cache line.
     */
    private final int[] slots;
    private final int mask;
    /** Predicate p's weights are {@code [first[p], first[p + 1])} of {@link #tagOf} and {@link #weight}. */
    private final int[] first;
    private final byte[] tagOf;
    private final double[] weight;
    /** Predicates whose weights cover every tag in tag order: added without the indirection. */
    private final boolean[] dense;
    /**
     * The lower-cased words of the window features ({@code w= p1w= p2w= n1w= n2w=}), so that one look-up per word
     * finds all five: entry e's word is {@code characters[wordStart[e], wordStart[e] + wordLength[e])}, its predicates
     * {@code wordPredicates[e * 5 + kind]} (-1 when the model lacks that one).
     */
    static final String[] WINDOW = {"w=", "p1w=", "p2w=", "n1w=", "n2w="};
    /** As {@link #slots}: hash, entry + 1. */
    private final int[] wordSlots;
    private final int[] wordStart;
    private final int[] wordLength;
    private final int[] wordPredicates;

    PartOfSpeechModel(String provenance, String[] tags, List<String> predicates, int[][] tagsOf, double[][] weights) {
        this(provenance, tags, concatenate(predicates), starts(predicates), flatStarts(tagsOf), flatTags(tagsOf),
                flatWeights(weights));
    }

    private PartOfSpeechModel(String provenance, String[] tags, char[] characters, int[] start, int[] first,
                              byte[] tagOf, double[] weight) {
        if (tags.length > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("At most 127 tags, got " + tags.length);
        }
        this.provenance = provenance;
        this.tags = tags.clone();
        this.characters = characters;
        this.start = start;
        this.first = first;
        this.tagOf = tagOf;
        this.weight = weight;
        int count = start.length - 1;
        int capacity = Integer.highestOneBit(Math.max(4, count * 2) - 1) << 1;
        this.slots = new int[2 * capacity];
        this.mask = capacity - 1;
        for (int p = 0; p < count; p++) {
            int hash = 0;
            for (int i = start[p]; i < start[p + 1]; i++) {
                hash = 31 * hash + characters[i];
            }
            int slot = spread(hash) & mask;
            while (slots[2 * slot + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = hash;
            slots[2 * slot + 1] = p + 1;
        }
        this.dense = new boolean[count];
        for (int p = 0; p < count; p++) {
            boolean all = first[p + 1] - first[p] == tags.length;
            for (int k = 0; all && k < tags.length; k++) {
                all = tagOf[first[p] + k] == k;
            }
            dense[p] = all;
        }
        int words = 0;
        int[] kindOf = new int[count];
        for (int p = 0; p < count; p++) {
            kindOf[p] = windowKind(p);
            if (kindOf[p] >= 0) {
                words++;
            }
        }
        this.wordSlots = new int[2 * (Integer.highestOneBit(Math.max(4, words * 2) - 1) << 1)];
        this.wordStart = new int[words];
        this.wordLength = new int[words];
        this.wordPredicates = new int[words * WINDOW.length];
        java.util.Arrays.fill(wordPredicates, -1);
        int entries = 0;
        for (int p = 0; p < count; p++) {
            int kind = kindOf[p];
            if (kind < 0) {
                continue;
            }
            int from = start[p] + WINDOW[kind].length();
            int length = start[p + 1] - from;
            int hash = 0;
            for (int i = from; i < from + length; i++) {
                hash = 31 * hash + characters[i];
            }
            int entry = findWord(hash, characters, from, length);
            if (entry < 0) {
                entry = entries++;
                wordStart[entry] = from;
                wordLength[entry] = length;
                int wordMask = wordSlots.length / 2 - 1;
                int slot = spread(hash) & wordMask;
                while (wordSlots[2 * slot + 1] != 0) {
                    slot = (slot + 1) & wordMask;
                }
                wordSlots[2 * slot] = hash;
                wordSlots[2 * slot + 1] = entry + 1;
            }
            wordPredicates[entry * WINDOW.length + kind] = p;
        }
    }

    /** Which of {@link #WINDOW} predicate p starts with, or -1. */
    private int windowKind(int p) {
        for (int kind = 0; kind < WINDOW.length; kind++) {
            String prefix = WINDOW[kind];
            boolean starts = start[p + 1] - start[p] >= prefix.length();
            for (int i = 0; starts && i < prefix.length(); i++) {
                starts = characters[start[p] + i] == prefix.charAt(i);
            }
            if (starts) {
                return kind;
            }
        }
        return -1;
    }

    /** The entry of the lower-cased word {@code chars[from, from + length)} (hash: its String.hashCode), or -1. */
    int findWord(int hash, char[] chars, int from, int length) {
        int wordMask = wordSlots.length / 2 - 1;
        for (int slot = spread(hash) & wordMask; ; slot = (slot + 1) & wordMask) {
            int entry = wordSlots[2 * slot + 1] - 1;
            if (entry < 0) {
                return -1;
            }
            if (wordSlots[2 * slot] == hash && wordLength[entry] == length
                    && java.util.Arrays.equals(characters, wordStart[entry], wordStart[entry] + length, chars, from,
                    from + length)) {
                return entry;
            }
        }
    }

    /** The word's predicate of the given {@link #WINDOW} kind, or -1 (also for entry -1, a word the model lacks). */
    int wordPredicate(int entry, int kind) {
        return entry < 0 ? -1 : wordPredicates[entry * WINDOW.length + kind];
    }

    /** The shipped model, read on first use (class initialisation is lazy and thread-safe). */
    static PartOfSpeechModel shipped() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final PartOfSpeechModel MODEL = readShipped();

        private static PartOfSpeechModel readShipped() {
            return news.summarizer.core.ShippedResource.read(PartOfSpeechModel.class, SHIPPED,
                    "The part-of-speech model", PartOfSpeechModel::read);
        }
    }

    String provenance() {
        return provenance;
    }

    int tagCount() {
        return tags.length;
    }

    String tag(int id) {
        return tags[id];
    }

    int predicateCount() {
        return start.length - 1;
    }

    String predicate(int id) {
        return new String(characters, start[id], start[id + 1] - start[id]);
    }

    /** The predicate's id, or -1: a feature the model never saw in training counts for nothing. */
    int find(String predicate) {
        return find(predicate.hashCode(), predicate.toCharArray(), null, 0, 0, null);
    }

    /**
     * The id of the predicate {@code prefix + body[from, from + length) + suffix} (prefix and suffix may be null), or
     * -1; {@code hash} is that string's {@code String.hashCode}.
     */
    int find(int hash, char[] prefix, char[] body, int from, int length, char[] suffix) {
        int total = (prefix == null ? 0 : prefix.length) + length + (suffix == null ? 0 : suffix.length);
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int p = slots[2 * slot + 1] - 1;
            if (p < 0) {
                return -1;
            }
            if (slots[2 * slot] == hash && start[p + 1] - start[p] == total && matches(start[p], prefix, body, from,
                    length, suffix)) {
                return p;
            }
        }
    }

    private boolean matches(int at, char[] prefix, char[] body, int from, int length, char[] suffix) {
        if (prefix != null) {
            for (char c : prefix) {
                if (characters[at++] != c) {
                    return false;
                }
            }
        }
        for (int i = from; i < from + length; i++) {
            if (characters[at++] != body[i]) {
                return false;
            }
        }
        if (suffix != null) {
            for (char c : suffix) {
                if (characters[at++] != c) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Adds the predicate's weights to the tags' sums, in the model's order (the order OpenNLP adds them in). */
    void addWeights(int predicate, double[] sums) {
        int k = first[predicate];
        if (dense[predicate]) {
            for (int t = 0; t < sums.length; t++) {
                sums[t] += weight[k + t];
            }
            return;
        }
        for (int end = first[predicate + 1]; k < end; k++) {
            sums[tagOf[k]] += weight[k];
        }
    }

    private static int spread(int hash) {
        int h = hash * 0x9E37_79B9;
        return h ^ (h >>> 15);
    }

    // --- the file: gzip of magic, version, provenance, tags, predicates (UTF-16 characters), weights

    void write(OutputStream out) throws IOException {
        GZIPOutputStream zipped = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(zipped);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeUTF(provenance);
        data.writeByte(tags.length);
        for (String tag : tags) {
            data.writeUTF(tag);
        }
        int count = predicateCount();
        data.writeInt(count);
        data.writeInt(characters.length);
        data.writeInt(weight.length);
        for (int p = 0; p < count; p++) {
            data.writeByte(start[p + 1] - start[p]);
        }
        ByteBuffer chars = ByteBuffer.allocate(characters.length * 2);
        chars.asCharBuffer().put(characters);
        data.write(chars.array());
        for (int p = 0; p < count; p++) {
            data.writeByte(first[p + 1] - first[p]);
        }
        data.write(tagOf);
        ByteBuffer weights = ByteBuffer.allocate(weight.length * 8);
        weights.asDoubleBuffer().put(weight);
        data.write(weights.array());
        data.flush();
        zipped.finish();
    }

    static PartOfSpeechModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC || data.readInt() != VERSION) {
            throw new IOException("Not a part-of-speech model of version " + VERSION);
        }
        String provenance = data.readUTF();
        String[] tags = new String[data.readUnsignedByte()];
        for (int t = 0; t < tags.length; t++) {
            tags[t] = data.readUTF();
        }
        int count = data.readInt();
        char[] characters = new char[data.readInt()];
        int pairs = data.readInt();
        byte[] lengths = new byte[count];
        data.readFully(lengths);
        int[] start = new int[count + 1];
        for (int p = 0; p < count; p++) {
            start[p + 1] = start[p] + (lengths[p] & 0xff);
        }
        byte[] chars = new byte[characters.length * 2];
        data.readFully(chars);
        ByteBuffer.wrap(chars).asCharBuffer().get(characters);
        data.readFully(lengths);
        int[] first = new int[count + 1];
        for (int p = 0; p < count; p++) {
            first[p + 1] = first[p] + (lengths[p] & 0xff);
        }
        byte[] tagOf = new byte[pairs];
        data.readFully(tagOf);
        byte[] weights = new byte[pairs * 8];
        data.readFully(weights);
        double[] weight = new double[pairs];
        ByteBuffer.wrap(weights).asDoubleBuffer().get(weight);
        if (start[count] != characters.length || first[count] != pairs) {
            throw new IOException("Inconsistent part-of-speech model");
        }
        return new PartOfSpeechModel(provenance, tags, characters, start, first, tagOf, weight);
    }

    private static char[] concatenate(List<String> predicates) {
        StringBuilder all = new StringBuilder();
        predicates.forEach(all::append);
        return all.toString().toCharArray();
    }

    private static int[] starts(List<String> predicates) {
        int[] start = new int[predicates.size() + 1];
        for (int p = 0; p < predicates.size(); p++) {
            if (predicates.get(p).length() > 255) {
                throw new IllegalArgumentException("Predicate longer than 255 characters: " + predicates.get(p));
            }
            start[p + 1] = start[p] + predicates.get(p).length();
        }
        return start;
    }

    private static int[] flatStarts(int[][] tagsOf) {
        int[] first = new int[tagsOf.length + 1];
        for (int p = 0; p < tagsOf.length; p++) {
            if (tagsOf[p].length > 255) {
                throw new IllegalArgumentException("More than 255 weights for predicate " + p);
            }
            first[p + 1] = first[p] + tagsOf[p].length;
        }
        return first;
    }

    private static byte[] flatTags(int[][] tagsOf) {
        byte[] flat = new byte[flatStarts(tagsOf)[tagsOf.length]];
        int k = 0;
        for (int[] of : tagsOf) {
            for (int tag : of) {
                flat[k++] = (byte) tag;
            }
        }
        return flat;
    }

    private static double[] flatWeights(double[][] weights) {
        int size = 0;
        for (double[] w : weights) {
            size += w.length;
        }
        double[] flat = new double[size];
        int k = 0;
        for (double[] w : weights) {
            System.arraycopy(w, 0, flat, k, w.length);
            k += w.length;
        }
        return flat;
    }
}
