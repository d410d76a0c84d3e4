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

    /**
     * "nach Angaben (von) X", "nach Informationen der X", "nach Auffassung des X" …, and "aus Sicht (von) X", the
     * other preposition German uses for a point of view ("Aus Sicht der Kammer ist …").
     */
    static boolean isAngaben(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && (tokens.get(i).text().equalsIgnoreCase("nach")
                && SOURCE_NOUNS.contains(tokens.get(i + 1).text())
                || tokens.get(i).text().equalsIgnoreCase("aus") && tokens.get(i + 1).is("Sicht"));
    }

    /** The possessives of a source named by a pronoun: "Seinen Angaben nach", "ihrer Ansicht nach". */
    private static final Set<String> POSSESSIVES = Set.of("seinen", "ihren", "seiner", "ihrer");

    /**
     * "Seinen Angaben nach …", "Ihrer Ansicht nach …": the source noun before a postponed "nach", its source a
     * possessive that refers back to a person, as "nach seinen Angaben" does.
     */
    static boolean isPossessiveAngaben(List<Token> tokens, int i) {
        return i + 2 < tokens.size() && POSSESSIVES.contains(tokens.get(i).text().toLowerCase(java.util.Locale.ROOT))
                && SOURCE_NOUNS.contains(tokens.get(i + 1).text()) && tokens.get(i + 2).is("nach");
    }

    /** "nach eigenen Angaben", "nach eigener Darstellung": the sentence's own subject says so. */
    static boolean isOwnAngaben(List<Token> tokens, int i) {
        return tokens.get(i).text().equalsIgnoreCase("nach") && i + 2 < tokens.size()
                && (tokens.get(i + 1).is("eigenen") || tokens.get(i + 1).is("eigener"))
                && SOURCE_NOUNS.contains(tokens.get(i + 2).text());
    }
}
