package news.summarizer.core.statements;

import java.util.List;
import java.util.Set;

/** The attribution stage's source phrases: "nach Angaben (von) X", "nach eigenen Angaben". */
final class SourcePhrases {

    /** Nouns of "nach … X" that name X as the source of the sentence. */
    private static final Set<String> SOURCE_NOUNS = Set.of("Angaben", "Informationen", "Auffassung", "Ansicht",
            "Einschätzung", "Darstellung", "Worten", "Aussage", "Aussagen", "Schätzung", "Schätzungen", "Erkenntnissen",
            "Berechnungen", "Meinung");

    private SourcePhrases() {
    }

    /** "nach Angaben (von) X", "nach Informationen der X", "nach Auffassung des X" … */
    static boolean isAngaben(List<Token> tokens, int i) {
        return tokens.get(i).text().equalsIgnoreCase("nach") && i + 1 < tokens.size()
                && SOURCE_NOUNS.contains(tokens.get(i + 1).text());
    }

    /** "nach eigenen Angaben", "nach eigener Darstellung": the sentence's own subject says so. */
    static boolean isOwnAngaben(List<Token> tokens, int i) {
        return tokens.get(i).text().equalsIgnoreCase("nach") && i + 2 < tokens.size()
                && (tokens.get(i + 1).is("eigenen") || tokens.get(i + 1).is("eigener"))
                && SOURCE_NOUNS.contains(tokens.get(i + 2).text());
    }
}
