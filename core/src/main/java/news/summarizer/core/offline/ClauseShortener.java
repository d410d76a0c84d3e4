package news.summarizer.core.offline;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens a sentence at a clause boundary: before a subordinate clause, a relative clause or a dash insertion,
 * so what is left is still a statement. Only when no boundary fits is the sentence cut between words, with an
 * ellipsis so nobody mistakes the fragment for the article's full sentence.
 */
final class ClauseShortener {

    private static final Pattern BOUNDARY = Pattern.compile(
            "(?:, (?=(?:dass|weil|wenn|obwohl|nachdem|als|wie|um|die|der|das|den|dem|deren|dessen|denen|welche|welcher"
                    + "|wo|was|ob|damit|sodass|bevor|während|falls|sofern|indem|zumal|aber|doch|sondern|so|wonach|wobei"
                    + "|womit|weshalb|nach|bis|seit)\\b))|(?: [-–—] )|(?:; )|(?:: )");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:!?–—-]+$");

    private ClauseShortener() {
    }

    /** The sentence itself when short enough, else its longest leading clause run of at most {@code max} chars. */
    private static final Pattern LEADING_CONJUNCTION =
            Pattern.compile("^(Doch|Aber|Und|Denn):? (\\p{L})");

    /**
     * A sentence that must stand on its own (a key point, an actor's description): shortened, and without the
     * "Doch"/"Aber:" that only made sense after the previous sentence.
     */
    static String standalone(String sentence, int maxLength) {
        String text = shorten(sentence, maxLength);
        var conjunction = LEADING_CONJUNCTION.matcher(text);
        if (conjunction.find()) {
            text = conjunction.group(2).toUpperCase(Locale.ROOT) + text.substring(conjunction.end());
        }
        return text;
    }

    static String shorten(String sentence, int max) {
        String text = sentence.strip();
        if (text.length() <= max) {
            return text;
        }
        int best = -1;
        Matcher matcher = BOUNDARY.matcher(text);
        while (matcher.find() && matcher.start() <= max) {
            if (matcher.start() >= Math.min(40, max / 3) && balanced(text.substring(0, matcher.start()))) {
                best = matcher.start();
            }
        }
        if (best > 0) {
            return stripTrailing(text.substring(0, best)) + ".";
        }
        // Room for " …", and the cut falls between words so no word is ever broken.
        int space = text.lastIndexOf(' ', max - 2);
        String cut = space > 0 ? text.substring(0, space) : text.substring(0, max - 2);
        return stripTrailing(cut) + " …";
    }

    /** A headline: short, at a clause boundary where possible, without a closing full stop. */
    static String headline(String sentence, int max) {
        String shortened = shorten(sentence, max);
        return shortened.endsWith("…") ? shortened : stripTrailing(shortened);
    }

    static String stripTrailing(String text) {
        return TRAILING_PUNCTUATION.matcher(text).replaceAll("");
    }

    /** A cut inside a quotation or parenthesis would leave it open. */
    private static boolean balanced(String text) {
        int quotes = 0;
        int parentheses = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '„', '“', '”', '«', '»' -> quotes++;
                case '(' -> parentheses++;
                case ')' -> parentheses--;
                default -> { }
            }
        }
        return quotes % 2 == 0 && parentheses == 0;
    }
}
