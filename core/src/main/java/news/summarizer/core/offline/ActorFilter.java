package news.summarizer.core.offline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.text.GermanLexicon;
import news.summarizer.core.text.NameForms;
import news.summarizer.core.text.GermanArticles;

/**
 * Stage "filter": which typed candidates are actors. Places and countries are settings unless a sentence makes them
 * act; titles of works, codes, bare abbreviations, kinds of organisation and common nouns the tagger took for names
 * never act; a name of unknown kind is an actor when it acts or keeps coming back.
 */
final class ActorFilter {

    /** "Warschau liegt an der Weichsel" describes a place; "Warschau lehnte den Vorschlag ab" makes it act. */
    private static final Set<String> STATIVE_VERBS = Set.of("liegt", "lag", "ist", "war", "gilt", "galt", "hat",
            "hatte", "grenzt", "befindet", "zählt", "wird", "wurde", "bleibt", "blieb", "sei", "heißt");
    /** Mentions that make a name of unknown kind an actor without a sentence where it acts (a river or an opera
     * is named three or four times in a story, a festival or company it is about more often). */
    private static final int MIN_MENTIONS_OF_OTHER = 5;
    /**
     * Stems of international non-proprietary names of medicines (WHO): "-mab" for antibodies, "-vir" for antivirals,
     * "-cillin", "-mycin" for antibiotics, "-statin", "-sartan", "-prazol", "-tinib", "-parin". A drug ("Kolvimab hilft
     * Kindern") is a thing the story is about, never an actor.
     */
    private static final List<String> DRUG_STEMS = List.of("mab", "vir", "cillin", "mycin", "statin", "sartan",
            "prazol", "tinib", "parin");
    private static final Pattern SCORE = Pattern.compile("\\b\\d{1,3}:\\d{1,3}\\b");
    private static final Set<String> SUBORDINATORS = Set.of("dass", "weil", "ob", "nachdem", "obwohl", "falls");
    private static final Set<String> SUBJECT_OPENERS = Set.of("und", "auch", "dass", "weil", "ob", "wie", "als", ",",
            "sondern", "aber", "doch", "denn", "nachdem", "wenn", "„", "\"", "«", "»", "“", ":", "(", "–", "-");
    /**
     * Last words of titles of competitions, prizes, laws, programmes, works, buildings and streets ("Kolberon Pokal",
     * "Lindenau Tower"); each has a fictional case in ActorFilterTest. Heads the tagger never puts into a name run
     * ("Roman", "Stadion", "Krankheit") were removed: no text of ours or of the development set needed them.
     */
    private static final List<String> THING_HEADS = List.of("league", "liga", "cup", "pokal", "preis", "station",
            "straße", "strasse", "gesetz", "programm", "festival", "award", "prix", "tower", "song", "halle", "virus");

    private ActorFilter() {
    }

    static List<Candidate> actors(List<Candidate> candidates, String text) {
        return candidates.stream().filter(candidate -> keep(candidate, text)).toList();
    }

    private static boolean keep(Candidate candidate, String text) {
        if (onlyInParentheses(candidate) || namesAThing(candidate)) {
            return false;
        }
        if (candidate.place()) {
            return acts(candidate);
        }
        if (candidate.type() == ActorType.COUNTRY) {
            return actsAsSubject(candidate); // a country is a setting unless a sentence makes it act
        }
        if (!candidate.multiWord() && ContextTyper.isCompanyKind(candidate.name())) {
            return false;
        }
        if (onlyInRolePhrases(candidate)) {
            return false;
        }
        if (genericHead(candidate) || Lexicon.LEGAL_FORMS.contains(candidate.name()) || bareAcronym(candidate, text)
                || code(candidate) || drug(candidate) || pluralAbbreviation(candidate, text)) {
            return false;
        }
        if (candidate.type() != ActorType.PERSON && onlyAfterIndefiniteArticle(candidate)) {
            return false;
        }
        if (candidate.type() == ActorType.PERSON && candidate.role() == null && opensWithCommonWord(candidate)) {
            return false;
        }
        boolean untitled = candidate.type() == ActorType.OTHER || candidate.type() == ActorType.PERSON && candidate.role() == null
                && candidate.multiWord() && !Lexicon.FIRST_NAMES.contains(NameFinder.firstPart(candidate.name().split(" ")[0]));
        if (untitled && commonNounPhrase(candidate) || candidate.type() != ActorType.ORGANIZATION && ownedThing(candidate)) {
            return false;
        }
        // A name of unknown kind is an actor when it acts, or when the article keeps coming back to it.
        return candidate.type() != ActorType.OTHER || candidate.mentions() >= MIN_MENTIONS_OF_OTHER
                || candidate.mentions() >= 2 && actsAsSubject(candidate);
    }

