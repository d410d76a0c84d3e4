package news.summarizer.core.offline;

/**
 * One word of a sentence with its UD part-of-speech tag. Hyphenated compounds ("US-Präsident") are one word
 * tagged like their last part, because German compounds take the class of their head.
 *
 * @param start offset in the article text
 * @param end   offset after the word in the article text
 */
record Word(String text, int start, int end, String tag) {

    boolean isProperNoun() {
        return "PROPN".equals(tag);
    }

    boolean isNoun() {
        return "NOUN".equals(tag);
    }

    boolean isVerb() {
        return "VERB".equals(tag) || "AUX".equals(tag);
    }

    boolean isPunctuation() {
        return "PUNCT".equals(tag);
    }

    boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean is(String other) {
        return text.equals(other);
    }
}
