package news.summarizer.core.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.text.GermanLexicon;
import news.summarizer.core.text.NameForms;
import news.summarizer.core.text.Spelling;

/**
 * Stage "merge": variants of one actor become one candidate under its fullest name, their mentions joined. Each
 * merge returns new candidates; a variant that joins another is gone from the result.
 */
final class CandidateMerger {

    private CandidateMerger() {
    }

    /**
     * "Kolberon" and "Kolberon AG", "Fährbehörde" and "Landesfährbehörde", "KÜLI" right after "Küstenbund Lindenau
     * (KÜLI)": one organisation, reported once under its fullest name. A short form that has joined a longer name
     * takes no further part; a longer name takes along what it has absorbed when it joins a still longer one.
     */
    static List<Candidate> shortForms(List<Candidate> candidates) {
        List<Candidate> current = new ArrayList<>(candidates);
        boolean[] gone = new boolean[current.size()];
        for (int s = 0; s < current.size(); s++) {
            if (current.get(s).type() != ActorType.ORGANIZATION && current.get(s).type() != null || gone[s]) {
                continue;
            }
            for (int l = 0; l < current.size(); l++) {
                Candidate shorter = current.get(s);
                Candidate longer = current.get(l);
                if (l != s && !gone[l] && shortFormOf(shorter, longer, candidates)) {
                    current.set(l, longer.withType(ActorType.ORGANIZATION).absorb(shorter));
                    gone[s] = true;
                    break;
                }
            }
        }
        return remaining(current, gone);
    }

    /**
     * Whether {@code shorter} names the organisation {@code longer} names: both organisations and one a short form or
     * abbreviation of the other; or a name of yet unknown kind that opens the organisation's name ("Kolberon" of
     * "Kolberon AG", unless a person of the article bears it). An abbreviation spelled out by a name of unknown kind
     * is left alone: on the development set those were laws and job titles ("CEO" for "Chief Executive Officer").
     */
    private static boolean shortFormOf(Candidate shorter, Candidate longer, List<Candidate> candidates) {
        if (shorter.type() == ActorType.ORGANIZATION && longer.type() == ActorType.PERSON) {
            return opensPersonLikeName(shorter, longer) || introducesBody(longer, shorter);
        }
        if (shorter.type() == ActorType.ORGANIZATION && longer.type() == ActorType.ORGANIZATION) {
            return contains(longer.name(), shorter.name()) || introduces(longer, shorter)
                    || abbreviates(shorter.name(), longer.name()) || Abbreviations.initialsOf(shorter.name(), longer.name());
        }
        return shorter.type() == null && longer.type() == ActorType.ORGANIZATION && !shorter.multiWord()
                && (longer.name().startsWith(shorter.name() + " ") || compoundOfOrganization(longer.name(), shorter.name()))
                && !placeName(shorter.name())
                && candidates.stream().noneMatch(person -> person.type() == ActorType.PERSON
                && person.lastWord().equals(shorter.name()));
    }