    /**
     * "Die Jury entschied", "Die Grippewelle rollt", "Sanfte Mobilität": a word the dictionary knows only as a common
     * noun (or a compound of one), alone or after one capitalised adjective, which the tagger took for a name. Names
     * the word lists know and compounds with a place-name ending ("Rosenfeld") stay names.
     */
    static boolean commonNounPhrase(Candidate candidate) {
        String[] words = candidate.name().split(" ");
        String last = NameForms.withoutGenitive(words[words.length - 1]);
        int hyphen = last.lastIndexOf('-');
        if (words.length == 1 && hyphen > 0 && hyphen < last.length() - 1
                && (Lexicon.isAcronym(last.substring(0, hyphen)) || Lexicon.country(last.substring(0, hyphen)) != null)) {
            last = last.substring(hyphen + 1); // "EU-Behörden", "Kolbarien-Fischer": a common noun with a place prefix
        }
        if (Lexicon.ORGANIZATIONS.contains(last) || Lexicon.PLACES.contains(last) || Lexicon.country(last) != null
                || Lexicon.isAcronym(last) || Toponyms.hasPlaceEnding(last) || !GermanLexicon.isCommonNoun(last)) {
            return false;
        }
        if (words.length > 2) {
            return false; // "Deutsches Rotes Kreuz"-like names of three words are institutions more often than not
        }
        return words.length == 1 || GermanLexicon.lookup(words[0].toLowerCase(Locale.ROOT))
                .has(GermanLexicon.Kind.ADJECTIVE) // not "Bernd Vogel": a first word that is no adjective
                || !GermanLexicon.lookup(words[0].toLowerCase(Locale.ROOT)).known()
                && NameFinder.isAdjectiveForm(words[0]); // "Gemeinwirtschaftliche Betriebe": an adjective by its ending
    }

    /**
     * The indefinite (and the negative) article, a closed class of German: a name is definite by itself, so a word
     * after "ein" or "kein" is a common noun that names a kind ("ein Hafengericht soll klären").
     */
    private static final Set<String> INDEFINITE_ARTICLES = GermanArticles.union(GermanArticles.INDEFINITE,
            GermanArticles.NEGATIVE);

