package news.summarizer.core.offline;

import news.summarizer.core.text.GermanLexicon;
import news.summarizer.core.text.NameForms;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a name the article declines back into the form a reader expects: "der Deutschen Bahn" → "Deutsche Bahn",
 * "Russlands" → "Russland", "des Kremls" → "Kreml". Only endings change; the grounder recognises the article's
 * declined form as the same name.
 */
final class ActorNames {

    /** Determiners and contractions that put the following noun phrase in dative or genitive. */
    private static final Set<String> OBLIQUE = Set.of("der", "den", "dem", "des", "einer", "einem", "eines", "zur", "zum",
            "vom", "beim", "im", "am");
    private static final Set<String> QUOTES = Set.of("„", "\"", "«", "»", "“", "‚", "‘");
    private static final Set<String> GENITIVE = Set.of("des", "eines");
    /** After a determiner, oblique adjectives end in -en; "Oldenburger" and other place adjectives never change. */
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("^(\\p{Lu}\\p{Ll}+?)(?:en|e)$");

    private static final List<String> MASCULINE_HEADS = List.of("bund", "rat", "verband", "verein", "konzern", "dienst",
            "gerichtshof", "hof", "ausschuss", "senat", "sender", "verlag", "fonds", "kreis", "klub", "club", "rundfunk");
    private static final List<String> NEUTER_HEADS = List.of("amt", "institut", "ministerium", "gericht", "haus",
            "kabinett", "komitee", "parlament", "zentrum", "werk", "büro", "kollegium", "gremium", "klinikum",
            "unternehmen", "kommando", "theater", "orchester");

    private ActorNames() {
    }

    /**
     * "Deutschen", "Kolbersunder" may be declined adjectives; "Hafen" in "der Kolbersund Hafen AG" is a noun and
     * "Ostermarkhausen" a place (by its ending): their "-en" is no adjective's ending.
     */
    private static boolean mayBeAdjective(String word) {
        GermanLexicon.Entry lower = GermanLexicon.lookup(word.toLowerCase(java.util.Locale.ROOT));
        if (lower.has(GermanLexicon.Kind.ADJECTIVE)) {
            return true;
        }
        return !lower.known() && !GermanLexicon.lookup(word).known() && GermanLexicon.compoundHead(word) == null
                && !Toponyms.hasPlaceEnding(word);
    }

