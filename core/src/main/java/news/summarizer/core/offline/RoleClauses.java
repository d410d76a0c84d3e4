package news.summarizer.core.offline;

import java.util.List;
import java.util.Set;
import news.summarizer.core.text.GermanLexicon;

/**
 * The constructions after a mention (or around it) that say what a person is, for {@link RoleReader}: an apposition,
 * a relative clause with "als" or with a verb whose doer is a title, "als" after a noun the genitive name owns, and a
 * copula next to the name or a role the sentence opens with. Each reads the words of one sentence; which mention and
 * in what order of trust is {@link RoleReader}'s choice.
 */
final class RoleClauses {

    /** Closes an apposition. */
    private static final Set<String> CLOSERS = Set.of(",", ".", ";", ":", "!", "?", "–", "-", ")");
    /** Forms of the copulas "sein", "werden" and "bleiben" that say what someone is or becomes: a closed class. */
    private static final Set<String> COPULAS = Set.of("ist", "war", "wird", "wurde", "bleibt", "blieb");
    private static final int MAX_COMPLEMENT_WORDS = 6;
    /**
     * An apposition ends in punctuation, which tells it from a relative clause whatever its length, so its complement
     * may be longer: "Leiterin der Ambulanz der Frauenklinik im Kreiskrankenhaus Haldenbrück".
     */
    private static final int MAX_APPOSITION_COMPLEMENT = 10;
    /** Relative pronouns for a person: a closed class. */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("der", "die");
    /** Words a relative clause may put before "als" ("die seit Mai als …"). */
    private static final int MAX_WORDS_BEFORE_ALS = 6;
    /** Words of a relative clause read for its verb ("die seit Mai den Kirchenchor in Haldenbrück leitet"). */
    private static final int MAX_RELATIVE_WORDS = 10;
    /** Articles of a direct object in a relative clause ("die den Kirchenchor leitet"): a closed class. */
    private static final Set<String> OBJECT_ARTICLES = Set.of("den", "die", "das", "einen", "eine", "ein");
    /** Parts of a complement after a role noun: "der Grünen im Landtag", "des Vereins 1. FC Nordlicht". */
    private static final Set<String> COMPLEMENT_TAGS = Set.of("DET", "ADP", "ADP+DET", "NOUN", "PROPN", "ADJ", "NUM");

    /** Genitive articles, which open a complement after a noun ("der Sprecher des Vereins"): a closed class. */
    static final Set<String> GENITIVE_ARTICLES = Set.of("des", "der", "eines", "einer");

    private RoleClauses() {
    }

    /**
     * "die Reederei Nordlicht als Sponsor", "Rike Albers als neue Leiterin des Chors": "als" right after the name
     * (also after more words of a longer form of it, "Nordlicht Group als …") and a noun phrase say in what capacity
     * the name acts. For a person the noun must name a person; {@code kind}: for an organisation any common noun does
     * ("als Bauherrin", "als Hauptsponsor"). Only a genitive goes with the noun: in "als Bauherrin unter Druck" the
     * clause goes on.
     */
    static String capacityAls(NameRun run, boolean kind) {
        List<Word> words = run.sentence().words();
        int at = run.to();
        for (int more = 0; more < 2 && at < words.size() && words.get(at).isCapitalized()
                && !GermanLexicon.isCommonNoun(words.get(at).text()); more++) {
            at++;
        }
        if (at + 1 >= words.size() || !words.get(at).is("als")) {
            return null;
        }
        int first = at + 1;
        int noun = first;
        while (noun < words.size() && RoleReader.isAttributiveAdjective(words.get(noun))) {
            noun++;
        }
        if (noun >= words.size()) {
            return null;
        }
        String head = words.get(noun).text();
        boolean fits = RoleReader.isTitle(head) || kind && words.get(noun).isNoun() && GermanLexicon.isCommonNoun(head);
        boolean genitive = noun + 1 < words.size() && GENITIVE_ARTICLES.contains(words.get(noun + 1).text());
        return fits ? phrase(run.sentence(), words, first, genitive ? complementEnd(words, noun + 1) : noun + 1) : null;
    }