    /**
     * "Der Fall gehört vor ein Hafengericht", "bei einem Kongress in Lindenau": a one-word name that the article only
     * ever writes after an indefinite article names a kind of body or event, not one particular actor.
     */
    static boolean onlyAfterIndefiniteArticle(Candidate candidate) {
        if (candidate.multiWord() || candidate.runs().isEmpty()) {
            return false;
        }
        for (NameRun run : candidate.runs()) {
            Word before = run.before();
            if (before == null || !INDEFINITE_ARTICLES.contains(before.text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Fünfte", "Ärztlicher", "Gerade Lindenau", "Kfz-Handwerks Ostmark": a person's name opens with a first name or a
     * surname, never with a word the dictionary knows (as written or in lower case) and never as a name: an ordinal,
     * an adjective, an adverb or a common noun that a list of people or the start of a sentence put before a name.
     * Only for a person without a title: "Bürgermeister Koch" has told us who he is. Hyphenated words are read by
     * their last part ("Evangelisch-reformierten" by "reformierten"); a known first name ("Hans-Peter") stays.
     */
    static boolean opensWithCommonWord(Candidate candidate) {
        String first = candidate.name().split(" ")[0];
        if (Lexicon.FIRST_NAMES.contains(NameFinder.firstPart(first)) || Lexicon.isAcronym(first)) {
            return false;
        }
        String last = first.substring(first.lastIndexOf('-') + 1);
        if (last.isEmpty()) {
            return false;
        }
        GermanLexicon.Entry written = GermanLexicon.lookup(last);
        GermanLexicon.Entry lower = GermanLexicon.lookup(last.toLowerCase(Locale.ROOT));
        return (written.known() || lower.known()) && !written.properNoun() && !lower.properNoun()
                && !GermanLexicon.isFirstName(NameFinder.firstPart(first));
    }

    /**
     * "Kira Wendts Bootssteg", "Lindenaus Stadtmauer": a genitive before a common noun says whose thing it is; a
     * name never ends in a common noun after a genitive.
     */
    static boolean ownedThing(Candidate candidate) {
        String[] words = candidate.name().split(" ");
        if (words.length < 2) {
            return false;
        }
        String owner = words[words.length - 2];
        String last = words[words.length - 1];
        return owner.length() > 2 && Character.isUpperCase(owner.charAt(0))
                && !NameForms.withoutGenitive(owner).equals(owner) // "Andreas", "Nikolaus" are no genitives
                && !GermanLexicon.lookup(owner.toLowerCase(Locale.ROOT)).has(GermanLexicon.Kind.ADJECTIVE) // "Rotes"
                && !Lexicon.FIRST_NAMES.contains(owner)
                && !Lexicon.isAcronym(last) && !Lexicon.ORGANIZATIONS.contains(last) && !Lexicon.isOrganizationHead(last)
                && GermanLexicon.isCommonNoun(last) && !GermanLexicon.lookup(last).properNoun();
    }

    /**
     * "KVX", "TBZ", "H5N1": an abbreviation that never takes an article ("die EU", "der FAZ"), never acts and
     * never owns a title or a company word ("Talvenwerk-Chef") names a thing, not an organisation.
     */
    private static boolean bareAcronym(Candidate candidate, String text) {
        if (candidate.type() != ActorType.ORGANIZATION || candidate.multiWord() || !Lexicon.isAcronym(candidate.name())
                || Lexicon.ORGANIZATIONS.contains(candidate.name()) || candidate.role() != null) {
            return false;
        }
        for (NameRun run : candidate.runs()) {
            Word before = run.before();
            if (before != null && NameTyper.DETERMINERS.contains(before.text().toLowerCase(Locale.ROOT))
                    || articleBeforeAdjectives(run)) {
                return false;
            }
            if (before != null && before.isCapitalized() && before.isNoun() && RoleFinder.roleWord(before.text()) == null
                    && GermanLexicon.isCommonNoun(before.text().substring(before.text().lastIndexOf('-') + 1))) {
                return false; // "die Konzernsparte KVB", "der Verband KVX": a noun says what the abbreviation names
            }
        }
        return !actsAsSubject(candidate) && !ContextTyper.organizationByContext(candidate, text);
    }

    /** "das federführende BMFK", "der zuständigen neuen BKW": an article, then only adjectives, then the name. */
    private static boolean articleBeforeAdjectives(NameRun run) {
        List<Word> words = run.sentence().words();
        int at = run.from() - 1;
        while (at >= 0 && "ADJ".equals(words.get(at).tag()) && !words.get(at).isCapitalized()) {
            at--;
        }
        return at < run.from() - 1 && at >= 0
                && NameTyper.DETERMINERS.contains(words.get(at).text().toLowerCase(Locale.ROOT));
    }

    /**
     * "die ICEs der Kolbahn", "für LKWs": an abbreviation that the article puts in the plural (a final lower-case
     * "s" after its capitals, with no genitive article before it: "des ADACs" is one club) counts things or people of a
     * kind; the name of one organisation has no plural.
     */
    static boolean pluralAbbreviation(Candidate candidate, String text) {
        if (candidate.multiWord() || candidate.type() == ActorType.PERSON) {
            return false;
        }
        String name = candidate.name();
        String singular = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
        if (singular.length() < 2 || !Lexicon.isAcronym(singular)
                || !singular.equals(singular.toUpperCase(Locale.ROOT))) {
            return false;
        }
        java.util.regex.Matcher plural = Pattern.compile("(\\p{L}+)?\\s*\\b"
                + Pattern.quote(singular + "s") + "\\b").matcher(text);
        boolean found = false;
        while (plural.find()) {
            String before = plural.group(1);
            if (before != null && GENITIVE_BEFORE_PLURAL.contains(before.toLowerCase(Locale.ROOT))) {
                return false;
            }
            found = true;
        }
        return found;
    }

    /** Articles of a genitive singular, which an abbreviation's -s may follow ("des ADACs"): a closed class. */
    private static final Set<String> GENITIVE_BEFORE_PLURAL = Set.of("des", "eines", "dieses", "jenes");

    /**
     * "H7N3", "A320", "K9": letters and digits in one word are a code for a virus, a model or a test; a name that holds
     * such a word ("Kolbrix K7", "Arbeitsgruppe B12", "KH40 Förderung") names a model, a road's task force or a
     * programme, not an actor.
     */
    static boolean code(Candidate candidate) {
        String name = candidate.name();
        if (Lexicon.ORGANIZATIONS.contains(name)) {
            return false;
        }
        for (String word : name.split(" ")) {
            if (word.chars().anyMatch(Character::isDigit) && word.chars().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /** "Kolvimab", "Talvestatin": one word of unknown kind with a drug's stem (see {@link #DRUG_STEMS}). */
    private static boolean drug(Candidate candidate) {
        String lower = candidate.name().toLowerCase(Locale.ROOT);
        return candidate.type() == ActorType.OTHER && !candidate.multiWord()
                && DRUG_STEMS.stream().anyMatch(stem -> lower.endsWith(stem) && lower.length() >= stem.length() + 4);
    }

    /** "Fährkonzern", "Werft", "AG" by themselves: the kind of organisation, not its name. */
    private static boolean genericHead(Candidate candidate) {
        return candidate.type() == ActorType.ORGANIZATION && !candidate.multiWord()
                && Lexicon.isOrganizationHead(candidate.name()) && !Lexicon.ORGANIZATIONS.contains(candidate.name())
                && !Lexicon.isAcronym(candidate.name()) && !Lexicon.isNamedInstitution(candidate.name())
                && candidate.runs().size() < 2 && !namedModifier(candidate.name());
    }

    /**
     * "Sprecher der Grünen im Landtag": a politician's title with the party and the parliament says whose member
     * someone is; a party and a parliament named only in such a label are no actors of their own (the annotation
     * rules' party labels). A body after a title alone ("Sprecher des Klinikums") stays: it speaks through its
     * spokesperson.
     */
    private static boolean onlyInRolePhrases(Candidate candidate) {
        if (candidate.type() != ActorType.ORGANIZATION) {
            return false;
        }
        for (NameRun run : candidate.runs()) {
            List<Word> words = run.sentence().words();
            boolean party = afterTitle(words, run.from() - 1) && run.to() + 1 < words.size()
                    && words.get(run.to()).is("im") && words.get(run.to() + 1).isCapitalized();
            boolean parliament = run.from() >= 4 && words.get(run.from() - 1).is("im")
                    && words.get(run.from() - 2).isCapitalized() && afterTitle(words, run.from() - 3);
            if (!party && !parliament) {
                return false;
            }
        }
        return true;
    }

    /** "… Sprecher der", "… Vorsitzende des" ending at {@code at}: a title and the article of its complement. */
    private static boolean afterTitle(List<Word> words, int at) {
        return at >= 1 && (words.get(at).is("der") || words.get(at).is("des"))
                && RoleFinder.roleWord(words.get(at - 1).text()) != null;
    }

    /** "Weber-Kommission", "NWR-Betriebsrat": the part before the hyphen names whose body it is. */
    private static boolean namedModifier(String name) {
        int hyphen = name.indexOf('-');
        if (hyphen <= 0) {
            return false;
        }
        return Lexicon.namesOwner(name.substring(0, hyphen));
    }

    /**
     * "(SPD)", "(Kolbersund, SPD)", "(SPD, Lindenau)": a bracket of short labels after a name says who someone belongs
     * to and where from; the party does not act. People listed in a bracket ("(Ole Brink, Mira Lenz)") are no labels:
     * for them only a bracket of their own counts.
     */
    private static boolean onlyInParentheses(Candidate candidate) {
        int labels = candidate.type() == ActorType.PERSON ? 0 : 2;
        return candidate.runs().stream().allMatch(run -> labelsUpTo(run.sentence().words(), run.from() - 1, -1, "(",
                labels) && labelsUpTo(run.sentence().words(), run.to(), 1, ")", labels));
    }

    /** Only commas and at most {@code most} capitalised labels between the run and the bracket (walking by step). */
    private static boolean labelsUpTo(List<Word> words, int from, int step, String bracket, int most) {
        for (int i = from, labels = 0; i >= 0 && i < words.size() && labels <= most; i += step) {
            Word word = words.get(i);
            if (word.is(bracket)) {
                return true;
            }
            if (!word.is(",") && (!word.isCapitalized() || word.isVerb())) {
                return false;
            }
            labels += word.is(",") ? 0 : 1;
        }
        return false;
    }

    /** Titles of works, competitions, prizes, buildings and seasons are capitalised like names but never act. */
    private static boolean namesAThing(Candidate candidate) {
        if (candidate.type() == ActorType.ORGANIZATION && !candidate.multiWord() || candidate.type() == ActorType.COUNTRY) {
            return false;
        }
        if (candidate.multiWord() && !Lexicon.FIRST_NAMES.contains(NameFinder.firstPart(candidate.name().split(" ")[0]))) {
            for (String word : candidate.name().split(" ")) {
                String lower = word.toLowerCase(Locale.ROOT);
                if (!word.equals(candidate.lastWord()) && THING_HEADS.stream().anyMatch(lower::endsWith)) {
                    return true; // "Hauptstraße von Lindenau", "Goldene Feder Preis"
                }
            }
        }
        String last = candidate.lastWord().toLowerCase(Locale.ROOT);
        for (String head : THING_HEADS) {
            if (last.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name is the subject of a verb right next to it: "Norwegen erhebt Zölle", "Am Montag hat Schweden …",
     * "…, dass Dänemark Beschwerde einlegt" (verb after the subject at the clause end is not looked for).
     */
    private static boolean actsAsSubject(Candidate candidate) {
        for (NameRun run : candidate.runs()) {
            Word before = beforeNominativeArticle(run);
            Word after = run.after();
            boolean clauseStart = before == null || SUBJECT_OPENERS.contains(before.text());
            if (listAfterPreposition(run)) {
                continue; // "Zölle gegen Kolbarien, Wendland und Ostmark verhängt": the list is the object
            }
            if (clauseStart && after != null && after.isVerb() || before != null && before.isVerb()) {
                return true;
            }
            if (before != null && before.is("gegen") && SCORE.matcher(run.sentence().text()).find()) {
                return true; // "gewann gegen Norwegen mit 31:29": a national team plays
            }
            if (before != null && SUBORDINATORS.contains(before.text()) && !stativeClause(run)) {
                return true; // "…, dass Norwegen einen größeren Beitrag leistet": the subject of the clause
            }
            if (clauseStart && after != null && (after.is("und") || after.is("sowie"))
                    && verbWithin(run.sentence().words(), run.to() + 1, 4)) {
                return true; // "Norwegen und Schweden einigen sich"
            }
        }
        return false;
    }

    /**
     * The word before the name, or before its article when the name takes one in the nominative ("die Kolbarei",
     * "der Ostland", "die Vereinigten Inseln"): "…, dass die Kolbarei Truppen schickt" makes the country act as "…, dass
     * Norwegen …" does. Only "der" and "die": the other articles' cases ("den", "dem", "des", "das") are no country's
     * subject.
     */
    private static Word beforeNominativeArticle(NameRun run) {
        Word before = run.before();
        if (before == null || !(before.text().equalsIgnoreCase("die") || before.text().equalsIgnoreCase("der"))) {
            return before;
        }
        int at = run.from() - 2;
        return at >= 0 && run.sentence().words().get(at).start() >= run.sentence().bodyStart()
                ? run.sentence().words().get(at) : null;
    }

    /**
     * "Zölle gegen Kolbarien, Wendland und Ostmark": a name after "und", "sowie", "oder" or a comma belongs to a list
     * that a preposition governs, so the verb after it has another subject.
     */
    private static boolean listAfterPreposition(NameRun run) {
        List<Word> words = run.sentence().words();
        Word before = run.before();
        if (before == null || !(before.is(",") || before.is("und") || before.is("sowie") || before.is("oder"))) {
            return false;
        }
        for (int i = run.from() - 1; i >= 0 && i >= run.from() - 12; i--) {
            Word word = words.get(i);
            if ("ADP".equals(word.tag())) {
                return true;
            }
            if (!(word.is(",") || word.is("und") || word.is("sowie") || word.is("oder") || word.isCapitalized())) {
                return false;
            }
        }
        return false;
    }

    /**
     * "…, dass Lindenau ein Vorbild bleibt": the verb that closes the clause after the name only describes it. The
     * first verb up to the clause's end is taken; a clause without one counts as acting.
     */
    private static boolean stativeClause(NameRun run) {
        List<Word> words = run.sentence().words();
        for (int i = run.to(); i < words.size(); i++) {
            Word word = words.get(i);
            if (word.isVerb()) {
                return STATIVE_VERBS.contains(word.text());
            }
            if (word.is(",") || word.is(".") || word.is(";")) {
                return false;
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
        for (NameRun run : candidate.runs()) {
            Word after = run.after();
            boolean first = run.before() == null;
            if (first && after != null && after.isVerb() && !STATIVE_VERBS.contains(after.text())) {
                return true;
            }
        }
        return false;
    }
}
