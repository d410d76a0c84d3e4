package news.summarizer.core.offline;

/** A sentence with its content terms and how well it represents the article (higher is better). */
record RankedSentence(Sentence sentence, TermVector terms, double score, boolean eligible) {

    int index() {
        return sentence.index();
    }
}
