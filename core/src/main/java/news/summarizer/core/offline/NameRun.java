package news.summarizer.core.offline;

import java.util.List;

/**
 * A run of capitalised name words in one sentence ("Lena Hartwig", "Deutschen Bahn", "Frankfurt (Oder)"),
 * with the words around it that tell what kind of name it is.
 *
 * @param from  index of the first word in {@code sentence.words()}
 * @param to    index after the last word
 * @param text  the run verbatim from the article
 */
record NameRun(Sentence sentence, int from, int to, String text, int start) {

    List<Word> words() {
        return sentence.words().subList(from, to);
    }

    /** The word before the run, or null at the start of the sentence body. */
    Word before() {
        return from > 0 && sentence.words().get(from - 1).start() >= sentence.bodyStart()
                ? sentence.words().get(from - 1) : null;
    }

    Word after() {
        return to < sentence.words().size() ? sentence.words().get(to) : null;
    }

    int wordCount() {
        return (int) words().stream().filter(word -> !word.isPunctuation()).count();
    }

    String lastWord() {
        return sentence.words().get(to - 1).text();
    }
}
