package news.summarizer.core.model;

/**
 * One way a model's draft misses the contract: what to tell the model (German, naming the field) and what to tell
 * the reader should the draft be delivered anyway.
 *
 * @param claim for a {@link Kind#FACT} problem: the sentence or key point that carries the unsupported claim
 */
record Problem(Kind kind, String forModel, String forReader, Claim claim) {

    static Problem hard(String forModel) {
        return new Problem(Kind.HARD, forModel, forModel, null);
    }

    static Problem soft(String forModel, String forReader) {
        return new Problem(Kind.SOFT, forModel, forReader, null);
    }

    static Problem language(String forModel) {
        return new Problem(Kind.LANGUAGE, forModel, forModel, null);
    }

    enum Kind {
        /** Unparseable, a required field missing or of the wrong type: never delivered. */
        HARD,
        /** Not German: never delivered, corrected at most once. */
        LANGUAGE,
        /** A count or a length off: corrected at most once, then delivered with a warning. */
        SOFT,
        /** A number, date or name the article does not contain: corrected once, then dropped or flagged. */
        FACT;

        boolean blocksDelivery() {
            return this == HARD || this == LANGUAGE;
        }
    }

    /** Where an unsupported claim sits: a sentence of the summary, a key point, the headline or a statement, and its text. */
    record Claim(Field field, int index, String text, String unsupported) {
        enum Field { HEADLINE, SUMMARY, KEY_POINT, STATEMENT }
    }
}
