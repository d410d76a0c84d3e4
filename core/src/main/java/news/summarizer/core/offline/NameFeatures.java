package news.summarizer.core.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.summarizer.core.text.GermanLexicon;
import news.summarizer.core.text.WordMemo;

/**
 * The features of the {@link NameTagger}: for each word of a sentence, 64-bit hashes of texts such as
 * {@code "w-1=die"}, {@code "lex=STD"} (the dictionary knows the word as a town), {@code "rule=B-PER"} (the rule-based
 * finder's tag). A word's own features are worked out once per distinct word (a {@link WordMemo}).
 */
final class NameFeatures {

    private NameFeatures() {
    }

    /** A word's features that do not depend on its neighbours, worked out once per distinct word. */
    record WordInfo(String lower, String shape, String[] kinds, String kindsJoined, String[] listed, long[] own,
                            long[] asNeighbour, long[] beforeKinds, long[] afterKinds) {
    }

    static WordInfo[] infos(NameTagger.Input input) {
        WordInfo[] infos = new WordInfo[input.words().length];
        for (int i = 0; i < infos.length; i++) {
            infos[i] = info(input.words()[i]);
        }
        return infos;
    }

    private static final WordMemo<WordInfo> WORDS = new WordMemo<>();

    private static WordInfo info(String word) {
        return WORDS.get(word, NameFeatures::wordInfo);
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
        // General knowledge of the world's names ("gaz=place": "Tranomaro" is a town somewhere), with what the
        // dictionary says of the word, since a listed surname such as "Bauer" is a common noun too.
        String[] listed = Gazetteer.shipped().kinds(word);
        for (String kind : listed) {
            own.add(hash("gaz", kind));
            own.add(hash("gaz|lexall", kind, joined));
        }
        if (listed.length == 0 && word.length() > 3 && word.endsWith("s")) { // a genitive: "Tranomaros Hafen"
            for (String kind : Gazetteer.shipped().kinds(word.substring(0, word.length() - 1))) {
                own.add(hash("gazgen", kind));
            }
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
        // What the word gives its neighbours' features, the same for every neighbour: "lex-1=VOR", "gaz1=place" …
        long[] beforeKinds = new long[kinds.length + listed.length];
        long[] afterKinds = new long[beforeKinds.length];
        for (int k = 0; k < kinds.length; k++) {
            beforeKinds[k] = mix(LEX_BEFORE, kinds[k]);
            afterKinds[k] = mix(LEX_AFTER, kinds[k]);
        }
        for (int k = 0; k < listed.length; k++) {
            beforeKinds[kinds.length + k] = mix(GAZ_BEFORE, listed[k]);
            afterKinds[kinds.length + k] = mix(GAZ_AFTER, listed[k]);
        }
        return new WordInfo(lower, shape, kinds, joined, listed, java.util.Arrays.copyOf(own.ids, own.size), asNeighbour,
                beforeKinds, afterKinds);
    }

    /**
     * The features of word {@code i}, each the hash of a text such as {@code "w-1=die"} (see {@link #hash}).
     * Neighbours are read lower-cased (a word's case is its own feature); dictionary readings are reduced to kinds
     * ("lex=VOR": a first name, "lex=STD": a town, "lex=SUB": a common noun).
     */
    static void features(NameTagger.Input input, int i, Features out) {
        features(input, infos(input), i, out);
    }

    private static void features(NameTagger.Input input, WordInfo[] infos, int i, Features out) {
        for (long own : infos[i].own()) {
            out.add(own);
        }
        contextFeatures(input, infos, i, out);
    }

    /** The features of word {@code i} that depend on its neighbours, its position or its tags. */
    static void contextFeatures(NameTagger.Input input, WordInfo[] infos, int i, Features out) {
        String[] words = input.words();
        String[] pos = input.pos();
        String[] rule = input.rule();
        WordInfo word = infos[i];
        out.add(mix(POS, pos[i]));
        out.add(mix(RULE, rule[i]));
        out.add(mix(RULE_BEFORE, i > 0 ? rule[i - 1] : "^", rule[i]));
        out.add(mix(RULE_AFTER, rule[i], i + 1 < words.length ? rule[i + 1] : "$"));
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
                out.add(mix(d < 0 ? POS_BEFORE : POS_AFTER, otherPos));
                out.add(mix(d < 0 ? POS_BEFORE_POS : POS_AFTER_POS, otherPos, pos[i]));
                out.add(mix(d < 0 ? SHAPE_BEFORE : SHAPE_AFTER, inside ? other.shape() : text, word.shape()));
                if (inside) {
                    // "lex-1=…" for each dictionary kind, then "gaz-1=…" for each listed kind (a first name before a surname)
                    for (long kind : d < 0 ? other.beforeKinds() : other.afterKinds()) {
                        out.add(kind);
                    }
                }
            }
        }
        for (String kind : Gazetteer.shipped().runKinds(words, i)) {
            out.add(mix(GAZ_RUN, kind)); // "San" and "Cristóbal" inside the listed "San Cristóbal"
        }
        out.add(mix(mix(KINDS_SHAPE_FIRST, word.kindsJoined(), word.shape()), i == 0 ? "true" : "false")); // "…=VOR|Xxtrue"
        out.add(mix(KINDS_RULE, word.kindsJoined(), rule[i]));
        for (String kind : word.kinds()) {
            out.add(mix(KIND_POS, kind, pos[i]));
        }
    }

    // The hash state after "name=" of the features every word has (see hash): computed once, not per word.
    private static final long POS = prefix("pos");
    private static final long RULE = prefix("rule");
    private static final long RULE_BEFORE = prefix("rule-1");
    private static final long RULE_AFTER = prefix("rule+1");
    private static final long POS_BEFORE = prefix("pos-1");
    private static final long POS_AFTER = prefix("pos1");
    private static final long POS_BEFORE_POS = prefix("pos-1|pos");
    private static final long POS_AFTER_POS = prefix("pos1|pos");
    private static final long SHAPE_BEFORE = prefix("sh-1|sh");
    private static final long SHAPE_AFTER = prefix("sh1|sh");
    private static final long LEX_BEFORE = prefix("lex-1");
    private static final long LEX_AFTER = prefix("lex1");
    private static final long GAZ_BEFORE = prefix("gaz-1");
    private static final long GAZ_AFTER = prefix("gaz1");
    private static final long GAZ_RUN = prefix("gazrun");
    private static final long KINDS_SHAPE_FIRST = prefix("lexall|sh|first");
    private static final long KINDS_RULE = prefix("lexall|rule");
    private static final long KIND_POS = prefix("lex|pos");

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
        return mix(prefix(name), value);
    }

    static long hash(String name, String value, String second) {
        return mix(prefix(name), value, second);
    }

    /** The hash state after {@code name + "="}. */
    private static long prefix(String name) {
        return mix(mix(FNV_OFFSET, name), '=');
    }

    /** {@code value + "|" + second} hashed on from a {@link #prefix}. */
    private static long mix(long prefix, String value, String second) {
        return mix(mix(mix(prefix, value), '|'), second);
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

}
