package news.summarizer.core.offline;

import java.util.List;

/**
 * A sentence of the article, with the dateline ("Washington - ") split off so it is never quoted as content.
 *
 * @param index     position among all sentences of the article
 * @param paragraph position of the paragraph (line) the sentence belongs to
 * @param start     article offset of the sentence
 * @param bodyStart article offset after a leading dateline (equals {@code start} without one)
 * @param heading   a subheading, teaser question or other line that is not running prose
 */
record Sentence(int index, int paragraph, int start, int bodyStart, String text, String body, List<Word> words,
                boolean heading) {

    int end() {
        return start + text.length();
    }

    /** Words of the body, without the dateline. */
    List<Word> bodyWords() {
        return words.stream().filter(word -> word.start() >= bodyStart).toList();
    }

    /**
     * A piece of a quotation that cannot stand alone: an odd number of quote marks (the quotation runs over
     * several sentences), or a quotation with no speaker after it.
     */
    boolean quoteOnly() {
        String text = body.strip();
        int quotes = 0;
        int lastQuote = -1;
        for (int i = 0; i < text.length(); i++) {
            if ("\"„“”«»".indexOf(text.charAt(i)) >= 0) {
                quotes++;
                lastQuote = i;
            }
        }
        if (quotes % 2 == 1) {
            return true;
        }
        boolean opensWithQuote = !text.isEmpty() && "\"„“”«»".indexOf(text.charAt(0)) >= 0;
        return opensWithQuote && text.substring(lastQuote + 1).replaceAll("[^\\p{L}]+", " ").isBlank();
    }
}
