package news.summarizer.core.offline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.text.GermanLexicon;
import news.summarizer.core.text.NameForms;

/**
 * Stage "type", first pass: what a name itself says about its kind. The lexicon makes countries and organisations
 * ("Beirat für Gewässerschutz", "IG Hafenbau"); a known first name, a title or a surname the article also uses alone
 * makes a person; a name listed with a person's name is a person too. Names nothing here decides stay untyped for
 * {@link ContextTyper}.
 */
final class NameTyper {

    /** Words before a name that show it is no list item of its own ("und der US-Amerikanerin Lia Brand"). */
    static final Set<String> DETERMINERS = Set.of("der", "die", "das", "des", "dem", "den", "im", "vom", "zum",
            "zur", "beim", "am", "ins", "ans", "einer", "eines", "seine", "ihre", "ihrer");
    private static final Set<String> LIST_LINKS = Set.of(",", "und", "sowie", "oder");

    private NameTyper() {
    }

    /** The candidates with the kinds their names show: lexicon first, then persons by first name, title or surname. */
    static List<Candidate> type(List<Candidate> candidates, String text) {
        Set<String> names = new HashSet<>();
        candidates.forEach(candidate -> names.add(candidate.name()));
        List<Candidate> typed = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Candidate lexical = candidate.withType(lexicalType(candidate, names));
            boolean person = lexical.type() == null && (lexical.multiWord() && looksLikePerson(lexical, names, text)
                    || lexical.multiWord() && ageAfter(lexical));
            typed.add(person ? lexical.withType(ActorType.PERSON) : lexical);
        }
        return typed;
    }

    /**
     * "Tamo Kelderhuis (39)", "Kelderhuis (39) sagte": a number of one to three digits in brackets right after a name is
     * the age German news gives people; a year has four digits, a score or rank other brackets ("+3,7 (1)" follows a
     * time, not a name).
     */
    static boolean ageAfter(Candidate candidate) {
        for (NameRun run : candidate.runs()) {
            List<Word> words = run.sentence().words();
            int at = run.to();
            if (at + 2 < words.size() && words.get(at).is("(") && words.get(at + 2).is(")")
                    && AGE.matcher(words.get(at + 1).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("[1-9]\\d{0,2}");

    /** Untyped names in a list with one of the persons become persons: "Jon Ekberg, Valdes und Mira Lenz". */
    static List<Candidate> listedWithPersons(List<Candidate> candidates, List<Candidate> persons) {
        List<Candidate> result = new ArrayList<>();
        for (Candidate candidate : candidates) {
            boolean listed = candidate.type() == null && coordinatedWithPerson(candidate, persons);
            result.add(listed ? candidate.withType(ActorType.PERSON) : candidate);
        }
        return result;
    }

    /**
     * Untyped names in a list with an organisation become organisations: "die Labels Kolbrand, Marovia und Vestra
     * Records", "Kunden wie Teskon, die KVB und Halvor".
     */
    static List<Candidate> listedWithOrganizations(List<Candidate> candidates) {
        List<Candidate> result = candidates;
        for (boolean changed = true; changed; ) { // "A, B und die KVB": B joins by the KVB, then A by B
            List<Candidate> organizations = result.stream()
                    .filter(candidate -> candidate.type() == ActorType.ORGANIZATION).toList();
            List<Candidate> next = new ArrayList<>();
            changed = false;
            for (Candidate candidate : result) {
                boolean listed = candidate.type() == null && !commonNounCompound(candidate)
                        && coordinatedWithPerson(candidate, organizations);
                next.add(listed ? candidate.withType(ActorType.ORGANIZATION) : candidate);
                changed |= listed;
            }
            result = next;
        }
        return result;
    }

    /** "Spam-Mails": a name whose last part the dictionary knows only as a common noun names no organisation. */
    private static boolean commonNounCompound(Candidate candidate) {
        String last = candidate.lastWord();
        GermanLexicon.Entry entry = GermanLexicon.lookup(last.substring(last.lastIndexOf('-') + 1));
        return entry.known() && entry.commonNounOnly();
    }

    /** The candidates typed as persons. */
    static List<Candidate> persons(List<Candidate> candidates) {
        return candidates.stream().filter(candidate -> candidate.type() == ActorType.PERSON).toList();
    }

    private static ActorType lexicalType(Candidate candidate, Set<String> names) {
        if (Lexicon.country(candidate.name()) != null) {
            return ActorType.COUNTRY;
        }
        String[] words = candidate.name().split(" ");
        if (!candidate.multiWord() && Lexicon.isNamedInstitution(candidate.name())) {
            return ActorType.ORGANIZATION; // "Hafen-Koalition", "Karl-Brink-Institut"
        }
        if (words.length > 1 && Lexicon.isAcronym(words[0]) && Lexicon.country(words[0]) == null
                && !Lexicon.PLACES.contains(NameFinder.firstPart(words[1])) && Lexicon.country(words[1]) == null
                && !names.contains(words[0])) {
            return ActorType.ORGANIZATION; // "IG Hafenbau": an abbreviation the article never uses alone opens the name
        }
        int hyphen = candidate.name().lastIndexOf('-');
        if (!candidate.multiWord() && hyphen > 0 && !Lexicon.isOrganizationHead(candidate.name())
                && !Lexicon.isAcronym(candidate.name().substring(hyphen + 1))
                && Lexicon.ORGANIZATIONS.contains(candidate.name().substring(0, hyphen))) {
            return ActorType.OTHER; // "SPD-Entwurf", "SPD-Papier": a thing named after the organisation
        }
        for (String word : candidate.parts()) {
            if (Lexicon.ORGANIZATIONS.contains(word) || Lexicon.CLUB_PREFIXES.contains(word) && candidate.multiWord()) {
                return ActorType.ORGANIZATION;
            }
        }
        if (candidate.multiWord() && (candidate.role() != null
                || Lexicon.FIRST_NAMES.contains(NameFinder.firstPart(candidate.name().split(" ")[0])))) {
            return null; // a person's name; "Markus Feldhaus" is no organisation for ending in "haus"
        }
        if (Lexicon.isAcronym(candidate.name())) {
            return ActorType.ORGANIZATION;
        }
        for (String word : candidate.name().split(" ")) {
            if (Lexicon.isOrganizationHead(word) || candidate.multiWord() && (Lexicon.hasInstitutionHead(word)
                    || Lexicon.isOrganizationHead(NameForms.withoutGenitive(word)))) {
                return ActorType.ORGANIZATION; // "Hafenamtes von Kolbrook" too: a head in the genitive is a head
            }
        }
        return null;
    }

    private static boolean looksLikePerson(Candidate candidate, Set<String> names, String text) {
        String first = NameFinder.firstPart(candidate.name().split(" ")[0]);
        if (Lexicon.FIRST_NAMES.contains(first) || candidate.role() != null) {
            return true;
        }
        if (Lexicon.PLACES.contains(first) || candidate.name().contains("(")) {
            return false;
        }
        String surname = candidate.lastWord();
        return names.contains(surname) || NameForms.count(text, surname) > candidate.runs().size();
    }

    /**
     * A name in a list with a person's name ("Gerhard Wendrich (…), Kolbenhoff (…) und Thomas Brenner", "Sergej
     * Tarassow und der US-Amerikanerin Delia …") names a person too.
     */
    private static boolean coordinatedWithPerson(Candidate candidate, List<Candidate> persons) {
        if (persons.isEmpty()) {
            return false;
        }
        for (NameRun run : candidate.runs()) {
            List<Word> words = run.sentence().words();
            int left = skipBack(words, run.from() - 1);
            if (left > 0 && words.get(left).isNoun() && DETERMINERS.contains(words.get(left - 1).text())) {
                left -= 2; // "und der US-Amerikanerin Delia …": an apposition between the link and the name
            }
            if (left >= 0 && LIST_LINKS.contains(words.get(left).text())
                    && personRunAt(persons, run.sentence(), skipBack(words, left - 1), false)) {
                return true;
            }
            int right = skipForward(words, run.to());
            boolean listStart = run.from() == 0 || LIST_LINKS.contains(words.get(run.from() - 1).text())
                    || words.get(run.from() - 1).is(":");
            // "des Gebiets Sarnowka, Taras Melnyk": a comma after a name that is no list item opens an apposition
            boolean link = right < words.size() && (words.get(right).is(",") ? listStart
                    : LIST_LINKS.contains(words.get(right).text()));
            int next = skipForward(words, right + 1);
            boolean determiner = next + 1 < words.size() && DETERMINERS.contains(words.get(next).text());
            // "… und die KVB", "… und die Konzernsparte KVB": an article, perhaps a noun in apposition, then the name
            if (link && (personRunAt(persons, run.sentence(), next, true)
                    || determiner && personRunAt(persons, run.sentence(), next + 1, true)
                    || determiner && words.get(next + 1).isCapitalized()
                    && personRunAt(persons, run.sentence(), next + 2, true))) {
                return true;
            }
        }
        return false;
    }

    /** The index before a bracketed addition that ends at {@code at} ("Wendrich (»Wolken über Kiel«)"), else at. */
    private static int skipBack(List<Word> words, int at) {
        if (at < 0 || !words.get(at).is(")")) {
            return at;
        }
        for (int i = at - 1; i >= 0; i--) {
            if (words.get(i).is("(")) {
                return i - 1;
            }
        }
        return at;
    }

    private static int skipForward(List<Word> words, int at) {
        if (at >= words.size() || !words.get(at).is("(")) {
            return at;
        }
        for (int i = at + 1; i < words.size(); i++) {
            if (words.get(i).is(")")) {
                return i + 1;
            }
        }
        return at;
    }

    private static boolean personRunAt(List<Candidate> persons, Sentence sentence, int index, boolean starts) {
        for (Candidate person : persons) {
            for (NameRun run : person.runs()) {
                if (run.sentence() == sentence && (starts ? run.from() == index : run.to() - 1 == index)) {
                    return true;
                }
            }
        }
        return false;
    }
}
