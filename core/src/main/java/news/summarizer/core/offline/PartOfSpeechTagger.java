package news.summarizer.core.offline;

import java.util.Arrays;

/**
 * Tags German words with universal part-of-speech tags (NOUN, PROPN, VERB …) with the {@link PartOfSpeechModel},
 * giving exactly the tags Apache OpenNLP 2.5's {@code POSTaggerME} gives with that model and a beam of one, at a
 * fraction of its cost: no feature strings, no hash maps of strings, no sequence objects (see docs/performance.md,
 * "Our own part-of-speech runtime").
 *
 * <p>What it reproduces, from OpenNLP's sources and the model's feature descriptor ({@code generator.featuregen}):
 * per word, in this order, the features {@code def}; {@code suf=} the last 1–4 characters; {@code pre=} the first
 * 1–4; {@code w=} the word lower-cased, then {@code p1w= p2w= n1w= n2w=} the two words before and after;
 * {@code S=begin} on the first word, {@code p1S=begin} / {@code p2S=begin} on the second and third; {@code wc=} the
 * word's class and {@code w&c=} word and class; {@code t=} the previous tag and {@code t2=} the two previous tags.
 * The tag's score starts at log(1/number of tags) and adds each known feature's weights in that order (so the double
 * sums are OpenNLP's to the bit); the best tag wins, the first one on a tie (OpenNLP's priority queue keeps the
 * first of equal sequences). OpenNLP compares normalised probabilities, not sums: when two sums are within
 * {@value #NEAR_TIE} of each other this class computes the probabilities exactly as OpenNLP does before choosing.
 * The model has no tag dictionary, so every tag is allowed everywhere.
 *
 * <p>Thread-safe: the tables are immutable; each call allocates its own small arrays.
 */
final class PartOfSpeechTagger {

    /** Sums closer than this go through OpenNLP's own arithmetic (exp, normalise); far below any tag's margin. */
    static final double NEAR_TIE = 1e-7;
    /** Above this the exponential of a sum would leave the doubles; no sum of this model gets near (|weight| < 11). */
    private static final double SAFE_SUM = 600;

    private static final char[] SUFFIX = "suf=".toCharArray();
    private static final char[] PREFIX = "pre=".toCharArray();
    private static final char[] WORD_AND_CLASS = "w&c=".toCharArray();
    private static final int SUFFIX_HASH = fold(0, SUFFIX, 0, SUFFIX.length);
    private static final int PREFIX_HASH = fold(0, PREFIX, 0, PREFIX.length);
    private static final int WORD_AND_CLASS_HASH = fold(0, WORD_AND_CLASS, 0, WORD_AND_CLASS.length);
    private static final int AFFIXES = 4;
    /** def, 4 suffixes, 4 prefixes, 5 words, 1 sentence start, class, word and class, 2 previous tags. */
    private static final int MAX_FEATURES = 19;

    private final PartOfSpeechModel model;
    private final int tagCount;
    private final double prior;
    private final int always;
    private final int sentenceBegin;
    private final int previousSentenceBegin;
    private final int secondPreviousSentenceBegin;
    /** {@code t=} + tag, by tag. */
    private final int[] previousTag;
    /** {@code t2=} + tag before + "," + tag, by {@code tag before * tagCount + tag}. */
    private final int[] previousTags;
    /** {@code wc=} + class, by class; {@code ","} + class (the end of {@code w&c=}), by class. */
    private final int[] wordClass;
    private final char[][] classEnding;

    PartOfSpeechTagger(PartOfSpeechModel model) {
        this.model = model;
        this.tagCount = model.tagCount();
        this.prior = StrictMath.log(1.0 / tagCount);
        this.always = model.find("def");
        this.sentenceBegin = model.find("S=begin");
        this.previousSentenceBegin = model.find("p1S=begin");
        this.secondPreviousSentenceBegin = model.find("p2S=begin");
        this.previousTag = new int[tagCount];
        this.previousTags = new int[tagCount * tagCount];
        for (int tag = 0; tag < tagCount; tag++) {
            // String.concat, not "+": the first "+" in a fresh JVM costs milliseconds of bootstrap (load time)
            previousTag[tag] = model.find("t=".concat(model.tag(tag)));
            for (int before = 0; before < tagCount; before++) {
                previousTags[before * tagCount + tag] = model.find(String.join("", "t2=", model.tag(before), ",",
                        model.tag(tag)));
            }
        }
        this.wordClass = new int[WordClass.NAMES.length];
        this.classEnding = new char[WordClass.NAMES.length][];
        for (int c = 0; c < WordClass.NAMES.length; c++) {
            wordClass[c] = model.find("wc=".concat(WordClass.NAMES[c]));
            classEnding[c] = ",".concat(WordClass.NAMES[c]).toCharArray();
        }
    }