    static String canonical(NameRun run) {
        List<Word> words = run.words().stream().filter(word -> !word.isPunctuation() || word.is("(") || word.is(")"))
                .toList();
        if (words.size() == 1) {
            return single(words.get(0).text());
        }
        if (words.get(0).is("Von")) {
            return "von" + run.text().substring(3); // "Von der Hellen sagte": the particle is lower case mid-sentence
        }
        if (words.size() > 2 && (words.get(1).is("für") || words.get(1).is("des") || words.get(1).is("der"))) {
            // "des Landesamts für Gesundheit": the institution's head in the nominative, its complement unchanged
            return NameForms.withoutGenitive(words.get(0).text()) + run.text().substring(words.get(0).text().length());
        }
        Word before = run.before();
        if (before != null && QUOTES.contains(before.text()) && run.from() >= 2) {
            before = run.sentence().words().get(run.from() - 2); // der "Kolbersunder Allgemeinen Zeitung"
        }
        String determiner = before == null ? "" : before.text().toLowerCase(java.util.Locale.ROOT);
        boolean oblique = OBLIQUE.contains(determiner) || determiner.equals("die") || determiner.equals("das");
        int headIndex = -1;
        for (int i = 0; i < words.size() && headIndex < 0; i++) {
            headIndex = Lexicon.isOrganizationHead(words.get(i).text())
                    || Lexicon.isOrganizationHead(NameForms.withoutGenitive(words.get(i).text())) ? i : -1;
        }
        if (headIndex < 0 && GENITIVE.contains(determiner) && words.size() == 2) {
            // "des Knabenchores Görlitz" → "Knabenchor Görlitz": a common noun in the genitive before its place
            String first = words.get(0).text();
            String base = NameForms.withoutGenitive(first);
            if (!base.equals(first) && GermanLexicon.isCommonNoun(base) && !Lexicon.ORGANIZATIONS.contains(first)) {
                return base + run.text().substring(first.length());
            }
        }
        if (!oblique || headIndex < 0) {
            return run.text();
        }
        String headNoun = words.get(headIndex).text();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text();
            boolean last = i == words.size() - 1;
            boolean head = Lexicon.isOrganizationHead(word) || last;
            if (!head) {
                // After an article the adjective is weak ("der Deutschen Bahn", "Der Deutsche Segelverband"); the
                // name by itself takes the strong ending of the head's gender ("Deutscher Segelverband").
                Matcher adjective = ADJECTIVE_ENDING.matcher(word);
                word = adjective.matches() && i < headIndex && mayBeAdjective(word)
                        ? adjective.group(1) + strongEnding(headNoun) : word;
            } else if (GENITIVE.contains(before.text().toLowerCase(java.util.Locale.ROOT))
                    && (Lexicon.isOrganizationHead(word) || words.size() == 1 || !Lexicon.PLACES.contains(word))) {
                word = NameForms.withoutGenitive(word); // "des Fischereiverbands Niedersachsen": the place keeps its name
            }
            name.append(i == 0 ? "" : " ").append(word);
        }
        return name.toString();
    }

    /**
     * "Alfred Hallgrimssons" → "Alfred Hallgrimsson" when the article also writes the surname without the ending: a
     * person's genitive is read from the article itself rather than guessed ("Markus" keeps its s).
     */
    static String withoutGenitiveSurname(String name, String text) {
        int space = name.lastIndexOf(' ');
        if (space < 0 || !name.endsWith("s") || name.endsWith("ss")) {
            return name;
        }
        String surname = name.substring(space + 1);
        String base = surname.substring(0, surname.length() - 1);
        boolean writtenWithout = NameForms.countExact(text, base) > 0;
        return writtenWithout && base.length() >= 3 ? name.substring(0, space + 1) + base : name;
    }

    /**
     * "KVBs" → "KVB" when the article also writes the abbreviation alone: German adds -s to an abbreviation for its
     * plural and genitive ("zwei KVBs", "des KVBs"), so both are one name.
     */
    static String withoutAcronymPlural(String name, String text) {
        if (name.length() < 3 || !name.endsWith("s") || !Lexicon.isAcronym(name.substring(0, name.length() - 1))
                || name.indexOf(' ') >= 0) {
            return name;
        }
        String base = name.substring(0, name.length() - 1);
        return NameForms.countExact(text, base) > 0 ? base : name;
    }

    /**
     * "Gerd Pallasch Anleger betrogen": a first name, a surname the article also writes alone, then a noun the
     * tagger took for part of the name, which the article never writes elsewhere. The name ends at the surname.
     */
    static String withoutTrailingNoun(String name, String text) {
        String[] words = name.split(" ");
        if (words.length < 3 || !Lexicon.FIRST_NAMES.contains(NameFinder.firstPart(words[0]))) {
            return name;
        }
        String last = words[words.length - 1];
        String surname = words[words.length - 2];
        if (!Character.isUpperCase(surname.charAt(0))) {
            return name; // "Jana von der Hellen": a particle is no surname
        }
        int whole = NameForms.count(text, name);
        if (NameForms.count(text, last) <= whole && NameForms.count(text, surname) > whole) {
            return name.substring(0, name.length() - last.length() - 1);
        }
        return name;
    }

    /**
     * A name without an article takes the strong adjective ending of its head noun's gender: "Deutscher
     * Segelverband", "Statistisches Bundesamt", "Deutsche Bahn". The gender is read from typical heads.
     */
    private static String strongEnding(String head) {
        String lower = NameForms.withoutGenitive(head).toLowerCase(java.util.Locale.ROOT);
        for (String masculine : MASCULINE_HEADS) {
            if (lower.endsWith(masculine)) {
                return "er";
            }
        }
        for (String neuter : NEUTER_HEADS) {
            if (lower.endsWith(neuter)) {
                return "es";
            }
        }
        return "e";
    }

    private static String single(String word) {
        String country = Lexicon.country(word);
        if (country != null) {
            return country;
        }
        String stripped = NameForms.withoutGenitive(word);
        if (!Lexicon.isNamedInstitution(word) && Lexicon.isNamedInstitution(stripped)) {
            return stripped; // "des Elbtal-Klinikums", "des Karl-Brink-Instituts"
        }
        return !Lexicon.ORGANIZATIONS.contains(word) && Lexicon.ORGANIZATIONS.contains(stripped) ? stripped : word;
    }

}
