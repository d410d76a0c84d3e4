package news.summarizer.core.model;

import news.summarizer.core.engine.SummaryLimits;

/**
 * What a conversation holds a draft to. A whole article (or the merge of its parts) gets every rule; the part of a
 * long article only the hard ones, since its summary is material for the merge, not for a reader.
 *
 * @param limits the counts and lengths (soft rules), rendered into the prompt as well
 * @param soft   whether counts and lengths are checked at all
 * @param facts  checks numbers, dates and names against the article; null when facts are not checked
 */
record Rules(SummaryLimits limits, boolean soft, FactChecker facts) {

    static Rules full(SummaryLimits limits, FactChecker facts) {
        return new Rules(limits, true, facts);
    }

    static Rules hardOnly() {
        return new Rules(SummaryLimits.STANDARD, false, null);
    }
}