    /**
     * "Rike Albers, Mitglied im Vorstand des Chors, sagte": an apposition after the name whose head is any common
     * noun, not only one the dictionary shows to name a person ("Mitglied" has no feminine); read last, after every
     * construction with a person noun.
     */
    static String nounAppositionAfter(NameRun run) {
        List<Word> words = run.sentence().words();
        int at = skipBrackets(words, run.to());
        if (at >= words.size() || !words.get(at).is(",")) {
            return null;
        }
        at++;
        while (at < words.size() && "ADV".equals(words.get(at).tag()) && !words.get(at).isCapitalized()) {
            at++;
        }
        if (at < words.size() && RoleReader.ARTICLES.contains(words.get(at).text())) {
            at++;
        }
        int first = at;
        while (at < words.size() && RoleReader.isAttributiveAdjective(words.get(at))) {
            at++;
        }
        if (at >= words.size() || !words.get(at).isNoun() || !GermanLexicon.isCommonNoun(words.get(at).text())) {
            return null;
        }
        int end = complementEnd(words, at + 1, MAX_APPOSITION_COMPLEMENT);
        int after = skipBrackets(words, end);
        if (after < words.size() && !CLOSERS.contains(words.get(after).text())) {
            return null;
        }
        return phrase(run.sentence(), words, first, end);
    }

    /**
     * "Rike Albers ist neue Leiterin des Kirchenchors." and, with the verb first, "Ab Mai ist Rike Albers neue
     * Leiterin des Kirchenchors.": the copula right before or after the name, then the role without an article (an
     * article makes it one of many: "ist eine Kollegin von …"), and then the sentence or clause ends.
     */
    static String predicate(NameRun run) {
        List<Word> words = run.sentence().words();
        int at = run.to();
        boolean copulaBefore = run.from() > 0 && COPULAS.contains(words.get(run.from() - 1).text());
        if (!copulaBefore) {
            if (at >= words.size() || !COPULAS.contains(words.get(at).text())) {
                return null;
            }
            at++;
        }
        int end = titlePhraseEnd(words, at, false);
        if (end < 0 || end < words.size() && !CLOSERS.contains(words.get(end).text())) {
            return null;
        }
        int noun = at;
        while (!RoleReader.isTitle(words.get(noun).text())) {
            noun++;
        }
        // Without an article the adjective takes the strong ending of the noun's gender ("neuer Kassenwart", "neue
        // Kassenwartin"); a word that does not is an adverb ("war lange Kassenwart"), no part of the role.
        String ending = words.get(noun).text().endsWith("in") ? "e" : "er";
        for (int i = at; i < noun; i++) {
            if (!words.get(i).text().endsWith(ending)) {
                at = noun;
            }
        }
        return phrase(run.sentence(), words, at, end);
    }

    /**
     * "Neue Leiterin des Chors wird Rike Albers.": the sentence opens with the role, then the copula, then the name,
     * which ends the sentence.
     */
    static String invertedPredicate(NameRun run) {
        List<Word> words = run.sentence().words();
        int copula = run.from() - 1;
        if (copula < 1 || !COPULAS.contains(words.get(copula).text())
                || run.to() < words.size() && !CLOSERS.contains(words.get(run.to()).text())) {
            return null;
        }
        int first = 0;
        while (first < words.size() && words.get(first).start() < run.sentence().bodyStart()) {
            first++;
        }
        int at = first;
        while (at < copula && RoleReader.isAdjective(words.get(at))) {
            at++;
        }
        if (at >= copula || !RoleReader.isTitle(words.get(at).text())) {
            return null;
        }
        return complementEnd(words, at + 1) >= copula ? phrase(run.sentence(), words, first, copula) : null;
    }

    /**
     * "Rike Albers, stellvertretende Leiterin des Kirchenchors, sagte": after the comma (and an age in brackets)
     * an article or adjectives, a person noun, its complement, and then punctuation; a verb after the noun phrase
     * makes a relative clause ("Albers, die Leiterin kennt, …"), not an apposition. An adjective that is part of the
     * title is capitalised ("Jan Oltmann, Technischer Leiter der Werft,"); two titles may be joined by "und" ("Rike
     * Albers, Organistin und Leiterin des Kirchenchors St. Marien in Haldenbrück.").
     */
    static String appositionAfter(NameRun run) {
        List<Word> words = run.sentence().words();
        int at = skipBrackets(words, run.to());
        if (at >= words.size() || !words.get(at).is(",")) {
            return null;
        }
        at++;
        if (at < words.size() && RoleReader.ARTICLES.contains(words.get(at).text())) {
            at++;
        }
        int first = at;
        int end = titlePhraseEnd(words, at, true);
        if (end < 0) {
            return null;
        }
        if (end + 1 < words.size() && words.get(end).is("und")) {
            int joined = titlePhraseEnd(words, end + 1, false);
            end = joined < 0 ? end : joined;
        }
        if (end < words.size() && !CLOSERS.contains(words.get(end).text())) {
            return null;
        }
        return phrase(run.sentence(), words, first, end);
    }

