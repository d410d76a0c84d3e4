package news.summarizer.core.model;

import news.summarizer.core.text.GermanSentences;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long article into parts that fit the model's input budget, at paragraph boundaries where possible and
 * at sentence boundaries inside an over-long paragraph, so no part starts mid-sentence.
 */
final class ArticleSplitter {

    /** German news prose averages about four characters per token; three keeps the estimate on the safe side. */
    static final int CHARACTERS_PER_TOKEN = 3;

    private ArticleSplitter() {
    }

    static int estimateTokens(String text) {
        return (text.length() + CHARACTERS_PER_TOKEN - 1) / CHARACTERS_PER_TOKEN;
    }

    static List<String> split(String text, int budgetTokens) {
        int budget = Math.max(200, budgetTokens * CHARACTERS_PER_TOKEN);
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            for (String piece : paragraph.length() > budget ? bySentence(paragraph, budget) : List.of(paragraph)) {
                if (current.length() > 0 && current.length() + 2 + piece.length() > budget) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
                if (current.length() > 0) {
                    current.append("\n\n");
                }
                current.append(piece);
            }
        }
        if (current.length() > 0) {
            parts.add(current.toString());
        }
        return parts;
    }

    private static List<String> bySentence(String paragraph, int budget) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String sentence : GermanSentences.split(paragraph).stream().map(span -> span.of(paragraph)).toList()) {
            if (current.length() > 0 && current.length() + 1 + sentence.length() > budget) {
                pieces.add(current.toString());
                current.setLength(0);
            }
            if (sentence.length() > budget) { // one endless "sentence": cut hard rather than exceed the budget
                for (int at = 0; at < sentence.length(); at += budget) {
                    pieces.add(sentence.substring(at, Math.min(sentence.length(), at + budget)));
                }
                continue;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(sentence);
        }
        if (current.length() > 0) {
            pieces.add(current.toString());
        }
        return pieces;
    }
}
