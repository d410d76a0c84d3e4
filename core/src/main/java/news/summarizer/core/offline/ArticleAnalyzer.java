package news.summarizer.core.offline;

import news.summarizer.core.text.GermanSentences;
import news.summarizer.core.text.GermanTokens;
import news.summarizer.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import news.summarizer.core.text.Datelines;

/** Turns the article text into sentences of tagged words, keeping every offset relative to the article text. */
final class ArticleAnalyzer {

    /** A dateline opens one of the first paragraphs (after a title line, a time stamp, an "Anzeige" or byline line). */
    private static final int DATELINE_PARAGRAPHS = 3;
    private static final Pattern TERMINAL = Pattern.compile("[.!?…:;\"“”»«')]$");

    private ArticleAnalyzer() {
    }

    /**
     * The last article this thread analysed: the engine and the entity finder read the same article one after the
     * other, and tagging it is most of the cost. Sentences and words are immutable records.
     */
    private static final ThreadLocal<Analysis> LAST = new ThreadLocal<>();

    private record Analysis(String text, List<Sentence> sentences) {
    }

    static List<Sentence> analyze(String text) {
        Analysis last = LAST.get();
        if (last != null && last.text().equals(text)) {
            return last.sentences();
        }
        List<Sentence> sentences = List.copyOf(tagged(text));
        LAST.set(new Analysis(text, sentences));
        return sentences;
    }

    private static List<Sentence> tagged(String text) {
        PartOfSpeechTagger tagger = PartOfSpeechTagger.shipped();
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                List<TextSpan> spans = GermanSentences.split(line);
                boolean heading = spans.size() == 1 && isHeading(line.strip());
                for (int i = 0; i < spans.size(); i++) {
                    int start = lineStart + spans.get(i).start();
                    String sentenceText = text.substring(start, lineStart + spans.get(i).end());
                    int bodyStart = start + (i == 0 && paragraph <= DATELINE_PARAGRAPHS
                            ? Datelines.leadingDatelineLength(sentenceText) : 0);
                    sentences.add(new Sentence(sentences.size(), paragraph, start, bodyStart, sentenceText,
                            text.substring(bodyStart, start + sentenceText.length()), words(tagger, text, start,
                            sentenceText), heading));
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    /** One sentence of prose given as tokens (an annotated corpus), its text the tokens joined by single spaces. */
    static Sentence sentenceOf(List<String> tokens) {
        String[] strings = tokens.toArray(String[]::new);
        String[] tags = PartOfSpeechTagger.shipped().tag(strings);
        List<Word> words = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < strings.length; i++) {
            words.add(new Word(strings[i], offset, offset + strings[i].length(), tags[i]));
            offset += strings[i].length() + 1;
        }
        String text = String.join(" ", tokens);
        return new Sentence(0, 0, 0, 0, text, text, List.copyOf(words), false);
    }

    /** Lines without closing punctuation, and short questions standing alone, are subheadings. */
    private static boolean isHeading(String line) {
        if (!TERMINAL.matcher(line).find()) {
            return true;
        }
        return line.endsWith("?") && line.split("\\s+").length <= 8;
    }

    private static List<Word> words(PartOfSpeechTagger tagger, String text, int offset, String sentence) {
        List<TextSpan> tokens = GermanTokens.tokenize(sentence);
        String[] strings = tokens.stream().map(span -> span.of(sentence)).toArray(String[]::new);
        String[] tags = tagger.tag(strings);
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            words.add(new Word(strings[i], offset + tokens.get(i).start(), offset + tokens.get(i).end(),
                    lettersNeverPunctuation(strings[i], tags[i])));
        }
        return joinCompounds(text, words);
    }

    /**
     * A word with letters is never punctuation: the tagger, trained on few quotations, now and then tags the word
     * after a quotation mark PUNCT ("„Nicht Jolanda Brinkmeier oder …": "Brinkmeier/PUNCT"), which cuts a name in two.
     * A capitalised word so tagged is read as a proper noun (the name finder then decides), any other as "X".
     */
    static String lettersNeverPunctuation(String token, String tag) {
        if (!"PUNCT".equals(tag) || token.chars().noneMatch(Character::isLetter)) {
            return tag;
        }
        return Character.isUpperCase(token.charAt(0)) ? "PROPN" : "X";
    }

    /** "US" "-" "Präsident" → "US-Präsident" (NOUN); "Strack-" "Zimmermann" → "Strack-Zimmermann" (PROPN). */
    private static List<Word> joinCompounds(String text, List<Word> words) {
        List<Word> joined = new ArrayList<>();
        for (Word word : words) {
            Word last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            boolean touches = last != null && last.end() == word.start();
            boolean hyphenPending = last != null && last.text().endsWith("-") && last.text().length() > 1;
            boolean isHyphen = word.is("-") && touches && last.text().chars().anyMatch(Character::isLetterOrDigit)
                    && word.end() < text.length() && Character.isLetterOrDigit(text.charAt(word.end()));
            if (isHyphen || (touches && hyphenPending && Character.isLetterOrDigit(word.text().charAt(0)))) {
                String tag = isHyphen ? last.tag() : word.tag();
                joined.set(joined.size() - 1, new Word(last.text() + word.text(), last.start(), word.end(), tag));
            } else {
                joined.add(word);
            }
        }
        return joined;
    }
}