    /**
     * Index after "stellvertretende Leiterin des Kirchenchors" at {@code at}: adjectives, a person noun and its
     * complement; -1 when no person noun follows the adjectives. {@code opening}: the phrase opens an apposition,
     * where the first adjective may be capitalised as part of a title ("Technischer Leiter").
     */
    private static int titlePhraseEnd(List<Word> words, int at, boolean opening) {
        int noun = at;
        if (opening && noun + 1 < words.size() && words.get(noun).isCapitalized()
                && RoleReader.isAdjective(words.get(noun)) && !GermanLexicon.isCommonNoun(words.get(noun).text())
                && RoleReader.isTitle(words.get(noun + 1).text())) {
            noun++;
        }
        while (noun < words.size() && RoleReader.isAttributiveAdjective(words.get(noun))) {
            noun++;
        }
        if (noun >= words.size() || !RoleReader.isTitle(words.get(noun).text())) {
            return -1;
        }
        return complementEnd(words, noun + 1, MAX_APPOSITION_COMPLEMENT);
    }

    /**
     * "Rike Albers, die seit Mai als Leiterin des Chors arbeitet, …": a relative clause right after the name that
     * says in what capacity ("als") the person acts.
     */
    static String relativeAls(NameRun run) {
        List<Word> words = run.sentence().words();
        int at = relativeClause(run);
        if (at < 0) {
            return null;
        }
        for (int als = at; als < Math.min(words.size(), at + MAX_WORDS_BEFORE_ALS); als++) {
            if (words.get(als).is(",")) {
                return null;
            }
            if (words.get(als).is("als")) {
                int first = als + 1;
                int noun = first;
                while (noun < words.size() && RoleReader.isAttributiveAdjective(words.get(noun))) {
                    noun++;
                }
                return noun < words.size() && RoleReader.isTitle(words.get(noun).text())
                        ? phrase(run.sentence(), words, first, complementEnd(words, noun + 1)) : null;
            }
        }
        return null;
    }

    /**
     * "Rike Albers, die den Kirchenchor leitet, …": a relative clause right after the name whose verb has a noun for
     * the one who does it that is a title ("leiten" → "Leiter", "gründen" → "Gründer"); the relative pronoun gives the
     * gender ("Leiterin"). The verb ends the clause (before a comma, "und" or the sentence's end), and the clause has
     * a direct object with an article (an article after no preposition): what the person leads, founded, trains;
     * "die gern Klavier spielt" or "der für den Verein spielt" says what someone does, not what office they hold.
     */
    static String relativeAgent(NameRun run) {
        List<Word> words = run.sentence().words();
        int at = relativeClause(run);
        if (at < 0) {
            return null;
        }
        boolean feminine = words.get(at - 1).is("die");
        boolean object = false;
        for (int end = at; end < Math.min(words.size(), at + MAX_RELATIVE_WORDS); end++) {
            Word word = words.get(end);
            if (CLOSERS.contains(word.text()) || word.is("und")) {
                return object && end > at ? agentNoun(words.get(end - 1), feminine) : null;
            }
            object |= OBJECT_ARTICLES.contains(word.text()) && !"ADP".equals(words.get(end - 1).tag());
        }
        return null;
    }

    /**
     * The title for who does what the finite verb says ("leitet" → "Leiter", "gründete" → "Gründerin"), or null when
     * the noun German forms from the verb is no title ("fährt" → "Fahrer" is, "kennt" → "Kenner" is not) or no word
     * the dictionary knows ("ausspricht" → "Aussprecher", which only looks like one ending in "-sprecher").
     */
    private static String agentNoun(Word verb, boolean feminine) {
        if (verb.isCapitalized()) {
            return null;
        }
        for (GermanLexicon.Reading reading : GermanLexicon.lookup(verb.text()).readings()) {
            String lemma = reading.lemma();
            if (reading.kind() != GermanLexicon.Kind.VERB || !reading.tag().contains(":3:SIN:") || lemma.length() < 4) {
                continue;
            }
            String stem = lemma.endsWith("eln") ? lemma.substring(0, lemma.length() - 3) + "l"
                    : lemma.endsWith("ern") ? lemma.substring(0, lemma.length() - 1)
                    : lemma.endsWith("en") ? lemma.substring(0, lemma.length() - 2) : null;
            if (stem == null) {
                continue;
            }
            String agent = Character.toUpperCase(stem.charAt(0)) + stem.substring(1) + "er" + (feminine ? "in" : "");
            if (RoleFinder.roleWord(agent) != null && GermanLexicon.lookup(agent).has(GermanLexicon.Kind.COMMON_NOUN)) {
                return agent;
            }
        }
        return null;
    }