    /** The shipped model's tagger, built on first use. */
    static PartOfSpeechTagger shipped() {
        return Holder.TAGGER;
    }

    private static final class Holder {
        static final PartOfSpeechTagger TAGGER = new PartOfSpeechTagger(PartOfSpeechModel.shipped());
    }

    /** One tag per token. */
    String[] tag(String[] tokens) {
        int[] ids = tagIds(tokens);
        String[] tags = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            tags[i] = model.tag(ids[i]);
        }
        return tags;
    }

    int[] tagIds(String[] tokens) {
        int n = tokens.length;
        Sentence sentence = new Sentence(tokens);
        int[] tags = new int[n];
        double[] sums = new double[tagCount];
        int[] features = new int[MAX_FEATURES];
        for (int i = 0; i < n; i++) {
            Arrays.fill(sums, prior);
            int count = features(sentence, tags, i, features);
            for (int k = 0; k < count; k++) {
                model.addWeights(features[k], sums);
            }
            tags[i] = best(sums);
        }
        return tags;
    }

    /**
     * The predicates active for token {@code index} given the earlier tags, in the order they are added (for the
     * equivalence tests: OpenNLP's context for the same token, less the features the model does not know).
     */
    int[] activePredicates(String[] tokens, int[] tags, int index) {
        int[] features = new int[MAX_FEATURES];
        return Arrays.copyOf(features, features(new Sentence(tokens), tags, index, features));
    }

    /** Writes the known predicates of token {@code i} into {@code into}, in OpenNLP's order; returns their number. */
    private int features(Sentence sentence, int[] tags, int i, int[] into) {
        int n = sentence.word.length;
        int size = 0;
        size = put(always, into, size);
        for (int k = 0; k < 2 * AFFIXES; k++) {
            size = put(sentence.affixes[i * 2 * AFFIXES + k], into, size);
        }
        size = put(model.wordPredicate(sentence.word[i], 0), into, size);
        if (i >= 1) {
            size = put(model.wordPredicate(sentence.word[i - 1], 1), into, size);
        }
        if (i >= 2) {
            size = put(model.wordPredicate(sentence.word[i - 2], 2), into, size);
        }
        if (i + 1 < n) {
            size = put(model.wordPredicate(sentence.word[i + 1], 3), into, size);
        }
        if (i + 2 < n) {
            size = put(model.wordPredicate(sentence.word[i + 2], 4), into, size);
        }
        if (i <= 2) {
            size = put(i == 0 ? sentenceBegin : i == 1 ? previousSentenceBegin : secondPreviousSentenceBegin, into, size);
        }
        size = put(wordClass[sentence.wordClass[i]], into, size);
        size = put(sentence.wordAndClass[i], into, size);
        if (i >= 1) {
            size = put(previousTag[tags[i - 1]], into, size);
        }
        if (i >= 2) {
            size = put(previousTags[tags[i - 2] * tagCount + tags[i - 1]], into, size);
        }
        return size;
    }

    private static int put(int predicate, int[] into, int size) {
        if (predicate >= 0) {
            into[size++] = predicate;
        }
        return size;
    }

    /** The highest sum, the first on a tie; near ties decided on OpenNLP's probabilities. */
    private static int best(double[] sums) {
        int best = 0;
        for (int t = 1; t < sums.length; t++) {
            if (sums[t] > sums[best]) {
                best = t;
            }
        }
        double top = sums[best];
        boolean near = !(top > -SAFE_SUM && top < SAFE_SUM);
        for (int t = 0; t < sums.length && !near; t++) {
            near = t != best && top - sums[t] <= NEAR_TIE;
        }
        return near ? bestByProbability(sums, best) : best;
    }

    /**
     * OpenNLP's own decision: probabilities {@code exp(sum) / Σ exp}, summed in tag order, then the first tag whose
     * probability is at least the highest (BeamSearch with a beam of one).
     */
    static int bestByProbability(double[] sums, int fallback) {
        double[] probabilities = new double[sums.length];
        double normal = 0;
        for (int t = 0; t < sums.length; t++) {
            probabilities[t] = StrictMath.exp(sums[t]);
            normal += probabilities[t];
        }
        for (int t = 0; t < sums.length; t++) {
            probabilities[t] /= normal;
        }
        double[] sorted = probabilities.clone();
        Arrays.sort(sorted);
        double highest = sorted[sorted.length - 1];
        for (int t = 0; t < sums.length; t++) {
            if (probabilities[t] >= highest) {
                return t;
            }
        }
        return fallback;
    }

    private static int fold(int hash, char[] chars, int from, int length) {
        for (int i = from; i < from + length; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash;
    }

    /** The sentence's per-token predicates that do not depend on tags, each looked up once. */
    private final class Sentence {
        final int[] affixes;
        /** The word's entry in the model's table of lower-cased words (-1: unknown), for w= and the window. */
        final int[] word;
        final int[] wordClass;
        final int[] wordAndClass;

        Sentence(String[] tokens) {
            int n = tokens.length;
            affixes = new int[n * 2 * AFFIXES];
            word = new int[n];
            wordClass = new int[n];
            wordAndClass = new int[n];
            for (int i = 0; i < n; i++) {
                int[] known = tokenPredicates(tokens[i]);
                System.arraycopy(known, 0, affixes, i * 2 * AFFIXES, 2 * AFFIXES);
                word[i] = known[2 * AFFIXES];
                wordClass[i] = known[2 * AFFIXES + 1];
                wordAndClass[i] = known[2 * AFFIXES + 2];
            }
        }
    }

    /**
     * Tokens met lately and their predicates that depend on the token alone (affixes, word entry, word class, word
     * and class): an article's words recur ("die", "der", the names), and each costs some ten look-ups in the model.
     * The model is immutable, so a remembered answer is the answer.
     */
    private final news.summarizer.core.text.WordMemo<int[]> tokens = new news.summarizer.core.text.WordMemo<>();

    /** {@code 2 * AFFIXES} suffix and prefix predicates (-1: unknown), then word entry, word class, word and class. */
    private int[] tokenPredicates(String token) {
        return tokens.get(token, this::readPredicates);
    }

    private int[] readPredicates(String token) {
        int size = token.length();
        char[] original = token.toCharArray();
        char[] lower = new char[2 * size];
        int[] known = new int[2 * AFFIXES + 3];
        Arrays.fill(known, 0, 2 * AFFIXES, -1);
        for (int k = 1; k <= Math.min(AFFIXES, size); k++) {
            known[k - 1] = model.find(fold(SUFFIX_HASH, original, size - k, k), SUFFIX, original, size - k, k, null);
        }
        int hash = PREFIX_HASH;
        for (int k = 1; k <= Math.min(AFFIXES, size); k++) {
            hash = 31 * hash + original[k - 1];
            known[AFFIXES + k - 1] = model.find(hash, PREFIX, original, 0, k, null);
        }
        int lowerLength = lowerCase(original, 0, size, lower, 0);
        known[2 * AFFIXES] = model.findWord(fold(0, lower, 0, lowerLength), lower, 0, lowerLength);
        int kind = WordClass.of(original, 0, size);
        known[2 * AFFIXES + 1] = kind;
        char[] ending = classEnding[kind];
        int withClass = fold(fold(WORD_AND_CLASS_HASH, lower, 0, lowerLength), ending, 0, ending.length);
        known[2 * AFFIXES + 2] = model.find(withClass, WORD_AND_CLASS, lower, 0, lowerLength, ending);
        return known;
    }

    /**
     * OpenNLP's {@code StringUtil.toLowerCase}: each code point through {@link Character#toLowerCase(int)} (not
     * {@link String#toLowerCase()}, which treats a few letters by context); returns the number of chars written.
     */
    static int lowerCase(char[] source, int from, int to, char[] target, int at) {
        int start = at;
        for (int i = from; i < to; ) {
            char c = source[i];
            if (c < 0x80) {
                target[at++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                i++;
                continue;
            }
            int codePoint = Character.codePointAt(source, i, to);
            i += Character.charCount(codePoint);
            int lower = Character.toLowerCase(codePoint);
            if (Character.isBmpCodePoint(lower)) {
                target[at++] = (char) lower;
            } else {
                target[at++] = Character.highSurrogate(lower);
                target[at++] = Character.lowSurrogate(lower);
            }
        }
        return at - start;
    }
}
