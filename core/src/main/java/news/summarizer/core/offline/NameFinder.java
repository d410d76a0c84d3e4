package news.summarizer.core.offline;

import news.summarizer.core.text.GermanLexicon;
import news.summarizer.core.text.NameForms;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds name runs: proper nouns in a row, joined by name particles right after a first name
 * ("Anke von der Heide"), with a parenthesised addition ("Frankfurt (Oder)"), and with a leading organisation
 * noun when the proper noun is only its place ("Naturschutzbund Brandenburg"). Datelines and subheadings are
 * skipped: a dateline city is not an actor, and headings repeat what the prose says.
 */
final class NameFinder {

    private static final List<String> TYPE_NOUNS = List.of("betreiber", "hersteller", "anbieter", "unternehmen",
            "versorger", "händler", "zulieferer", "dienstleister", "konzern", "sender", "verlag");

    private static final java.util.regex.Pattern ADJECTIVE_FORM = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:isch|lich|ig|sch|ral|nal|tär|är)(?:e|er|es|en|em)");
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d{1,2}\\.");

    private NameFinder() {
    }

    static List<NameRun> find(List<Sentence> sentences) {
        java.util.Set<String> owners = titleOwners(sentences);
        owners.addAll(lowercaseNames(sentences)); // names whatever their tag, like the owners of titles
        List<NameRun> runs = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (!sentence.heading()) {
                find(sentence, runs, owners);
            } else {
                List<NameRun> inHeading = new ArrayList<>();
                find(sentence, inHeading, owners);
                inHeading.stream().filter(run -> namesAnInstitution(run) || signsAQuote(run)).forEach(runs::add);
            }
        }
        return runs;
    }

    /**
     * Headings repeat the prose, so their names are skipped, except names that are clearly an institution's or a
     * club's: a title often names the club or the conference the text then calls "der Verein", "die Konferenz".
     */
    private static boolean namesAnInstitution(NameRun run) {
        List<Word> words = run.words();
        String first = words.get(0).text();
        boolean ordinal = ORDINAL.matcher(first).matches();
        if (words.size() >= 2 && Lexicon.CLUB_PREFIXES.contains(ordinal ? words.get(1).text() : first)) {
            return true; // "1. FC Lindenau", "VfB Wendbach"
        }
        int hyphen = first.indexOf('-');
        return words.size() == 1 && hyphen > 0 && Lexicon.isNamedInstitution(first)
                && (Lexicon.isAcronym(first.substring(0, hyphen)) || Lexicon.ORGANIZATIONS.contains(first.substring(0, hyphen)));
    }

    /**
     * "Ada Brink, Geschäftsführerin der Werft" on a line of its own after a quotation: the line that says whose words
     * they were is no heading that repeats the prose, and often the only place the speaker is named. The name opens the
     * line (perhaps after a dash) and a comma and a title follow it.
     */
    private static final java.util.Set<String> TITLE_LINKS = java.util.Set.of("von", "bei", "der", "des", "im", "am");

    private static boolean signsAQuote(NameRun run) {
        List<Word> words = run.sentence().words();
        boolean opens = run.from() == 0 || run.from() == 1 && words.get(0).isPunctuation();
        if (!opens || run.to() + 1 >= words.size() || !words.get(run.to()).is(",") || run.to() - run.from() < 2) {
            return false;
        }
        Word title = words.get(run.to() + 1);
        // a title the lists know, or any capitalised word with whose it is: "Ada Brink, CTO von Kolbrix"
        return RoleFinder.roleWord(title.text()) != null || title.isCapitalized() && run.to() + 2 < words.size()
                && TITLE_LINKS.contains(words.get(run.to() + 2).text());
    }

    /**
     * Words the article uses as the first part of a title ("Kolberon-Chef", "Talvenwerk-Sprecher"): whoever has a
     * chief or a spokesperson is an organisation, so the word is a name wherever it stands, whatever its tag.
     */
    private static java.util.Set<String> titleOwners(List<Sentence> sentences) {
        java.util.Set<String> owners = new java.util.HashSet<>();
        for (Sentence sentence : sentences) {
            for (Word word : sentence.words()) {
                int hyphen = word.text().indexOf('-');
                if (hyphen >= 3 && word.isCapitalized() && RoleFinder.roleWord(word.text().substring(hyphen + 1)) != null) {
                    String owner = word.text().substring(0, hyphen);
                    if (owner.chars().skip(1).anyMatch(Character::isLowerCase) && Lexicon.country(owner) == null
                            && !Lexicon.NOT_NAMES.contains(owner)
                            && !Lexicon.PLACES.contains(owner) && !isDemonym(owner)) {
                        owners.add(owner);
                    }
                }
            }
        }
        return owners;
    }

    /**
     * Names written in lower case ("taz", "ebay") that the tagger calls proper nouns at least twice and more
     * often than anything else.
     */
    private static java.util.Set<String> lowercaseNames(List<Sentence> sentences) {
        java.util.Map<String, int[]> tags = new java.util.HashMap<>();
        for (Sentence sentence : sentences) {
            List<Word> words = sentence.words();
            for (int i = 0; i < words.size(); i++) {
                Word word = words.get(i);
                String text = word.text();
                if (text.length() >= 4 && Character.isLowerCase(text.charAt(0)) && text.chars().allMatch(Character::isLetter)) {
                    int[] counts = tags.computeIfAbsent(text, key -> new int[3]);
                    counts[word.isProperNoun() ? 0 : 1]++;
                    if (i > 0 && ("DET".equals(words.get(i - 1).tag()) || "ADP".equals(words.get(i - 1).tag()))) {
                        counts[2]++;
                    }
                }
            }
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        tags.forEach((word, counts) -> {
            boolean tagged = counts[0] >= 2 && counts[0] > counts[1];
            if ((tagged || unknownNoun(word, counts)) && !Lexicon.STOP_WORDS.contains(word)) {
                names.add(word);
            }
        });
        return names;
    }

    /**
     * "kolbrix" three times, once after "der" or "von": a lower-case word that no part of the dictionary knows (as
     * written, capitalised, or by a compound's last part) and that the article uses as a noun is a name written in
     * lower case, whatever tag the part-of-speech model guesses for a word it has never seen.
     */
    private static boolean unknownNoun(String word, int[] counts) {
        if (counts[0] + counts[1] < 3 || counts[2] == 0) {
            return false;
        }
        String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        return !GermanLexicon.lookup(word).known() && !GermanLexicon.lookup(capitalised).known()
                && GermanLexicon.compoundHead(capitalised) == null;
    }

    private static void find(Sentence sentence, List<NameRun> runs, java.util.Set<String> owners) {
        List<Word> words = sentence.words();
        if (Credits.isByline(sentence) || Credits.isAuthorBox(sentence)) {
            return;
        }
        int end = Credits.creditStart(words);
        int i = 0;
        while (i < end) {
            if (words.get(i).start() < sentence.bodyStart()) {
                i++;
                continue;
            }
            int institution = institutionEnd(words, i);
            if (institution > i) {
                addRun(sentence, runs, i, extendInstitution(words, institution));
                i = extendInstitution(words, institution);
                continue;
            }
            if (beforeLegalForm(words, i, end)) {
                int to = i + 2;
                while (to < end && words.get(to).isProperNoun() && continuesName(words.get(to))
                        && (Lexicon.PLACES.contains(words.get(to).text()) || GermanLexicon.isPlace(words.get(to).text()))) {
                    to++; // "Kolbenwerk AG Wendbach": the seat closes the name
                }
                addRun(sentence, runs, i, to);
                i = to;
                continue;
            }
            if (!startsName(words.get(i)) && !owners.contains(words.get(i).text()) && !firstNameBeforeName(words, i) && !particleName(words, i)) {
                i++;
                continue;
            }
            if (particleName(words, i)) {
                addRun(sentence, runs, i, i + 3);
                i += 3;
                continue;
            }
            int to = Math.min(end, extend(words, i));
            while (to - i > 1 && isDescriptor(words.get(i).text()) && !institutionAfterDemonym(words, i, to)) {
                i++; // "dem Oldenburger Netzbetreiber Nordwest Netz GmbH": the name starts at "Nordwest"
            }
            if (to - i >= 3 && !Lexicon.FIRST_NAMES.contains(firstPart(words.get(i).text()))
                    && Lexicon.FIRST_NAMES.contains(firstPart(words.get(i + 1).text()))) {
                i++; // "dem Russen Sergej Tarassow", "Werftretter Christian Holtkamp": the name starts at the first name
            }
            while (to - i >= 2 && descriptorNoun(words.get(i).text()) && opensName(words.get(i + 1).text())
                    && (describes(words.get(i).text()) || firstNameOrAcronym(words.get(i + 1).text()))) {
                i++; // "des Branchenverbands Velko", "Gattin Almut", "Pastor Jens Ohlsen": a common noun describes the name
            }
            if (to - i == 1 && isDemonym(words.get(i).text())) {
                i = to; // "die Kölner", "der Japaner": people from a place, not a named actor
                continue;
            }
            Word after = to < words.size() ? words.get(to) : null;
            if (to - i == 1 && after != null && RoleFinder.roleWord(after.text()) != null
                    && words.get(i).text().endsWith("s") && !Lexicon.isAcronym(words.get(i).text())) {
                i = to; // "Kolbersunds Landrätin …": the genitive only says whose title it is
                continue;
            }
            int from = i;
            Word previous = i > 0 ? words.get(i - 1) : null;
            if (previous != null && previous.start() >= sentence.bodyStart() && previous.isCapitalized()
                    && to - i == 1 && (Lexicon.hasInstitutionHead(previous.text())
                    || (previous.isNoun() && Lexicon.isOrganizationHead(previous.text())
                    && Lexicon.PLACES.contains(words.get(i).text())))) {
                from = i - 1; // "Landgericht Wendbach", "Naturschutzbund Brandenburg": the place names the body
            }
            if (previous != null && from == i && Lexicon.CLUB_PREFIXES.contains(words.get(i).text())
                    && ORDINAL.matcher(previous.text()).matches() && previous.start() >= sentence.bodyStart()) {
                from = i - 1; // "1. FC Lindenau": the ordinal belongs to the club's name
            }
            from = englishNameStart(sentence, words, from, to);
            addRun(sentence, runs, from, to);
            i = to;
        }
    }

    /**
     * "die Kolbenwerk GmbH", "Düsenhof AG": a capitalised word right before a legal form is a company's name whatever
     * its tag (an unknown word is often tagged a common noun, and a company may be named by one: "Werk"); not an
     * article or pronoun ("Die AG will …" refers back to the company).
     */
    private static boolean beforeLegalForm(List<Word> words, int i, int end) {
        Word word = words.get(i);
        return i + 1 < end && word.isCapitalized() && (word.isNoun() || "X".equals(word.tag()))
                && word.text().chars().allMatch(c -> Character.isLetter(c) || c == '-')
                && Lexicon.LEGAL_FORMS.contains(words.get(i + 1).text()) && RoleFinder.roleWord(word.text()) == null
                && (i == 0 || !words.get(i - 1).isProperNoun());
    }

    private static void addRun(Sentence sentence, List<NameRun> runs, int from, int to) {
        List<Word> words = sentence.words();
        int start = words.get(from).start();
        String text = sentence.text().substring(start - sentence.start(), words.get(to - 1).end() - sentence.start());
        runs.add(new NameRun(sentence, from, to, text, start));
    }

    /**
     * A capitalised adjective before an organisation's head noun names an institution ("Statistisches Bundesamt",
     * "Deutscher Segelverband", "Europäische Kommission"), and so does a compound institution noun by itself
     * ("Bundesfischereiamt", "Deichbauministerium"). Returns the index after the head, or {@code at} when neither.
     */
    private static int institutionEnd(List<Word> words, int at) {
        Word word = words.get(at);
        if (!word.isCapitalized() || Lexicon.NOT_NAMES.contains(word.text())) {
            return at;
        }
        if (at + 1 < words.size() && isDemonym(word.text()) && word.isCapitalized()) {
            Word head = words.get(at + 1);
            if (head.isCapitalized() && head.isNoun() && !isDescriptor(head.text())
                    && (Lexicon.isCompoundOrganizationHead(head.text()) || Lexicon.hasInstitutionHead(head.text())
                    || Lexicon.isOrganizationHead(head.text()) && !GermanLexicon.isCommonNoun(head.text()))
                    && RoleFinder.roleWord(head.text()) == null) {
                return at + 2; // "die Lindenauer Hafengesellschaft teilte mit": the place tells which body
            }
        }
        if (at + 1 < words.size() && "ADJ".equals(word.tag()) || at + 1 < words.size() && isAdjectiveForm(word.text())) {
            Word head = words.get(at + 1);
            if (head.isCapitalized() && (head.isNoun() || head.isProperNoun())
                    && (Lexicon.isOrganizationHead(head.text()) || Lexicon.isOrganizationHead(NameForms.withoutGenitive(head.text())))
                    && !isDemonym(word.text()) && RoleFinder.roleWord(head.text()) == null) {
                return at + 2;
            }
        }
        String head = NameForms.withoutGenitive(word.text()); // once: both tests below ask for it
        if ((word.isNoun() || word.isProperNoun()) && (Lexicon.isNamedInstitution(word.text())
                || Lexicon.isNamedInstitution(head))
                && RoleFinder.roleWord(word.text()) == null) {
            return at + 1;
        }
        boolean namedGenitive = at + 1 < words.size() && !words.get(at + 1).is("für");
        if ((word.isNoun() || word.isProperNoun()) && (Lexicon.takesNamingComplement(head)
                || namedGenitive && Lexicon.isOrganizationHead(head) || bareHeadAfterArticle(words, at))
                && RoleFinder.roleWord(word.text()) == null && complementEnd(words, at + 1) > at + 1) {
            return at + 1; // "Beirat für Gewässerschutz", "Landesamt für Deichbau": the complement names the body
        }
        return at;
    }

    /** Definite articles and a preposition fused with one ("beim", "zur"): they make a noun one particular thing. */
    private static final java.util.Set<String> DEFINITE = news.summarizer.core.text.GermanArticles.union(
            news.summarizer.core.text.GermanArticles.DEFINITE, java.util.Set.of("vom", "beim", "zum", "zur", "im", "am"));

    /**
     * "die Kammer für Seefahrt", "beim Rat für Küstenschutz": a bare head that a "für" complement names
     * ({@link Lexicon#isBareComplementHead}) after a definite article; "ein Rat für …" names a kind.
     */
    private static boolean bareHeadAfterArticle(List<Word> words, int at) {
        return at > 0 && at + 1 < words.size() && words.get(at + 1).is("für")
                && DEFINITE.contains(words.get(at - 1).text().toLowerCase(java.util.Locale.ROOT))
                && Lexicon.isBareComplementHead(words.get(at).text());
    }

    /** "Beirat für Gewässerschutz", "Landgericht Wendbach": a complement that belongs to the institution's name. */
    private static int extendInstitution(List<Word> words, int to) {
        int complement = complementEnd(words, to);
        boolean named = !words.get(to - 1).isCapitalized() || !(to < words.size() && words.get(to).is("für"))
                || Lexicon.takesNamingComplement(NameForms.withoutGenitive(words.get(to - 1).text()))
                || bareHeadAfterArticle(words, to - 1);
        if (complement > to && named) {
            return complement;
        }
        if (to < words.size() && words.get(to).isProperNoun() && words.get(to).isCapitalized()
                && Lexicon.PLACES.contains(words.get(to).text())) {
            return to + 1;
        }
        return to;
    }

    /**
     * "für Gewässerschutz", "für Deichbau und Küstenschutz", "für politische Bildung": a complement with
     * "für" and one or two nouns. Returns the index after it, or {@code at} when there is none.
     */
    private static int complementEnd(List<Word> words, int at) {
        if (at + 2 < words.size() && (words.get(at).is("des") || words.get(at).is("der"))
                && isAdjectiveForm(words.get(at + 1).text()) && words.get(at + 2).isCapitalized()
                && (words.get(at + 2).isNoun() || words.get(at + 2).isProperNoun())
                && RoleFinder.roleWord(words.get(at + 2).text()) == null) {
            return at + 3; // "Landesverband des Deutschen Obstbaus": a capitalised adjective makes it part of the name
        }
        if (at + 1 < words.size() && GENITIVE_ARTICLES.contains(words.get(at).text()) && at > 0
                && Lexicon.isOrganizationHead(NameForms.withoutGenitive(words.get(at - 1).text()))
                && words.get(at + 1).isCapitalized() && (words.get(at + 1).isNoun() || words.get(at + 1).isProperNoun())
                && RoleFinder.roleWord(words.get(at + 1).text()) == null
                && !Lexicon.NOT_NAMES.contains(words.get(at + 1).text())) {
            return at + 2; // "Landesverband des Fährgewerbes": the genitive says whose body it is
        }
        if (at >= words.size() || !words.get(at).is("für")) {
            return at;
        }
        int end = nounAfter(words, at + 1);
        if (end < 0) {
            return at;
        }
        if (end < words.size() && words.get(end).is("und") && nounAfter(words, end + 1) > 0) {
            end = nounAfter(words, end + 1);
        }
        return end;
    }

    /** The index after a capitalised noun at {@code at}, optionally after one lowercase adjective; else -1. */
    private static int nounAfter(List<Word> words, int at) {
        int i = at;
        if (i < words.size() && "ADJ".equals(words.get(i).tag()) && !words.get(i).isCapitalized()) {
            i++;
        }
        if (i < words.size() && words.get(i).isCapitalized() && (words.get(i).isNoun() || words.get(i).isProperNoun())
                && RoleFinder.roleWord(words.get(i).text()) == null && !Lexicon.NOT_NAMES.contains(words.get(i).text())) {
            return i + 1;
        }
        return -1;
    }

    /**
     * The masculine and neuter genitive article: "Landesverband des Fährgewerbes" names the body whose trade it is.
     * Not "der": it is as often a dative or a feminine subject ("… dem Bund der Ehe", measured: two false names on
     * the held-out sets, no name gained).
     */
    private static final java.util.Set<String> GENITIVE_ARTICLES = java.util.Set.of("des");

    /** "Deutscher", "Statistisches", "Europäischen": inflected adjectives, written capitalised inside names. */
    static boolean isAdjectiveForm(String word) {
        // The pattern ends in e, er, es, en or em: a word ending otherwise is not tried (asked for most words).
        return word.length() > 4 && Character.isUpperCase(word.charAt(0))
                && "ersnm".indexOf(word.charAt(word.length() - 1)) >= 0 && ADJECTIVE_FORM.matcher(word).matches();
    }

    /** "Kölner", "Japaner", "Italiener": a person from a place or country, or the place's adjective. */
    static boolean isDemonym(String word) {
        if (!word.endsWith("er") && !word.endsWith("ern") && !word.endsWith("erin")) {
            return false;
        }
        String stem = word.substring(0, word.length() - (word.endsWith("er") ? 2 : word.endsWith("ern") ? 3 : 4));
        return Lexicon.PLACES.contains(stem) || Lexicon.country(stem) != null
                || Lexicon.country(stem + "en") != null || Lexicon.PLACES.contains(stem + "en");
    }

    private static int extend(List<Word> words, int first) {
        int to = first + 1;
        String firstWord = words.get(first).text();
        boolean startsWithFirstName = Lexicon.FIRST_NAMES.contains(firstPart(firstWord))
                || (words.get(first).isProperNoun() && !Lexicon.PLACES.contains(firstWord)
                && !Lexicon.ORGANIZATIONS.contains(firstWord) && Lexicon.country(firstWord) == null);
        while (to < words.size()) {
            Word next = words.get(to);
            boolean countryBoundary = Lexicon.country(words.get(to - 1).text()) != null
                    || Lexicon.country(next.text()) != null; // "falls Norwegen Hartwig ... festsetze"
            if (continuesName(next) && !countryBoundary) {
                to++;
                continue;
            }
            if (to - first == 1 && Lexicon.FIRST_NAMES.contains(firstPart(firstWord)) && next.isCapitalized()
                    && next.text().length() > 1 && !Lexicon.NOT_NAMES.contains(next.text()) && !next.isVerb()
                    && RoleFinder.roleWord(next.text()) == null && !next.text().endsWith("-")) {
                to++; // "Lars Hollmann" with the surname tagged as a noun: after a first name comes its surname
                continue;
            }
            int particles = to;
            while (particles < words.size() && Lexicon.NAME_PARTICLES.contains(words.get(particles).text())) {
                particles++;
            }
            boolean particleFirst = particles > to && !words.get(to).is("der") && !words.get(to).is("den");
            if (startsWithFirstName && to - first == 1 && particleFirst && particles < words.size()
                    && (continuesName(words.get(particles)) || surnameAfterParticle(firstWord, words.get(particles)))) {
                to = particles + 1;
                continue;
            }
            if (to - first == 1 && next.is("(") && to + 2 < words.size() && continuesName(words.get(to + 1))
                    && words.get(to + 2).is(")")) {
                to += 3;
                continue;
            }
            int linked = englishLinkEnd(words, first, to);
            if (linked > to) {
                to = linked; // "Marlow Water and Power Authority", "Kolbrook Institute of Marine Science"
                continue;
            }
            break;
        }
        return to;
    }

    /**
     * An English institution's name goes on across "of", "for", "and" ({@link Lexicon#ENGLISH_NAME_LINKS}): the end of
     * the name words after the link at {@code to} when the words from {@code first} to there hold an English
     * institution's head ({@link Lexicon#ENGLISH_ORGANIZATION_HEADS}), else {@code to}. German names are not joined:
     * "Brink und Lenz" are two.
     */
    private static int englishLinkEnd(List<Word> words, int first, int to) {
        if (!Lexicon.ENGLISH_NAME_LINKS.contains(words.get(to).text()) || to + 1 >= words.size()
                || !continuesName(words.get(to + 1))) {
            return to;
        }
        int end = to + 1;
        while (end < words.size() && continuesName(words.get(end))) {
            end++;
        }
        return hasEnglishHead(words, first, end) ? end : to;
    }

    /**
     * "Jan v. Brink-Olden", "Jana von Ostwald" with the surname tagged as a common noun: after a known first name and
     * a name particle comes the surname, as after the first name alone (see {@link #extend}).
     */
    private static boolean surnameAfterParticle(String firstName, Word next) {
        return Lexicon.FIRST_NAMES.contains(firstPart(firstName)) && next.isCapitalized() && next.text().length() > 1
                && !Lexicon.NOT_NAMES.contains(next.text()) && !next.isVerb() && RoleFinder.roleWord(next.text()) == null
                && !next.text().endsWith("-");
    }

    /**
     * "der Vulpine Heritage Foundation" with "Vulpine" tagged a noun: an English institution's name takes the
     * capitalised words before it that the German dictionary knows in no form, as they are words of the same English
     * name. Returns the new first index (at most three words back), else {@code from}.
     */
    private static int englishNameStart(Sentence sentence, List<Word> words, int from, int to) {
        if (!hasEnglishHead(words, from, to)) {
            return from;
        }
        int start = from;
        while (start > 0 && from - start < 3) {
            Word word = words.get(start - 1);
            String text = word.text();
            if (word.start() < sentence.bodyStart() || !word.isCapitalized() || text.length() < 2
                    || !text.chars().allMatch(Character::isLetter) || GermanLexicon.lookup(text).known()
                    || GermanLexicon.lookup(text.toLowerCase(java.util.Locale.ROOT)).known()) {
                break;
            }
            start--;
        }
        return start;
    }

    private static boolean hasEnglishHead(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = words.get(i).text().toLowerCase(java.util.Locale.ROOT);
            if (Lexicon.ENGLISH_ORGANIZATION_HEADS.contains(word)
                    || word.endsWith("s") && Lexicon.ENGLISH_ORGANIZATION_HEADS.contains(word.substring(0, word.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "Sabine/NOUN Brackwede/PROPN": a known first name before a proper noun starts a name whatever its own tag. */
    private static boolean firstNameBeforeName(List<Word> words, int i) {
        Word word = words.get(i);
        return Lexicon.FIRST_NAMES.contains(word.text()) && i + 1 < words.size() && words.get(i + 1).isProperNoun()
                && words.get(i + 1).isCapitalized() && RoleFinder.roleWord(words.get(i + 1).text()) == null;
    }

    /**
     * "sagte von der Heide", "Von der Heide verwies": particles and a proper noun that speaks or acts are a
     * surname that begins with its particles.
     */
    private static boolean particleName(List<Word> words, int i) {
        if (i + 2 >= words.size() || !words.get(i).text().equalsIgnoreCase("von") || !words.get(i + 1).is("der")) {
            return false;
        }
        Word surname = words.get(i + 2);
        if (!surname.isProperNoun() || !continuesName(surname) || surname.text().chars().anyMatch(Character::isDigit) || Lexicon.PLACES.contains(surname.text())
                || Lexicon.country(surname.text()) != null || Lexicon.ORGANIZATIONS.contains(surname.text())) {
            return false;
        }
        boolean speaks = i > 0 && words.get(i - 1).isVerb();
        boolean acts = i == 0 && i + 3 < words.size() && words.get(i + 3).isVerb();
        return speaks || acts;
    }

    private static boolean startsName(Word word) {
        String text = word.text();
        if (!word.isCapitalized() || Lexicon.NOT_NAMES.contains(text) || text.endsWith(".") || text.endsWith("-")
                || RoleFinder.roleWord(text) != null) {
            return false; // a title the tagger took for a name ("Werftsprecher/PROPN Ole Brink")
        }
        return word.isProperNoun() || Lexicon.ORGANIZATIONS.contains(text) || Lexicon.country(text) != null
                || isInstitution(text);
    }

    /**
     * "EU-Kommission", "Kolberon-Betriebsrat": a compound of whose body it is and an organisation's head is a name,
     * whatever the tagger calls it.
     */
    private static boolean isInstitution(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && Lexicon.namesOwner(word.substring(0, hyphen)) && Lexicon.isOrganizationHead(word)
                && RoleFinder.roleWord(word) == null;
    }

    private static boolean continuesName(Word word) {
        String text = word.text();
        boolean initial = text.length() == 2 && Character.isUpperCase(text.charAt(0)) && text.charAt(1) == '.';
        return initial || (word.isProperNoun() && word.isCapitalized() && !Lexicon.NOT_NAMES.contains(text)
                && !text.endsWith("-") && RoleFinder.roleWord(text) == null);
    }

    /** "Lindenauer Landgericht", "Wendbacher Deichbauministerium": the place adjective tells which court or ministry. */
    private static boolean institutionAfterDemonym(List<Word> words, int i, int to) {
        String next = NameForms.withoutGenitive(words.get(i + 1).text());
        String last = NameForms.withoutGenitive(words.get(to - 1).text());
        return isDemonym(words.get(i).text()) && (Lexicon.hasInstitutionHead(next)
                || Lexicon.hasInstitutionHead(words.get(i + 1).text())
                || !isDescriptor(words.get(i + 1).text()) && Lexicon.isOrganizationHead(last));
    }

    /** Place adjectives ("Oldenburger") and type nouns ("Netzbetreiber") the tagger puts into a name. */
    private static boolean isDescriptor(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (String type : TYPE_NOUNS) {
            if (lower.endsWith(type)) {
                return true;
            }
        }
        return isDemonym(word);
    }

    /**
     * A word the dictionary knows only as a common noun, in any case, also as the last part of a hyphenated compound
     * ("Konzern-Sparte"): it describes a name that follows, it is none ("Partnerin", "Verbands"). Abbreviations and
     * names the word lists know are excluded ("ARD" is also listed as a noun), and so is an organisation's head noun
     * unless in the genitive ("des Branchenverbands Velko" is the body Velko; "Küstenbund Lindenau" is a name).
     */
    private static boolean descriptorNoun(String word) {
        if (Lexicon.isAcronym(word) || Lexicon.ORGANIZATIONS.contains(word) || Lexicon.FIRST_NAMES.contains(word)) {
            return false;
        }
        String last = word.substring(word.lastIndexOf('-') + 1);
        boolean genitive = !NameForms.withoutGenitive(last).equals(last);
        if (Lexicon.isOrganizationHead(last) && !genitive) {
            return false; // "Küstenbund Lindenau", "Naturschutzbund Kolbland": the organisation's own name
        }
        if (word.indexOf('-') > 0) {
            return !last.isEmpty() && !GermanLexicon.lookup(last).properNoun() && !Lexicon.FIRST_NAMES.contains(last)
                    && !Lexicon.PLACES.contains(last); // "Konzern-Sparte": a compound of common nouns
        }
        return !last.isEmpty() && (GermanLexicon.isCommonNoun(last) || GermanLexicon.isCommonNoun(NameForms.withoutGenitive(last)));
    }

    /**
     * A word that is a name by itself: a first name, an abbreviation, or a word the dictionary does not know as a
     * common noun. A place is not counted: "Landgericht Wendbach", "Eintracht Lindenau" name an institution by it.
     */
    private static boolean opensName(String word) {
        if (Lexicon.PLACES.contains(word) || GermanLexicon.isPlace(word) || Lexicon.country(word) != null
                || Toponyms.looksLikePlace(word)) {
            return false;
        }
        return firstNameOrAcronym(word) || !GermanLexicon.isCommonNoun(word)
                && !GermanLexicon.lookup(word.toLowerCase(java.util.Locale.ROOT)).known();
    }

    /**
     * A genitive or a hyphenated compound ("des Branchenverbands", "Konzern-Sparte") describes the name after it; a
     * noun before a surname may be a first name the lists lack ("Toto Lindqvist"), a word of another language, or
     * part of the name ("Kolberon Records").
     */
    private static boolean describes(String word) {
        return word.indexOf('-') > 0 || !NameForms.withoutGenitive(word).equals(word);
    }

    /** A legal form ("Nordwerk AG") closes the name before it and opens none: it is no acronym here. */
    private static boolean firstNameOrAcronym(String word) {
        return Lexicon.FIRST_NAMES.contains(firstPart(word)) || GermanLexicon.isFirstName(word)
                || Lexicon.isAcronym(word) && !Lexicon.LEGAL_FORMS.contains(word);
    }

    static String firstPart(String name) {
        int hyphen = name.indexOf('-');
        return hyphen > 0 ? name.substring(0, hyphen) : name;
    }
}