    /**
     * "Jan Oltmanns erste Regatta als neuer Kassenwart": the name in the genitive, a noun it owns (after adjectives),
     * and "als" with a title, which says in what capacity the owner did it.
     */
    static String genitiveAls(NameRun run) {
        List<Word> words = run.sentence().words();
        String last = run.lastWord();
        int at = run.to();
        if (at < words.size() && (words.get(at).is("'") || words.get(at).is("’"))) {
            at++;
        } else if (!last.endsWith("s") && !last.endsWith("'") && !last.endsWith("’")) {
            return null;
        }
        for (int adjectives = 0; adjectives < 3 && at < words.size()
                && RoleReader.isAttributiveAdjective(words.get(at)); adjectives++) {
            at++;
        }
        if (at + 2 >= words.size() || !RoleReader.isNoun(words.get(at)) || !words.get(at + 1).is("als")) {
            return null;
        }
        int first = at + 2;
        int noun = first;
        while (noun < words.size() && RoleReader.isAttributiveAdjective(words.get(noun))) {
            noun++;
        }
        return noun < words.size() && RoleReader.isTitle(words.get(noun).text())
                ? phrase(run.sentence(), words, first, complementEnd(words, noun + 1)) : null;
    }

    /**
     * Index of the first word after the relative pronoun of a clause about the name ("Rike Albers, die …"), also when
     * a verb that ends the main clause stands between ("das Amt von Rike Albers übernehmen, die …"), or -1.
     */
    private static int relativeClause(NameRun run) {
        List<Word> words = run.sentence().words();
        int at = skipBrackets(words, run.to());
        for (int verbs = 0; verbs < 2 && at < words.size() && !words.get(at).isCapitalized()
                && RoleReader.isVerb(words.get(at)) && !words.get(at).is(","); verbs++) {
            at++;
        }
        if (at + 2 >= words.size() || !words.get(at).is(",") || !RELATIVE_PRONOUNS.contains(words.get(at + 1).text())) {
            return -1;
        }
        return at + 2;
    }

    /** Index after "(52)" or "(SPD)" at {@code at}, else {@code at}. */
    private static int skipBrackets(List<Word> words, int at) {
        if (at < words.size() && words.get(at).is("(")) {
            for (int i = at + 1; i < words.size() && i < at + 6; i++) {
                if (words.get(i).is(")")) {
                    return i + 1;
                }
            }
        }
        return at;
    }

    /** Index after the complement that starts at {@code from}: "des Kirchenchors St. Marien", "der Grünen im Rat". */
    private static int complementEnd(List<Word> words, int from) {
        return complementEnd(words, from, MAX_COMPLEMENT_WORDS);
    }

    /** As {@link #complementEnd(List, int)}, up to {@code most} words. */
    private static int complementEnd(List<Word> words, int from, int most) {
        int end = from;
        while (end < words.size() && end - from < most && (COMPLEMENT_TAGS.contains(words.get(end).tag())
                && !words.get(end).is("und") || truncatedCompound(words, end, from))) {
            end++;
        }
        return end;
    }

    /**
     * "des Segel- und Ruderverbandes": "und" after a word cut at its hyphen joins two compounds of one noun phrase,
     * not two phrases.
     */
    private static boolean truncatedCompound(List<Word> words, int at, int from) {
        return at > from && words.get(at).is("und") && words.get(at - 1).text().endsWith("-");
    }

    /** The article's words from {@code from} to before {@code to}, as written. */
    private static String phrase(Sentence sentence, List<Word> words, int from, int to) {
        String text = sentence.text();
        return text.substring(words.get(from).start() - sentence.start(), words.get(to - 1).end() - sentence.start());
    }
}
