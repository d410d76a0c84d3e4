package news.summarizer.core.offline;

import java.util.List;
import news.summarizer.core.text.GermanLexicon;
import java.util.Set;

/**
 * Bylines and photo credits name the people who wrote or photographed the story, never its actors:
 * "Von Anna Roth", "Foto: Jens Weber/dpa", "Bild: picture alliance".
 */
final class Credits {

    /** A follow button with the author's name is a few words; prose that says "folgt" is longer. */
    private static final int FOLLOW_LINE_WORDS = 6;

    /**
     * Labels of a credit line before a colon (a closed set of page labels): "Foto: …", "Credits: Titelbild …",
     * "Bildnachweis: …", "Titelbild: …".
     */
    private static final Set<String> CREDIT_WORDS = Set.of("Foto", "Fotos", "Bild", "Bilder", "Quelle", "Grafik",
            "Video", "Copyright", "©", "Fotograf", "Archivbild", "Symbolbild", "Credits", "Credit", "Titelbild",
            "Titelfoto", "Bildnachweis", "Bildnachweise", "Fotonachweis", "Bildquelle");
    private static final int MAX_BYLINE_WORDS = 8;
    private static final Set<String> NEWSROOM_JOBS = Set.of("Redakteur", "Redakteurin", "Korrespondent",
            "Korrespondentin", "Wirtschaftskorrespondent", "Wirtschaftskorrespondentin", "Reporter", "Reporterin",
            "Volontär", "Volontärin", "Ressortleiter", "Ressortleiterin");

    private Credits() {
    }

    /** "Von Anna Roth" or "Von Anna Roth und Jan Berg, Hamburg" as a sentence of its own. */
    static boolean isByline(Sentence sentence) {
        List<Word> words = sentence.bodyWords();
        return words.size() >= 2 && words.size() <= MAX_BYLINE_WORDS && words.get(0).is("Von")
                && words.get(1).isCapitalized() && !words.get(1).is("der") && words.stream().noneMatch(Word::isVerb);
    }

    /**
     * An author box: "Anna Roth Redakteurin in der Wirtschaft. Folgen" — a name with a newsroom job and no verb,
     * or the follow buttons of a news site.
     */
    static boolean isAuthorBox(Sentence sentence) {
        List<Word> words = sentence.bodyWords();
        // One pass, not four streams: asked for every sentence of every article.
        boolean newsroomJob = false;
        boolean folgen = false;
        boolean verb = false;
        for (Word word : words) {
            newsroomJob |= NEWSROOM_JOBS.contains(word.text());
            folgen |= word.is("Folgen");
            verb |= word.isVerb();
        }
        // A news site's follow button next to the author's name ("Folgen", "Ich folge", "Folgen Sie"): a short line
        // whose only verb is "folgen", by the dictionary's lemma.
        // "Folgen" alone only on a short line or as the line's first word (the button before the next author's
        // name): in prose it is the noun ("die Folgen des Sturms", "in den kommenden Folgen"), and a sentence
        // holding it lost all its names.
        boolean button = folgen && (words.size() <= FOLLOW_LINE_WORDS || !words.isEmpty() && words.get(0).is("Folgen"));
        boolean follow = button || words.size() <= FOLLOW_LINE_WORDS && words.stream().anyMatch(Credits::follows)
                && words.stream().filter(Word::isVerb).allMatch(Credits::follows);
        return follow || newsroomJob && !verb;
    }

    private static boolean follows(Word verb) {
        return GermanLexicon.lookup(verb.text()).readings().stream()
                .anyMatch(reading -> reading.kind() == GermanLexicon.Kind.VERB && reading.lemma().equals("folgen"));
    }

    /** Index of the first word of a credit inside the sentence ("Foto: …", "©"), or the number of words. */
    static int creditStart(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            String text = words.get(i).text();
            boolean labelled = CREDIT_WORDS.contains(text) && i + 1 < words.size() && words.get(i + 1).is(":");
            if (labelled || text.equals("©")) {
                return i;
            }
        }
        return words.size();
    }
}
