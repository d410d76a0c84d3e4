package news.summarizer.core.offline;

import news.summarizer.core.text.GermanLexicon;
import news.summarizer.core.text.NameForms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.summarizer.core.summary.ActorType;

/**
 * Turns name runs into typed actor candidates. Without a German NER model the type comes from evidence in the
 * article: a title or a known first name makes a person, and so does a surname the article later uses alone;
 * name heads and word lists make organisations and countries. Places are settings, not actors, unless a sentence
 * starts with them as its subject ("Washington vollzog eine Wende").
 */
final class ActorCollector {

    private static final Set<String> LOCATIVE = Set.of("in", "im", "nach", "aus", "an", "am", "bis", "über", "zwischen",
            "durch", "Stadt", "Hauptstadt", "Region", "Gemeinde", "Fluss", "Bundesland");
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "den", "dem", "des");
    /** "Welykyj Brid liegt am Fluss Swit" describes a place; "Washington vollzog eine Wende" makes it act. */
    private static final Set<String> STATIVE_VERBS = Set.of("liegt", "lag", "ist", "war", "gilt", "galt", "hat",
            "hatte", "grenzt", "befindet", "zählt", "wird", "wurde", "bleibt", "blieb", "sei", "heißt");
    /** Mentions that make a name of unknown kind an actor without a sentence where it acts (a river or an opera
     * is named three or four times in a story, a festival or company it is about more often). */
    private static final int MIN_MENTIONS_OF_OTHER = 5;
    private static final List<String> ABSTRACT_SUFFIXES = List.of("ung", "heit", "keit", "schaft", "tion", "ismus",
            "saal", "zimmer", "gebäude", "ität", "nis");
    /** Nouns for a kind of company or group that a company's name follows ("der Stromhändler Nordgas"). */
    private static final List<String> COMPANY_KINDS = List.of("firma", "konzern", "importeur", "exporteur", "betreiber",
            "hersteller", "anbieter", "dienstleister", "unternehmen", "autobauer", "rennstall", "bank", "versicherer",
            "versorger", "händler", "riese", "gigant", "kollektiv", "gruppe", "verlag", "sender", "kette", "startup",
            "club", "klub", "verein", "label", "netzwerk", "plattform", "entwickler", "produzent", "investor", "fonds");
    /** Second parts of a compound that make its first part a company ("Kolberon-Aktie", "Talvenwerk-Gruppe"). */
    private static final Set<String> COMPANY_WORDS = Set.of("Aktie", "Aktien", "Konzern", "Gruppe", "Zentrale",
            "Werk", "Werke", "Tochter", "Mutter", "Team", "Vorstand", "Aufsichtsrat", "Belegschaft", "Mitarbeiter",
            "Beschäftigte", "Pilot", "Fahrer", "Rennstall", "Management", "Kunden", "Filialen", "App");
    private static final Set<String> LEGAL_FORMS = Set.of("AG", "SE", "KG", "GmbH", "KGaA", "Holding", "Inc", "Ltd");
    private static final Set<String> DETERMINERS = Set.of("der", "die", "das", "des", "dem", "den", "im", "vom", "zum",
            "zur", "beim", "am", "ins", "ans", "einer", "eines", "seine", "ihre", "ihrer");
    private static final Set<String> LIST_LINKS = Set.of(",", "und", "sowie", "oder");
    private static final Set<String> QUOTES = Set.of("„", "\"", "«", "»", "“", "‚", "‘");
    /** Words that join a title to whose title it is: "Chef von Talvenwerk", "Sprecher der Lufthansa". */
    private static final Set<String> COMPLEMENT_LINKS = Set.of("von", "der", "des", "bei");
    /** Titles that only companies and organisations give, not places ("Bürgermeister von Lindenau"). */
    private static final List<String> COMPANY_ROLES = List.of("chef", "chefin", "vorstand", "vorständin", "sprecher",
            "sprecherin", "gründer", "gründerin", "manager", "managerin", "direktor", "direktorin", "aufsichtsrat",
            "eigentümer", "eigentümerin", "mitarbeiter", "mitarbeiterin", "anwalt", "anwältin");
    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("\\b\\d{1,3}:\\d{1,3}\\b");
    private static final Set<String> SUBORDINATORS = Set.of("dass", "weil", "ob", "nachdem", "obwohl", "falls");
    private static final Set<String> SUBJECT_OPENERS = Set.of("und", "auch", "dass", "weil", "ob", "wie", "als", ",",
            "sondern", "aber", "doch", "denn", "nachdem", "wenn", "„", "\"", "«", "»", "“", ":", "(", "–", "-");
    private static final List<String> THING_HEADS = List.of("league", "liga", "cup", "pokal", "preis", "buch", "roman",
            "film", "serie", "station", "straße", "strasse", "platz", "saison", "gesetz", "programm", "turnier",
            "meisterschaft", "festival", "award", "prix", "tower", "werk", "album", "song", "oper",
            "schiff", "brücke", "bahnhof", "flughafen", "stadion", "halle", "krankheit", "virus", "impfstoff");

    private ActorCollector() {
    }

    /** Candidates in order of first mention; types are set, places and weak guesses are gone. */
    static List<Candidate> collect(String text, List<Sentence> sentences) {
        return typed(text, sentences).stream().filter(candidate -> keep(candidate, text)).toList();
    }

    /**
     * Every named candidate in order of first mention, typed, places marked, variants merged, before the filter that
     * keeps actors: the names an article mentions, actors or not (see {@link EntityFinder}).
     */
    static List<Candidate> typed(String text, List<Sentence> sentences) {
        Map<String, Candidate> byName = new LinkedHashMap<>();
        for (NameRun run : NameFinder.find(sentences)) {
            String name = ActorNames.withoutTrailingNoun(ActorNames.canonical(run), text);
            Candidate candidate = byName.computeIfAbsent(ActorNames.withoutGenitiveSurname(name, text), Candidate::new);
            candidate.runs.add(run);
            if (candidate.role == null) {
                candidate.role = RoleFinder.roleOf(run);
            }
        }
        List<Candidate> candidates = new ArrayList<>(byName.values());
        candidates.forEach(candidate -> candidate.type = lexicalType(candidate, byName.keySet()));
        List<Candidate> persons = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.type == null && candidate.multiWord() && looksLikePerson(candidate, byName, text)) {
                candidate.type = ActorType.PERSON;
                persons.add(candidate);
            }
        }
        for (Candidate candidate : candidates) {
            if (candidate.type == null && coordinatedWithPerson(candidate, persons)) {
                candidate.type = ActorType.PERSON; // "Gerhard Wendrich, Kolbenhoff und Marion Reitmeyer"
            }
        }
        mergeShortForms(candidates);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.type != ActorType.PERSON && mergedIntoPerson(candidate, persons)) {
                continue;
            }
            if (candidate.type == null && organizationByContext(candidate, text)) {
                candidate.type = ActorType.ORGANIZATION;
            }
            if (candidate.type == ActorType.ORGANIZATION && candidate.role == null) {
                candidate.role = kindBefore(candidate); // "der Stromhändler Nordgas": what kind of organisation it is
            }
            if (candidate.role == null && candidate.type != ActorType.COUNTRY && candidate.type != ActorType.ORGANIZATION) {
                candidate.role = titleInText(candidate, text);
            }
            if (candidate.type == null) {
                candidate.type = candidate.role != null ? ActorType.PERSON : ActorType.OTHER;
            }
            if (candidate.type == ActorType.COUNTRY) {
                candidate.role = null; // a comma before a country is no apposition that titles it
            }
            boolean byLastWord = candidate.type == ActorType.PERSON || candidate.type == ActorType.ORGANIZATION;
            candidate.mentions = NameForms.count(text, byLastWord ? candidate.lastWord() : candidate.name);
            candidate.mentions = Math.max(candidate.mentions, candidate.runs.size());
            candidate.place = candidate.type == ActorType.OTHER && isPlace(candidate);
            kept.add(candidate);
        }
        mergeMisspellings(kept);
        return kept;
    }

    /**
     * "Kolberon" and "Kolberon AG", "Netzagentur" and "Bundesnetzagentur", "DHB" right after "Deutscher Handballbund
     * (DHB)": one organisation, reported once under its fullest name.
     */
    private static void mergeShortForms(List<Candidate> candidates) {
        List<Candidate> organizations = candidates.stream().filter(c -> c.type == ActorType.ORGANIZATION).toList();
        for (Candidate shorter : organizations) {
            for (Candidate longer : organizations) {
                if (shorter != longer && shorter.type == ActorType.ORGANIZATION && longer.type == ActorType.ORGANIZATION
                        && (contains(longer.name, shorter.name) || introduces(longer, shorter)
                        || abbreviates(shorter.name, longer.name) || Abbreviations.initialsOf(shorter.name, longer.name))) {
                    longer.absorb(shorter);
                    shorter.type = ActorType.OTHER;
                    shorter.runs.clear();
                    break;
                }
            }
        }
        candidates.removeIf(candidate -> candidate.runs.isEmpty());
    }

    /**
     * "Kolberon AG" and "Kolbreon", "Wendisch-Brück" and "Wendish-Brück": one name written twice, once misspelt, is
     * one actor under the spelling the article uses more often (a name of unknown kind joins a typed one). Persons are
     * left alone ("Möller" and "Müller" are two people); the names must be long enough for one slip to be a slip.
     */
    private static void mergeMisspellings(List<Candidate> candidates) {
        for (Candidate variant : candidates) {
            for (Candidate main : candidates) {
                boolean typedAlike = variant.type == main.type && variant.place == main.place
                        || variant.type == ActorType.OTHER && !variant.place;
                if (variant != main && !variant.runs.isEmpty() && !main.runs.isEmpty() && typedAlike
                        && main.type != ActorType.PERSON && variant.runs.size() <= main.runs.size()
                        && (Spelling.oneSlipApart(variant.name, main.name)
                        || Spelling.oneSlipApart(variant.name, main.name.split(" ")[0]))) {
                    main.absorb(variant);
                    main.mentions += variant.mentions;
                    variant.runs.clear();
                    break;
                }
            }
        }
        candidates.removeIf(candidate -> candidate.runs.isEmpty());
    }

    private static boolean contains(String longer, String shorter) {
        if (longer.length() <= shorter.length()) {
            return false;
        }
        if (longer.startsWith(shorter + " ") || longer.endsWith(" " + shorter)) {
            return true;
        }
        String lastWord = longer.substring(longer.lastIndexOf(' ') + 1);
        return shorter.length() >= 5 && !shorter.contains(" ")
                && lastWord.toLowerCase(java.util.Locale.ROOT).endsWith(shorter.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A name in a list with a person's name ("Gerhard Wendrich (…), Kolbenhoff (…) und Thomas Brenner", "Sergej
     * Tarassow und der US-Amerikanerin Delia …") names a person too.
     */
    private static boolean coordinatedWithPerson(Candidate candidate, List<Candidate> persons) {
        if (Lexicon.PLACES.contains(NameFinder.firstPart(candidate.name.split(" ")[0])) || persons.isEmpty()) {
            return false;
        }
        for (NameRun run : candidate.runs) {
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
            if (link
                    && personRunAt(persons, run.sentence(), skipForward(words, right + 1), true)) {
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
            for (NameRun run : person.runs) {
                if (run.sentence() == sentence && (starts ? run.from() == index : run.to() - 1 == index)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The kind noun right before an organisation's name ("Stromhändler", "Künstlerkollektiv"), or null. */
    private static String kindBefore(Candidate candidate) {
        for (NameRun run : candidate.runs) {
            List<Word> words = run.sentence().words();
            int at = run.from() - 1;
            while (at >= 0 && QUOTES.contains(words.get(at).text())) {
                at--;
            }
            if (at >= 0 && words.get(at).isCapitalized() && words.get(at).isNoun()) {
                String kind = words.get(at).text();
                if (endsWithAny(kind, COMPANY_KINDS)) {
                    return kind;
                }
                if (endsWithAny(NameForms.withoutGenitive(kind), COMPANY_KINDS)) {
                    return NameForms.withoutGenitive(kind);
                }
            }
        }
        return null;
    }

    /**
     * "IG Metall" for "Industriegewerkschaft Metall", "EU-Kommission" for "Europäische Kommission": an abbreviated
     * first word, the rest the same.
     */
    private static boolean abbreviates(String shorter, String longer) {
        int space = shorter.indexOf(' ') > 0 ? shorter.indexOf(' ') : shorter.indexOf('-');
        if (space < 0 || !Lexicon.isAcronym(shorter.substring(0, space)) || longer.indexOf(' ') < 0) {
            return false;
        }
        String rest = " " + shorter.substring(space + 1); // "EU-Kommission" for "Europäische Kommission"
        return longer.endsWith(rest) && longer.length() > shorter.length() && longer.charAt(0) == shorter.charAt(0)
                && longer.indexOf(' ') == longer.length() - rest.length();
    }

    /** "Deutscher Handballbund (DHB)": the abbreviation in brackets right after the full name. */
    private static boolean introduces(Candidate longer, Candidate abbreviation) {
        if (!Lexicon.isAcronym(abbreviation.name)) {
            return false;
        }
        for (NameRun run : abbreviation.runs) {
            Word before = run.before();
            if (before != null && before.is("(")) {
                for (NameRun full : longer.runs) {
                    if (full.sentence() == run.sentence() && full.to() == run.from() - 1) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static ActorType lexicalType(Candidate candidate, Set<String> names) {
        if (Lexicon.country(candidate.name) != null) {
            return ActorType.COUNTRY;
        }
        String[] words = candidate.name.split(" ");
        if (!candidate.multiWord() && Lexicon.isNamedInstitution(candidate.name)
                || words.length > 2 && (words[1].equals("für") || Set.of("des", "der").contains(words[1])
                && Lexicon.isOrganizationHead(words[0]))) {
            return ActorType.ORGANIZATION; // "Ampel-Koalition", "Robert-Koch-Institut", "Expertenrat für Klimafragen"
        }
        if (words.length > 1 && Lexicon.isAcronym(words[0]) && Lexicon.country(words[0]) == null
                && !Lexicon.PLACES.contains(NameFinder.firstPart(words[1])) && Lexicon.country(words[1]) == null
                && !names.contains(words[0])) {
            return ActorType.ORGANIZATION; // "IG Metall": an abbreviation the article never uses alone opens the name
        }
        int hyphen = candidate.name.lastIndexOf('-');
        if (!candidate.multiWord() && hyphen > 0 && !Lexicon.isOrganizationHead(candidate.name)
                && !Lexicon.isAcronym(candidate.name.substring(hyphen + 1))
                && Lexicon.ORGANIZATIONS.contains(candidate.name.substring(0, hyphen))) {
            return ActorType.OTHER; // "Ampel-Moment", "SPD-Vorschlag": a thing named after the organisation
        }
        for (String word : candidate.name.split("[ -]")) {
            if (Lexicon.ORGANIZATIONS.contains(word) || Lexicon.CLUB_PREFIXES.contains(word) && candidate.multiWord()) {
                return ActorType.ORGANIZATION;
            }
        }
        if (candidate.multiWord() && (candidate.role != null
                || Lexicon.FIRST_NAMES.contains(NameFinder.firstPart(candidate.name.split(" ")[0])))) {
            return null; // a person's name; "Markus Feldhaus" is no organisation for ending in "haus"
        }
        Word before = candidate.runs.get(0).before();
        boolean namedAsOrganization = before != null && before.isNoun() && Lexicon.isOrganizationHead(before.text());
        if (Lexicon.isAcronym(candidate.name) || namedAsOrganization) {
            return ActorType.ORGANIZATION;
        }
        for (String word : candidate.name.split(" ")) {
            if (Lexicon.isOrganizationHead(word)) {
                return ActorType.ORGANIZATION;
            }
        }
        return null;
    }

    private static boolean looksLikePerson(Candidate candidate, Map<String, Candidate> byName, String text) {
        String first = NameFinder.firstPart(candidate.name.split(" ")[0]);
        if (Lexicon.FIRST_NAMES.contains(first) || candidate.role != null || first.equals("von")) {
            return true; // "von der Leyen": a name that opens with a particle is a surname
        }
        if (Lexicon.PLACES.contains(first) || candidate.name.contains("(")) {
            return false;
        }
        String surname = candidate.lastWord();
        return byName.containsKey(surname) || NameForms.count(text, surname) > candidate.runs.size();
    }

    /** "Trump", "Trumps", "Kremlchef Putin", "Worten Selenskyjs", "Hollmann-Tarassow" are mentions of persons. */
    private static boolean mergedIntoPerson(Candidate candidate, List<Candidate> persons) {
        for (Candidate person : persons) {
            String surname = person.lastWord();
            String whole = candidate.name;
            boolean sameSurname = whole.equals(surname) || NameForms.withoutGenitive(whole).equals(surname);
            for (String part : sameSurname ? new String[] {surname} : candidate.name.split("[ -]")) {
                if (part.equals(surname) || NameForms.withoutGenitive(part).equals(surname)) {
                    if (!candidate.multiWord() && candidate.name.indexOf('-') < 0) {
                        person.absorb(candidate);
                    }
                    return true;
                }
            }
        }
        return false;
    }

    /** A name mostly used after "in", "nach", "über die" … is where things happen. */
    private static boolean isPlace(Candidate candidate) {
        if (Lexicon.PLACES.contains(NameFinder.firstPart(candidate.name.split(" ")[0]))) {
            return true;
        }
        int locative = 0;
        for (NameRun run : candidate.runs) {
            List<Word> words = run.sentence().words();
            int i = run.from() - 1;
            if (i >= 0 && ARTICLES.contains(words.get(i).text())) {
                i--;
            }
            if (i >= 0 && LOCATIVE.contains(words.get(i).text())) {
                locative++;
            }
        }
        return locative * 2 >= candidate.runs.size();
    }

    private static boolean keep(Candidate candidate, String text) {
        if (onlyInParentheses(candidate) || namesAThing(candidate)) {
            return false;
        }
        if (candidate.place) {
            return acts(candidate);
        }
        if (candidate.type == ActorType.COUNTRY) {
            return actsAsSubject(candidate); // a country is a setting unless a sentence makes it act
        }
        if (genericHead(candidate) || LEGAL_FORMS.contains(candidate.name) || bareAcronym(candidate, text)
                || code(candidate)) {
            return false;
        }
        if (candidate.type == ActorType.OTHER && !candidate.multiWord() && declinedAsNoun(candidate, text)) {
            return false;
        }
        boolean untitled = candidate.type == ActorType.OTHER || candidate.type == ActorType.PERSON && candidate.role == null
                && candidate.multiWord() && !Lexicon.FIRST_NAMES.contains(NameFinder.firstPart(candidate.name.split(" ")[0]));
        if (untitled && commonNounPhrase(candidate) || candidate.type != ActorType.ORGANIZATION && ownedThing(candidate)) {
            return false;
        }
        // A name of unknown kind is an actor when it acts, or when the article keeps coming back to it.
        return candidate.type != ActorType.OTHER || candidate.mentions >= MIN_MENTIONS_OF_OTHER
                || candidate.mentions >= 2 && actsAsSubject(candidate);
    }

    /**
     * "Die Jury entschied", "Die Grippewelle rollt", "Sanfte Mobilität": a word the dictionary knows only as a common
     * noun (or a compound of one), alone or after one capitalised adjective, which the tagger took for a name. Names
     * the word lists know and compounds with a place-name ending ("Rosenfeld") stay names.
     */
    static boolean commonNounPhrase(Candidate candidate) {
        String[] words = candidate.name.split(" ");
        String last = NameForms.withoutGenitive(words[words.length - 1]);
        if (Lexicon.ORGANIZATIONS.contains(last) || Lexicon.PLACES.contains(last) || Lexicon.country(last) != null
                || Lexicon.isAcronym(last) || Toponyms.hasPlaceEnding(last) || !GermanLexicon.isCommonNoun(last)) {
            return false;
        }
        if (words.length > 2) {
            return false; // "Deutsches Rotes Kreuz"-like names of three words are institutions more often than not
        }
        return words.length == 1 || GermanLexicon.lookup(words[0].toLowerCase(java.util.Locale.ROOT))
                .has(GermanLexicon.Kind.ADJECTIVE); // not "Bernd Vogel": a first word that is no adjective
    }

    /**
     * "Kira Wendts Bootssteg", "Lindenaus Stadtmauer": a genitive before a common noun says whose thing it is; a
     * name never ends in a common noun after a genitive.
     */
    static boolean ownedThing(Candidate candidate) {
        String[] words = candidate.name.split(" ");
        if (words.length < 2) {
            return false;
        }
        String owner = words[words.length - 2];
        String last = words[words.length - 1];
        return owner.length() > 2 && Character.isUpperCase(owner.charAt(0))
                && !NameForms.withoutGenitive(owner).equals(owner) // "Andreas", "Nikolaus" are no genitives
                && !Lexicon.FIRST_NAMES.contains(owner)
                && !Lexicon.isAcronym(last) && !Lexicon.ORGANIZATIONS.contains(last) && !Lexicon.isOrganizationHead(last)
                && GermanLexicon.isCommonNoun(last) && !GermanLexicon.lookup(last).properNoun();
    }

    /**
     * "RSV", "LNG", "H5N1": an abbreviation that never takes an article ("die EU", "der FAZ"), never acts and
     * never owns a title or a company word ("Talvenwerk-Chef") names a thing, not an organisation.
     */
    private static boolean bareAcronym(Candidate candidate, String text) {
        if (candidate.type != ActorType.ORGANIZATION || candidate.multiWord() || !Lexicon.isAcronym(candidate.name)
                || Lexicon.ORGANIZATIONS.contains(candidate.name) || candidate.role != null) {
            return false;
        }
        for (NameRun run : candidate.runs) {
            Word before = run.before();
            if (before != null && DETERMINERS.contains(before.text().toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return !actsAsSubject(candidate) && !organizationByContext(candidate, text);
    }

    /** "H7N3", "A320", "U2": letters and digits in one word are a code for a virus, a model or a test. */
    private static boolean code(Candidate candidate) {
        String name = candidate.name;
        return !candidate.multiWord() && !Lexicon.ORGANIZATIONS.contains(name) && name.chars().anyMatch(Character::isDigit)
                && name.chars().anyMatch(Character::isLetter);
    }

    /**
     * "Hengste" beside "Hengsten", "Sorte" beside "Sorten": a word the article also writes with the plural or
     * dative -n is a common noun the tagger took for a name; names keep their form.
     */
    private static boolean declinedAsNoun(Candidate candidate, String text) {
        String name = candidate.name;
        return name.endsWith("e") && name.length() > 3 && NameForms.countExact(text, name + "n") > 0;
    }

    /** "Baukonzern", "Haus", "AG" by themselves: the kind of organisation, not its name. */
    private static boolean genericHead(Candidate candidate) {
        return candidate.type == ActorType.ORGANIZATION && !candidate.multiWord()
                && Lexicon.isOrganizationHead(candidate.name) && !Lexicon.ORGANIZATIONS.contains(candidate.name)
                && !Lexicon.isAcronym(candidate.name) && !Lexicon.isNamedInstitution(candidate.name)
                && candidate.runs.size() < 2 && !namedModifier(candidate.name);
    }

    /** "UN-Sicherheitsrat", "EU-Kommission": the part before the hyphen names whose body it is. */
    private static boolean namedModifier(String name) {
        int hyphen = name.indexOf('-');
        if (hyphen <= 0) {
            return false;
        }
        return Lexicon.namesOwner(name.substring(0, hyphen));
    }

    /**
     * A name the article puts after a kind of company ("der Stromhändler Nordgas", "Baukonzern Terbrack") or before a
     * title or company word ("Kolberon-Chef", "Kolberon-Pilot", "Talvenwerk-Gruppe") is an organisation's.
     */
    private static boolean organizationByContext(Candidate candidate, String text) {
        if (Lexicon.PLACES.contains(candidate.name)) {
            return false;
        }
        for (NameRun run : candidate.runs) {
            List<Word> words = run.sentence().words();
            int at = run.from() - 1;
            while (at >= 0 && QUOTES.contains(words.get(at).text())) {
                at--; // "des Künstlerkollektivs »Lumen Sari«"
            }
            Word before = at >= 0 ? words.get(at) : null;
            if (before != null && before.isCapitalized() && (endsWithAny(before.text(), COMPANY_KINDS)
                    || endsWithAny(NameForms.withoutGenitive(before.text()), COMPANY_KINDS))) {
                return true;
            }
            if (!candidate.multiWord() && at >= 1 && COMPLEMENT_LINKS.contains(before.text())
                    && companyRole(words.get(at - 1).text())) {
                return true; // "Vorstandschef von Talvenwerk", "Sprecher der Lufthansa"
            }
        }
        if (candidate.multiWord()) {
            return false;
        }
        String prefix = candidate.name + "-";
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                continue;
            }
            int end = at + prefix.length();
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            String head = text.substring(at + prefix.length(), end);
            if (!head.isEmpty() && Character.isUpperCase(head.charAt(0)) && (RoleFinder.roleWord(head) != null
                    || endsWithAny(head, COMPANY_KINDS) || COMPANY_WORDS.contains(head))) {
                return true;
            }
        }
        return false;
    }

    /** "Verteidigungsminister Ben-Ami", "Bundestrainer Alfred Hallgrimsson" anywhere in the text, headings included. */
    private static String titleInText(Candidate candidate, String text) {
        String surname = candidate.lastWord();
        for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
            int end = at + surname.length();
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
                    || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            // Up to three capitalised words before the surname: the title, then perhaps first names.
            int wordEnd = at - 1;
            for (int words = 0; words < 3 && wordEnd > 0 && text.charAt(wordEnd) == ' '; words++) {
                int wordStart = wordEnd;
                while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '-')) {
                    wordStart--;
                }
                String word = text.substring(wordStart, wordEnd);
                if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                    break;
                }
                String role = RoleFinder.roleWord(word);
                if (role != null) {
                    return role;
                }
                wordEnd = wordStart - 1;
            }
        }
        return null;
    }

    private static boolean companyRole(String word) {
        String role = RoleFinder.roleWord(word);
        return role != null && endsWithAny(role, COMPANY_ROLES);
    }

    private static boolean endsWithAny(String word, List<String> endings) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return endings.stream().anyMatch(lower::endsWith);
    }

    /** "(SPD)", "(CDU)": a party label after a name says who someone belongs to; the party does not act. */
    private static boolean onlyInParentheses(Candidate candidate) {
        return candidate.runs.stream().allMatch(run -> run.before() != null && run.before().is("(")
                && run.after() != null && run.after().is(")"));
    }

    /** Titles of works, competitions, prizes, buildings and seasons are capitalised like names but never act. */
    private static boolean namesAThing(Candidate candidate) {
        if (candidate.type == ActorType.ORGANIZATION && !candidate.multiWord() || candidate.type == ActorType.COUNTRY) {
            return false;
        }
        if (!candidate.multiWord() && Lexicon.CLUB_PREFIXES.contains(candidate.name)
                && !Lexicon.ORGANIZATIONS.contains(candidate.name)) {
            return true; // "FC" without the club's place names no club
        }
        if (candidate.multiWord() && !Lexicon.FIRST_NAMES.contains(NameFinder.firstPart(candidate.name.split(" ")[0]))) {
            for (String word : candidate.name.split(" ")) {
                String lower = word.toLowerCase(java.util.Locale.ROOT);
                if (!word.equals(candidate.lastWord()) && THING_HEADS.stream().anyMatch(lower::endsWith)) {
                    return true; // "Hauptverkehrsstraße von Tel Aviv", "Internationale Raumstation ISS"
                }
            }
        }
        String last = candidate.lastWord().toLowerCase(java.util.Locale.ROOT);
        if (candidate.type == ActorType.OTHER && !candidate.multiWord()) {
            for (String suffix : ABSTRACT_SUFFIXES) {
                if (last.endsWith(suffix)) {
                    return true; // "Gerichtssaal", "Abstimmung": common nouns the tagger took for names
                }
            }
        }
        for (String head : THING_HEADS) {
            if (last.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name is the subject of a verb right next to it: "Kanada erhebt Zölle", "Am Montag hat Russland …",
     * "…, dass China Beschwerde einlegt" (verb after the subject at the clause end is not looked for).
     */
    private static boolean actsAsSubject(Candidate candidate) {
        for (NameRun run : candidate.runs) {
            Word before = run.before();
            Word after = run.after();
            boolean clauseStart = before == null || SUBJECT_OPENERS.contains(before.text());
            if (clauseStart && after != null && after.isVerb() || before != null && before.isVerb()) {
                return true;
            }
            if (before != null && before.is("gegen") && SCORE.matcher(run.sentence().text()).find()) {
                return true; // "gewann gegen Frankreich mit 31:29": a national team plays
            }
            if (before != null && SUBORDINATORS.contains(before.text())) {
                return true; // "…, dass Deutschland einen größeren Anteil trägt": the subject of the clause
            }
            if (clauseStart && after != null && (after.is("und") || after.is("sowie"))
                    && verbWithin(run.sentence().words(), run.to() + 1, 4)) {
                return true; // "Deutschland und Polen einigen sich"
            }
        }
        return false;
    }

    private static boolean verbWithin(List<Word> words, int from, int count) {
        for (int i = from; i < Math.min(words.size(), from + count); i++) {
            if (words.get(i).isVerb()) {
                return true;
            }
            if (words.get(i).isPunctuation()) {
                return false;
            }
        }
        return false;
    }

    /** The sentence starts with the name and goes straight on with its verb: the place acts as its government. */
    private static boolean acts(Candidate candidate) {
        for (NameRun run : candidate.runs) {
            Word after = run.after();
            boolean first = run.before() == null;
            if (first && after != null && after.isVerb() && !STATIVE_VERBS.contains(after.text())) {
                return true;
            }
        }
        return false;
    }
}