    /**
     * Words a spelled-out name may hold between its capitalised words ("Amt für Deichbau in der Küstenregion"): those
     * an abbreviation skips, and the French particles of a name ("Banque de …").
     */
    private static final Set<String> NAME_LINKS = java.util.stream.Stream.concat(Abbreviations.FUNCTION_WORDS.stream(),
            java.util.stream.Stream.of("de", "du", "la", "le")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** How far before the bracket a spelled-out name may start, in words. */
    private static final int MOST_SPELLED_OUT_WORDS = 10;

    /**
     * "Bundesamt für Deichbau in der Küstenregion (BDK)", "Lindenau Bureau of Coastal Management (BCM)": an
     * abbreviation in brackets spells out the words before it, so those words are one organisation's full name even
     * where the name finder cut them in two ("Bundesamt für Deichbau" | "Küstenregion"). The candidate whose run opens
     * the longest such stretch takes the full name; the abbreviation and the candidates inside the stretch join it.
     * A leading abbreviation of a country may stand outside the letters ("US" in "US Bureau of … (BCM)").
     */
    static List<Candidate> spelledOut(List<Candidate> candidates) {
        List<Candidate> current = new ArrayList<>(candidates);
        boolean[] gone = new boolean[current.size()];
        for (int a = 0; a < current.size(); a++) {
            Candidate abbreviation = current.get(a);
            if (gone[a] || !Lexicon.isAcronym(abbreviation.name()) || abbreviation.type() == ActorType.PERSON) {
                continue;
            }
            for (NameRun run : abbreviation.runs()) {
                Word before = run.before();
                if (before == null || !before.is("(") || gone[a]) {
                    continue;
                }
                List<Word> words = run.sentence().words();
                int last = run.from() - 2;
                int opener = -1;
                int from = -1;
                int unnamed = -1;
                for (int s = last; s >= 0 && s > last - MOST_SPELLED_OUT_WORDS; s--) {
                    Word word = words.get(s);
                    if (!word.isCapitalized() && !NAME_LINKS.contains(word.text())) {
                        break;
                    }
                    int opens = opening(current, gone, run.sentence(), s, a);
                    if (word.isCapitalized() && spells(abbreviation.name(), words, s, last)) {
                        if (opens >= 0) {
                            opener = opens;
                            from = s;
                        } else {
                            unnamed = s;
                        }
                    }
                }
                if (opener < 0 && unnamed >= 0 && namesABody(abbreviation.name(), words, unnamed, last)) {
                    // "die Vereinigung der Fährleute (VdF)": no name run opens the words, the abbreviation itself spells them
                    int start = words.get(unnamed).start();
                    String full = run.sentence().text().substring(start - run.sentence().start(),
                            words.get(last).end() - run.sentence().start());
                    NameRun spelled = new NameRun(run.sentence(), unnamed, last + 1, full, start);
                    current.set(a, new Candidate(full, ActorType.ORGANIZATION, abbreviation.role(), false,
                            List.of(spelled), abbreviation.mentions()).absorb(abbreviation));
                    continue;
                }
                int start = from;
                if (opener < 0 || current.get(opener).runs().stream().anyMatch(r -> r.sentence() == run.sentence()
                        && r.from() == start && r.to() == last + 1)) {
                    continue; // nothing found, or the name finder already has the whole name ("introduces" joins it)
                }
                String full = run.sentence().text().substring(words.get(from).start() - run.sentence().start(),
                        words.get(last).end() - run.sentence().start());
                Candidate named = current.get(opener);
                Candidate joined = new Candidate(full, ActorType.ORGANIZATION, named.role(), false, named.runs(),
                        named.mentions()).absorb(abbreviation);
                gone[a] = true;
                for (int c = 0; c < current.size(); c++) {
                    if (c != opener && !gone[c] && inside(current.get(c), run.sentence(), from, last)) {
                        joined = joined.absorb(current.get(c));
                        gone[c] = true;
                    }
                }
                current.set(opener, joined);
            }
        }
        return remaining(current, gone);
    }

    /**
     * Words that an abbreviation in brackets spells out without a name run among them are a body's name when the
     * abbreviation keeps a function word's small letter ("VdF", "KfH": "der", "für" are written only in names of
     * bodies) or the words hold an organisation's head ("Verband …"); "Künstliche Intelligenz (KI)" is neither.
     */
    private static boolean namesABody(String abbreviation, List<Word> words, int from, int last) {
        if (abbreviation.chars().anyMatch(Character::isLowerCase)) {
            return true;
        }
        for (int i = from; i <= last; i++) {
            if (Lexicon.isOrganizationHead(words.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** The candidate (not {@code except}, not gone) with a run in {@code sentence} that starts at word {@code at}. */
    private static int opening(List<Candidate> candidates, boolean[] gone, Sentence sentence, int at, int except) {
        for (int c = 0; c < candidates.size(); c++) {
            if (c != except && !gone[c]) {
                for (NameRun run : candidates.get(c).runs()) {
                    if (run.sentence() == sentence && run.from() == at) {
                        return c;
                    }
                }
            }
        }
        return -1;
    }

    /** Whether every run of the candidate lies in words {@code from} … {@code last} of the sentence. */
    private static boolean inside(Candidate candidate, Sentence sentence, int from, int last) {
        return candidate.runs().stream().allMatch(run -> run.sentence() == sentence && run.from() >= from
                && run.to() <= last + 1);
    }

    /** The abbreviation's letters spell the words from … last, or all of them but a leading abbreviation. */
    private static boolean spells(String abbreviation, List<Word> words, int from, int last) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i <= last; i++) {
            name.append(i > from ? " " : "").append(words.get(i).text());
        }
        if (Abbreviations.initialsOf(abbreviation, name.toString())) {
            return true;
        }
        return from < last && Lexicon.isAcronym(words.get(from).text()) && !words.get(from).text().equals(abbreviation)
                && Abbreviations.initialsOf(abbreviation, name.substring(words.get(from).text().length() + 1));
    }

    /**
     * "Kolbrix" and "Kolbrix Analytics": an organisation's one-word name that opens a longer name the typing took for a
     * person's (two capitalised words) names the same organisation; a first name ("Hannah", "Hannah Kolb") never does.
     */
    private static boolean opensPersonLikeName(Candidate shorter, Candidate longer) {
        return !shorter.multiWord() && longer.name().startsWith(shorter.name() + " ")
                && !Lexicon.FIRST_NAMES.contains(shorter.name()) && !GermanLexicon.isFirstName(shorter.name());
    }

    /**
     * "Jolanda" beside "Jolanda Brinkmeier": a first name alone (a person or of unknown kind) is a mention of the one person of the
     * article whose name opens with it (a quotation or a headline calls her by her first name). With two such people
     * ("Kira Wendt", "Kira Lenz") the first name is left alone.
     */
    static List<Candidate> firstNames(List<Candidate> candidates) {
        List<Candidate> current = new ArrayList<>(candidates);
        boolean[] gone = new boolean[current.size()];
        for (int f = 0; f < current.size(); f++) {
            Candidate alone = current.get(f);
            if (alone.type() != ActorType.PERSON && alone.type() != ActorType.OTHER || alone.place() || alone.multiWord()
                    || !(Lexicon.FIRST_NAMES.contains(alone.name())
                    || GermanLexicon.isFirstName(alone.name()))) {
                continue;
            }
            int owner = -1;
            int owners = 0;
            for (int p = 0; p < current.size(); p++) {
                if (p != f && !gone[p] && current.get(p).type() == ActorType.PERSON
                        && current.get(p).name().startsWith(alone.name() + " ")) {
                    owner = p;
                    owners++;
                }
            }
            if (owners == 1) {
                current.set(owner, current.get(owner).absorb(alone));
                gone[f] = true;
            }
        }
        return remaining(current, gone);
    }

    private static boolean placeName(String name) {
        return Lexicon.PLACES.contains(name) || Lexicon.country(name) != null || GermanLexicon.isPlace(name)
                || Toponyms.looksLikePlace(name);
    }

    /**
     * "Hartwig", "Hartwigs", "Ministerin Hartwig", "Worten Hartwigs", "Hartwig-Plan" are mentions of the person "Lena
     * Hartwig" (a person of {@code persons}) or things named after her: they are no candidates of their own. A bare
     * surname or its genitive counts as her mention.
     */
    static List<Candidate> intoPersons(List<Candidate> candidates, List<Candidate> persons) {
        List<String> personNames = persons.stream().map(Candidate::name).toList();
        List<Candidate> current = new ArrayList<>(candidates);
        boolean[] gone = new boolean[current.size()];
        for (int c = 0; c < current.size(); c++) {
            Candidate candidate = current.get(c);
            if (candidate.type() == ActorType.PERSON) {
                continue;
            }
            for (String personName : personNames) {
                int p = indexOf(current, personName);
                if (p >= 0 && p != c && current.get(p).type() == ActorType.PERSON && mentionsPerson(candidate, current.get(p))
                        && !namedAfterPerson(candidate, current.get(p).lastWord())) {
                    if (!candidate.multiWord() && candidate.name().indexOf('-') < 0) {
                        current.set(p, current.get(p).absorb(candidate));
                    }
                    gone[c] = true;
                    break;
                }
            }
        }
        return remaining(current, gone);
    }

    /**
     * "Kolberon AG" and "Kolbreon", "Wendisch-Brück" and "Wendish-Brück": one name written twice, once misspelt, is
     * one actor under the spelling the article uses more often (a name of unknown kind joins a typed one). Persons are
     * left alone ("Möller" and "Müller" are two people); the names must be long enough for one slip to be a slip.
     */
    static List<Candidate> misspellings(List<Candidate> candidates) {
        List<Candidate> current = new ArrayList<>(candidates);
        boolean[] gone = new boolean[current.size()];
        for (int v = 0; v < current.size(); v++) {
            for (int m = 0; m < current.size(); m++) {
                Candidate variant = current.get(v);
                Candidate main = current.get(m);
                boolean typedAlike = variant.type() == main.type() && variant.place() == main.place()
                        || variant.type() == ActorType.OTHER && !variant.place();
                if (v != m && !gone[v] && !gone[m] && typedAlike
                        && main.type() != ActorType.PERSON && variant.runs().size() <= main.runs().size()
                        && (Spelling.oneSlipApart(variant.name(), main.name())
                        || Spelling.oneSlipApart(variant.name(), main.name().split(" ")[0]))) {
                    current.set(m, main.absorb(variant).withMentions(main.mentions() + variant.mentions()));
                    gone[v] = true;
                    break;
                }
            }
        }
        return remaining(current, gone);
    }

    /**
     * Two names of one actor the article itself ties together: a pen name and the civil name ("Lu Brandt alias
     * Kolbero", "Kolbero (eigentlich Lu Brandt)"), a club with its prefix and with its city ("FC Kolberon" and
     * "Kolberon Hamburg"), the United Nations' body by either prefix ("UN-Fischereikonferenz" and
     * "Weltfischereikonferenz"). The name the article uses more often (or first) stays.
     */
    static List<Candidate> sameActor(List<Candidate> candidates) {
        List<Candidate> current = new ArrayList<>(candidates);
        boolean[] gone = new boolean[current.size()];
        for (int a = 0; a < current.size(); a++) {
            for (int b = a + 1; b < current.size() && !gone[a]; b++) {
                Candidate first = current.get(a);
                Candidate second = current.get(b);
                if (gone[b] || !(aliases(first, second) || aliases(second, first) || clubAndCity(first, second)
                        || clubAndCity(second, first) || sameUnitedNationsBody(first.name(), second.name()))) {
                    continue;
                }
                boolean keepFirst = clubAndCity(first, second)
                        || !clubAndCity(second, first) && first.runs().size() >= second.runs().size();
                Candidate kept = keepFirst ? first : second;
                Candidate joined = keepFirst ? second : first;
                current.set(keepFirst ? a : b, kept.absorb(joined).withMentions(kept.mentions() + joined.mentions()));
                gone[keepFirst ? b : a] = true;
            }
        }
        return remaining(current, gone);
    }

    /** Words that tie a pen name to a civil name: "Kolbero (eigentlich Lu Brandt)", "(bürgerlich Lu Brandt)". */
    private static final Set<String> CIVIL_NAME_WORDS = Set.of("eigentlich", "bürgerlich");

    /** "Lu Brandt alias Kolbero", "Kolbero (eigentlich Lu Brandt)": {@code other} follows {@code name} so tied. */
    private static boolean aliases(Candidate name, Candidate other) {
        for (NameRun run : name.runs()) {
            List<Word> words = run.sentence().words();
            int link = run.to();
            if (link + 1 < words.size() && words.get(link).is("(")
                    && CIVIL_NAME_WORDS.contains(words.get(link + 1).text())) {
                link++;
            } else if (link >= words.size() || !words.get(link).is("alias")) {
                continue;
            }
            int next = link + 1;
            if (other.runs().stream().anyMatch(o -> o.sentence() == run.sentence() && o.from() == next)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "FC Kolberon" and "Kolberon Hamburg": an organisation whose name is a club prefix and one word, and a name of
     * that word and a place, name one club (the sports pages write it both ways).
     */
    private static boolean clubAndCity(Candidate club, Candidate withCity) {
        // Asked for every pair of candidates: the names are split only for a club's (most pairs hold none)
        if (club.type() != ActorType.ORGANIZATION) {
            return false;
        }
        String[] clubWords = club.name().split(" ");
        if (clubWords.length != 2 || !Lexicon.CLUB_PREFIXES.contains(clubWords[0])) {
            return false;
        }
        String[] cityWords = withCity.name().split(" ");
        return cityWords.length == 2 && cityWords[0].equals(clubWords[1]) && placeName(cityWords[1]);
    }

    /** The prefixes by which German writes a body of the United Nations: "UN-Gesundheitsrat", "Weltgesundheitsrat". */
    private static final List<String> UNITED_NATIONS_PREFIXES = List.of("UN-", "UNO-", "Uno-", "Welt");

    /** "UN-Fischereikonferenz" and "Weltfischereikonferenz": the same body, compounds of the same head. */
    static boolean sameUnitedNationsBody(String one, String other) {
        String head = unitedNationsHead(one);
        return head != null && head.length() >= 6 && head.equals(unitedNationsHead(other)) && !one.equals(other);
    }

    private static String unitedNationsHead(String name) {
        if (name.contains(" ")) {
            return null;
        }
        for (String prefix : UNITED_NATIONS_PREFIXES) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                return name.substring(prefix.length()).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static List<Candidate> remaining(List<Candidate> candidates, boolean[] gone) {
        List<Candidate> result = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (!gone[i]) {
                result.add(candidates.get(i));
            }
        }
        return result;
    }

    /** Where the candidate of that name is; -1 when a short form has joined it into a longer name. */
    private static int indexOf(List<Candidate> candidates, String name) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "Brinkmann Werft AG", "Lindqvist Marine Foundation": an organisation of several words that opens with the person's
     * surname and holds a legal form or an organisation's head after it is a body named after the person (its
     * founder), not a mention of that person.
     */
    private static boolean namedAfterPerson(Candidate candidate, String surname) {
        if (candidate.type() != ActorType.ORGANIZATION || !candidate.multiWord()) {
            return false;
        }
        String[] words = candidate.name().split(" ");
        if (!words[0].equals(surname)) {
            return false; // "Regierung Lindqvist", "Senatorin Meroni": a body or a title before the person's name
        }
        for (int i = 1; i < words.length; i++) {
            if (Lexicon.LEGAL_FORMS.contains(words[i]) || Lexicon.isOrganizationHead(words[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsPerson(Candidate candidate, Candidate person) {
        String surname = person.lastWord();
        String whole = candidate.name();
        boolean sameSurname = whole.equals(surname) || NameForms.withoutGenitive(whole).equals(surname);
        for (String part : sameSurname ? new String[] {surname} : candidate.parts()) {
            if (part.equals(surname) || NameForms.withoutGenitive(part).equals(surname)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String longer, String shorter) {
        if (longer.length() <= shorter.length()) {
            return false;
        }
        if (longer.startsWith(shorter + " ") || longer.endsWith(" " + shorter)) {
            return true;
        }
        if (compoundOfOrganization(longer, shorter)) {
            return true;
        }
        // "Fährbehörde (Lindenau)" inside "Landesfährbehörde (Lindenau)": the short form is the tail of a compound
        int boundary = longer.length() - shorter.length();
        return shorter.split(" ")[0].length() >= 5 && Character.isLetter(longer.charAt(boundary - 1))
                && longer.toLowerCase(Locale.ROOT).endsWith(shorter.toLowerCase(Locale.ROOT));
    }

    /**
     * "Kolbrix" and "Deutscher Kolbrixverband": a word of the longer name is the short name closed up with the head of
     * an organisation's name ("verband", "bund"), so the compound names the same body. A hyphenated compound names a
     * body of its own ("Grünen-Fraktion" is the party's group in parliament, not the party).
     */
    private static boolean compoundOfOrganization(String longer, String shorter) {
        if (shorter.contains(" ") || shorter.length() < 4) {
            return false;
        }
        for (String word : longer.split(" ")) {
            if (word.length() > shorter.length() + 2 && word.startsWith(shorter)) {
                String rest = word.substring(shorter.length());
                if (Character.isLowerCase(rest.charAt(0)) && Lexicon.isOrganizationHead(rest)
                        && !Lexicon.isOrganizationHead(shorter)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "IG Hafenbau" for "Industriegewerkschaft Hafenbau", "NK-Kommission" for "Nordische Kommission": an abbreviated
     * first word, the rest the same.
     */
    private static boolean abbreviates(String shorter, String longer) {
        int space = shorter.indexOf(' ') > 0 ? shorter.indexOf(' ') : shorter.indexOf('-');
        if (space < 0 || !Lexicon.isAcronym(shorter.substring(0, space)) || longer.indexOf(' ') < 0) {
            return false;
        }
        String rest = " " + shorter.substring(space + 1); // "NK-Kommission" for "Nordische Kommission"
        return longer.endsWith(rest) && longer.length() > shorter.length() && longer.charAt(0) == shorter.charAt(0)
                && longer.indexOf(' ') == longer.length() - rest.length();
    }

    /** "Küstenbund Lindenau (KÜLI)": the abbreviation in brackets right after the full name. */
    /**
     * "das Forum Seerecht (FSR)": a name typed a person by its two capitalised words, with an abbreviation in brackets
     * right after it whose letters it holds in order from its first letter (a German abbreviation takes letters of
     * compound parts too: "Seerecht" gives S and R), names the body the abbreviation names. Not for a name that opens
     * with a first name: "Sandra Pade (SPD)" is a person and her party.
     */
    private static boolean introducesBody(Candidate longer, Candidate abbreviation) {
        String first = longer.name().split(" ")[0];
        return abbreviation.name().length() >= 3 && !Lexicon.FIRST_NAMES.contains(NameFinder.firstPart(first))
                && !GermanLexicon.isFirstName(NameFinder.firstPart(first))
                && lettersInOrder(abbreviation.name(), longer.name()) && introduces(longer, abbreviation);
    }

    /** "FSR" in "Forum Seerecht": the first letter opens the name, the others follow in order. */
    private static boolean lettersInOrder(String abbreviation, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String letters = abbreviation.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || letters.isEmpty() || lower.charAt(0) != letters.charAt(0)) {
            return false;
        }
        int at = 1;
        for (int i = 1; i < letters.length(); i++) {
            at = lower.indexOf(letters.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static boolean introduces(Candidate longer, Candidate abbreviation) {
        if (!Lexicon.isAcronym(abbreviation.name())) {
            return false;
        }
        for (NameRun run : abbreviation.runs()) {
            Word before = run.before();
            if (before != null && before.is("(")) {
                for (NameRun full : longer.runs()) {
                    if (full.sentence() == run.sentence() && full.to() == run.from() - 1) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
