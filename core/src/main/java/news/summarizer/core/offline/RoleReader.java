package news.summarizer.core.offline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.EntityType;
import news.summarizer.core.text.GermanLexicon;
import news.summarizer.core.text.GermanArticles;

/**
 * Stage "role", for the actors the answer reports that {@link RoleFinder} gave no title: the constructions German
 * uses to say what someone or something is (those after a mention in {@link RoleClauses}), read with the dictionary
 * ({@link GermanLexicon#isPersonNoun}) instead of a list of title words. Runs after typing and ranking, so a role
 * found here changes no actor's kind and no actor's place in the answer. In order of trust:
 *
 * <ul>
 *   <li>a person noun right before the name, also across a line break inside a sentence or an academic degree, and
 *   two joined by "und": "Diakonin Rike Albers", "Kantorin Dr. Rike Albers", "Kantorin und Organistin Rike Albers",
 *   "…sagte die Organistin" / "Rike Albers …"; a plural one before two joined names: "die Kantorinnen Rike Albers
 *   und Ada Brink";</li>
 *   <li>an apposition after the name, opened by an adjective or an article: "Rike Albers, stellvertretende Leiterin
 *   des Kirchenchors, sagte", "Jan Oltmann (52), der Kassenwart des Vereins, …", or a relative clause with "als"
 *   (", die seit Mai als Leiterin des Chors arbeitet") or with a verb whose doer is a title (", die den Chor leitet":
 *   "Leiterin");</li>
 *   <li>a role the sentence opens with and says of the name: "Neue Leiterin des Chors wird Rike Albers.", or that a
 *   copula next to the name gives it: "Ab Mai ist Rike Albers neue Leiterin des Chors.";</li>
 *   <li>a definite description as subject ("Der Kassenwart sagte …") for the only person named just before it;</li>
 *   <li>for an organisation, the common noun after an article that names its kind: "der Reederei Nordlicht AG"; also
 *   instead of a person's title an earlier stage gave it ("…, Geschäftsführer Nordlicht").</li>
 * </ul>
 * An actor of no known kind that the entity typing takes for a person (a surname the dictionary knows, a name that
 * speaks: {@link EntityFinder#typeOf}) is read as a person: the typing leaves a surname alone of no kind when nothing
 * around it tells; an acting town or event of no known kind is not given a person's title.
 * Tried and dropped for want of any effect on the held-out set (docs/names-and-entities.md): an organisation's
 * apposition ("VdHK, die Vertretung der Hafenkaufleute, …").
 */
final class RoleReader {

    /** Quotation marks that may open a name: a closed class. */
    private static final Set<String> OPENING_QUOTES = Set.of("„", "\"", "«", "»", "‚", "'");
    /**
     * Articles, prepositions and conjunctions, which cannot end a role ("Präsident des Vereins in der"): closed
     * classes.
     */
    private static final Set<String> DANGLING = GermanArticles.union(GermanArticles.DEFINITE_OR_INDEFINITE,
            Set.of("in", "im", "an", "am", "auf", "aus", "bei", "beim", "für", "mit", "nach", "von", "vom", "vor", "zu",
                    "zum", "zur", "über", "unter", "und", "oder", "sowie", "gegen", "bis"));
    /** Articles that open an apposition or a kind noun. */
    static final Set<String> ARTICLES = GermanArticles.DEFINITE_OR_INDEFINITE;
    /** Prepositions merged with an article ("beim Versender Nordlicht"): a closed class. */
    private static final Set<String> ARTICLE_PREPOSITIONS = Set.of("beim", "vom", "zum", "zur", "im", "am");
    /** Ends a sentence; a line that ends without one goes on in the next line. */
    private static final String SENTENCE_END = ".!?:;\"“”»«)";
    /** Words before a name read for its title: a degree, two titles joined by "und". */
    private static final int WORDS_BEFORE = 4;
    /**
     * Academic degrees, which German writes between a title and the name ("Kantorin Dr. Rike Albers"): a closed
     * class.
     */
    private static final Set<String> DEGREES = Set.of("Dr.", "Prof.", "Dres.", "Dipl.-Ing.", "Ing.", "Mag.", "med.",
            "h.c.");
    /** Words of a person's name: "Rike Albers", "Ada Maria von Brink". */
    private static final int MAX_NAME_WORDS = 4;

    private RoleReader() {
    }

    /** The actor with the role the article gives it, when the name's own run gave none. */
    static Candidate withRole(Candidate actor, List<Sentence> sentences) {
        return withRole(actor, sentences, List.of());
    }

    /**
     * As {@link #withRole(Candidate, List)}; {@code named} are all the names of the article, so that a definite
     * description ("der Kassenwart") is given only to a person who is the only one named just before it.
     */
    static Candidate withRole(Candidate actor, List<Sentence> sentences, List<Candidate> named) {
        String given = tidy(actor.role());
        if (!java.util.Objects.equals(given, actor.role())) {
            actor = actor.withRole(given);
        }
        if (actor.role() != null) {
            return actor.type() == ActorType.ORGANIZATION && isTitle(lastWord(actor.role()))
                    ? withKindFor(actor, sentences) : actor;
        }
        boolean person = actor.type() == ActorType.PERSON
                || actor.type() == ActorType.OTHER && EntityFinder.typeOf(actor) == EntityType.PERSON;
        String role = person ? personRole(actor, sentences)
                : actor.type() == ActorType.ORGANIZATION ? organizationRole(actor, sentences) : null;
        if (role == null && person && !named.isEmpty()) {
            role = description(actor, sentences, named);
        }
        role = tidy(role);
        return role == null ? actor : actor.withRole(role);
    }

    /**
     * A role an earlier stage read, as the answer should show it: without the articles, prepositions and conjunctions
     * a cut left at its end ("Präsident des Vereins der Segler in der" → "Präsident des Vereins der Segler"), and none
     * when it holds someone else's name (in a list "…, Jan Oltmann, Bischof Anna Brink, …" the title after Jan
     * Oltmann's comma is Anna Brink's): a first name right after its first word, followed by a capitalised word.
     */
    static String tidy(String role) {
        if (role == null) {
            return null;
        }
        String[] words = role.strip().split(" ");
        int end = words.length;
        while (end > 1 && DANGLING.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        if (end >= 3 && GermanLexicon.isFirstName(words[1]) && !GermanLexicon.isCommonNoun(words[1])
                && !words[2].isEmpty() && Character.isUpperCase(words[2].charAt(0))) {
            return null; // "Leiterin des Max-Planck-Instituts", "Leiter des Max Planck Instituts" keep theirs
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(0, end));
    }

    /**
     * An organisation that an earlier stage gave a person's title, which stood before its name as the title of
     * someone else ("…, sagte Jan Oltmann, Geschäftsführer Nordlicht."): the kind the article names it by instead
     * ("die Reederei Nordlicht"), when it names one.
     */
    private static Candidate withKindFor(Candidate actor, List<Sentence> sentences) {
        String kind = organizationRole(actor, sentences);
        return kind == null ? actor : actor.withRole(kind);
    }

    private static String lastWord(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1);
    }

    /**
     * "Oltmann zählte die Kasse. Der Kassenwart sagte …": a definite description of a person as the subject (opening
     * the sentence, or right after its verb: "sagte die Organistin"), in the gender its article shows, refers back to
     * the person named just before: the only person the previous sentence and the sentence up to it name. Its noun
     * must end the noun phrase ("der Sprecher des Ministeriums" is someone else, introduced by description).
     */
    private static String description(Candidate actor, List<Sentence> sentences, List<Candidate> named) {
        java.util.Map<Integer, String> personAt = personMentions(actor, sentences, named);
        for (Sentence sentence : sentences) {
            List<Word> words = sentence.words();
            for (int i = 0; i + 1 < words.size(); i++) {
                int noun = descriptionNoun(sentence, words, i);
                if (noun < 0) {
                    continue;
                }
                int from = sentence.index() > 0 ? sentences.get(sentence.index() - 1).start() : sentence.start();
                int to = words.get(i).start();
                java.util.Set<String> before = new java.util.HashSet<>();
                personAt.forEach((start, name) -> {
                    if (start >= from && start < to) {
                        before.add(name);
                    }
                });
                if (before.size() == 1 && before.contains(actor.name())
                        && !otherGender(actor, words.get(noun).text().endsWith("in"))) {
                    return baseForm(words.get(noun).text());
                }
            }
        }
        return null;
    }

    /**
     * Where the article names a person (or the actor), by start: one name per place, and none inside another's
     * mention ("Brandt" of a "Jan Brandt" inside "Jan Brandt junior" is that one mention, not a second person).
     */
    private static java.util.Map<Integer, String> personMentions(Candidate actor, List<Sentence> sentences,
                                                                 List<Candidate> named) {
        List<NameRun> runs = new java.util.ArrayList<>();
        java.util.Map<NameRun, String> names = new java.util.HashMap<>();
        for (Candidate candidate : named) {
            if (candidate.type() == ActorType.PERSON || candidate.name().equals(actor.name())) {
                for (NameRun run : mentions(candidate, sentences)) {
                    runs.add(run);
                    names.putIfAbsent(run, candidate.name());
                }
            }
        }
        runs.sort(java.util.Comparator.comparingInt(NameRun::start)
                .thenComparing(java.util.Comparator.comparingInt((NameRun run) -> run.text().length()).reversed()));
        java.util.Map<Integer, String> personAt = new java.util.TreeMap<>();
        int covered = -1;
        for (NameRun run : runs) {
            if (run.start() >= covered) {
                personAt.putIfAbsent(run.start(), names.get(run));
                covered = run.start() + run.text().length();
            }
        }
        return personAt;
    }

    /**
     * Whether the actor's first name is known to the dictionary for the other gender only: "Jan Oltmann" is not "die
     * Organistin" (a first name it does not know, or knows for both, says nothing).
     */
    private static boolean otherGender(Candidate actor, boolean feminine) {
        if (!actor.multiWord()) {
            return false;
        }
        boolean male = false;
        boolean female = false;
        for (GermanLexicon.Reading reading : GermanLexicon.lookup(NameFinder.firstPart(actor.name().split(" ")[0]))
                .readings()) {
            if (reading.kind() == GermanLexicon.Kind.FIRST_NAME) {
                male |= reading.tag().contains(":MAS:");
                female |= reading.tag().contains(":FEM:");
            }
        }
        return feminine ? male && !female : female && !male;
    }

    /** "„…“, so die Kantorin": "so" after a comma names who said what went before. */
    private static boolean attribution(List<Word> words, int at) {
        return words.get(at).is("so") && at > 0 && words.get(at - 1).is(",");
    }

    /** Index of the person noun of a subject description "der …"/"die …" at {@code at}, or -1. */
    private static int descriptionNoun(Sentence sentence, List<Word> words, int at) {
        String article = words.get(at).text();
        boolean opens = words.get(at).start() == sentence.bodyStart();
        if (!(article.equals("der") || article.equals("die") || opens && (article.equals("Der") || article.equals("Die")))
                || !opens && (at == 0 || !isVerb(words.get(at - 1)) && !attribution(words, at - 1))) {
            return -1;
        }
        int noun = at + 1;
        while (noun < words.size() && isAttributiveAdjective(words.get(noun))) {
            noun++;
        }
        if (noun >= words.size() || !isTitle(words.get(noun).text())) {
            return -1;
        }
        boolean feminine = words.get(noun).text().endsWith("in");
        if (feminine != article.equalsIgnoreCase("die")) {
            return -1; // "die Kassenwarte" is plural, "der Organistin" a genitive or dative
        }
        Word next = noun + 1 < words.size() ? words.get(noun + 1) : null;
        boolean ends = next == null || !next.isProperNoun() && !"DET".equals(next.tag()) && !next.isCapitalized();
        return ends ? noun : -1;
    }

    /** The constructions in order of trust: a title before any mention first, then what follows a mention. */
    private static String personRole(Candidate actor, List<Sentence> sentences) {
        List<NameRun> mentions = mentions(actor, sentences);
        String role = first(mentions, run -> titleBefore(run, sentences));
        if (role == null) {
            role = first(mentions, run -> {
                String after = RoleClauses.appositionAfter(run);
                after = after != null ? after : RoleClauses.relativeAls(run);
                after = after != null ? after : RoleClauses.relativeAgent(run);
                after = after != null ? after : RoleClauses.genitiveAls(run);
                return after != null ? after : RoleClauses.capacityAls(run, false);
            });
        }
        role = role != null ? role : first(mentions, RoleClauses::invertedPredicate);
        role = role != null ? role : first(mentions, RoleClauses::predicate);
        return role != null ? role : first(mentions, RoleClauses::nounAppositionAfter);
    }

    /** The first role {@code reading} finds at any of the mentions, in text order. */
    private static String first(List<NameRun> mentions, java.util.function.Function<NameRun, String> reading) {
        for (NameRun run : mentions) {
            String role = reading.apply(run);
            if (role != null) {
                return role;
            }
        }
        return null;
    }

    /** A verb by the tagger, or a lower-case word the dictionary knows as a verb (the tagger reads "weiß" as a noun). */
    static boolean isVerb(Word word) {
        return word.isVerb() || !word.isCapitalized()
                && GermanLexicon.lookup(word.text()).has(GermanLexicon.Kind.VERB);
    }

    /** An adjective also when capitalised, as at the start of a sentence or in a title ("Geschäftsführender"). */
    static boolean isAdjective(Word word) {
        return "ADJ".equals(word.tag())
                || GermanLexicon.lookup(word.text().toLowerCase(Locale.ROOT)).has(GermanLexicon.Kind.ADJECTIVE);
    }

    private static String organizationRole(Candidate actor, List<Sentence> sentences) {
        String kind = first(mentions(actor, sentences), run -> kindBefore(run, sentences));
        kind = kind != null ? kind : kindInName(actor);
        return kind != null ? kind : first(mentions(actor, sentences), run -> RoleClauses.capacityAls(run, true));
    }

    /**
     * "Nachrichtenagentur Kolbrix", "Reederei Nordlicht AG": a name that opens with a common noun followed by the
     * name proper says its kind with that noun, as an article before it would ("die Reederei Nordlicht").
     */
    private static String kindInName(Candidate actor) {
        String[] words = actor.name().split(" ");
        if (words.length < 2 || !isKind(words[0]) || words[0].length() < 4
                || words[0].equals(words[0].toUpperCase(Locale.ROOT))) {
            return null; // "FC Nordlicht": an abbreviation is part of the name, not its kind
        }
        for (int i = 1; i < words.length; i++) {
            if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))
                    || GermanLexicon.isCommonNoun(words[i])) {
                return null;
            }
        }
        return baseForm(words[0]);
    }

    /**
     * "der Fährreederei-Betreiber Nordlicht", "bei der Genossenschaft Hafenkontor": an article, then a common noun,
     * then the organisation's name. The article makes the noun an attribute of the name ("Reederei Nordlicht" without
     * one is as often a name of its own), the noun says what kind of organisation it is. An adjective in the weak
     * form, which only follows an article, does as well ("das 2019 gegründete Versandhaus Korvalo"), and the name may
     * stand in quotation marks ("die Genossenschaft „Hafenkontor“").
     */
    private static String kindBefore(NameRun run, List<Sentence> sentences) {
        List<Word> before = wordsBefore(run, sentences);
        int at = 0;
        while (at < before.size() && OPENING_QUOTES.contains(before.get(at).text())) {
            at++;
        }
        if (at + 1 >= before.size() || !isKind(before.get(at).text())) {
            return null;
        }
        Word previous = before.get(at + 1);
        String article = previous.text().toLowerCase(Locale.ROOT);
        boolean weakAdjective = isAttributiveAdjective(previous)
                && (previous.text().endsWith("e") || previous.text().endsWith("en"));
        return ARTICLES.contains(article) || ARTICLE_PREPOSITIONS.contains(article) || weakAdjective
                ? baseForm(before.get(at).text()) : null;
    }

    /**
     * Where the article names the actor: its name runs, and every other place its name (a person's also the surname
     * alone) stands as written, which the name finder need not have taken for a name (a line of its own, the start of
     * a sentence). In text order.
     */
    private static List<NameRun> mentions(Candidate actor, List<Sentence> sentences) {
        java.util.TreeMap<Integer, NameRun> byStart = new java.util.TreeMap<>();
        actor.runs().forEach(run -> byStart.put(run.start(), run));
        List<String> name = List.of(actor.name().split(" "));
        for (Sentence sentence : sentences) {
            List<Word> words = sentence.words();
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).start() < sentence.bodyStart() || byStart.containsKey(words.get(i).start())) {
                    continue;
                }
                int to = matchEnd(words, i, name);
                if (to < 0 && actor.type() == ActorType.PERSON && name.size() > 1 && words.get(i).is(actor.lastWord())) {
                    to = i + 1;
                }
                if (to > i) {
                    String text = sentence.text().substring(words.get(i).start() - sentence.start(),
                            words.get(to - 1).end() - sentence.start());
                    byStart.put(words.get(i).start(), new NameRun(sentence, i, to, text, words.get(i).start()));
                }
            }
        }
        return List.copyOf(byStart.values());
    }

    /** Index after the name's words written from {@code at}, or -1. */
    private static int matchEnd(List<Word> words, int at, List<String> name) {
        if (at + name.size() > words.size()) {
            return -1;
        }
        for (int k = 0; k < name.size(); k++) {
            if (!words.get(at + k).is(name.get(k))) {
                return -1;
            }
        }
        return at + name.size();
    }

    /**
     * "Diakonin Rike Albers", "Pastors Jan Oltmann", and a line that breaks the sentence before the name ("…die
     * Organistin" / "Rike Albers spielte"); also a person noun the name finder took into the name ("Diakonin Rike
     * Albers" found as one name). An academic degree may stand between title and name ("Kantorin Dr. Rike Albers"),
     * and two nouns joined by "und" may both say what the person is ("Kantorin und Chorleiterin Rike Albers",
     * "Ex-Kassenwart und Vereinskollege Jan Oltmann": the one that is a title).
     */
    private static String titleBefore(NameRun run, List<Sentence> sentences) {
        List<Word> before = wordsBefore(run, sentences);
        int at = 0;
        while (at < before.size() && DEGREES.contains(before.get(at).text())) {
            at++;
        }
        boolean joined = at + 2 < before.size() && before.get(at + 1).is("und") && isNoun(before.get(at + 2));
        if (at < before.size() && isTitle(before.get(at).text())) {
            return joined && isTitle(before.get(at + 2).text())
                    ? baseForm(before.get(at + 2).text()) + " und " + baseForm(before.get(at).text())
                    : baseForm(before.get(at).text());
        }
        if (joined && isNoun(before.get(at)) && isTitle(before.get(at + 2).text())) {
            return baseForm(before.get(at + 2).text());
        }
        List<Word> own = run.words();
        if (own.size() >= 3 && isTitle(own.get(0).text()) && GermanLexicon.isCommonNoun(own.get(0).text())) {
            return baseForm(own.get(0).text());
        }
        return pluralTitleBefore(run);
    }

    /**
     * "die Kantorinnen Rike Albers und Ada Brink": a title in the plural before names joined by "und" is each one's
     * title, so the second name has it too ("Kantorin"). Only a form that is plural and nothing else: "die Kantoren
     * Jan Oltmann und Ada Brink"; "Trainer Jan Oltmann und Ada Brink" may give only Jan Oltmann the title.
     */
    private static String pluralTitleBefore(NameRun run) {
        List<Word> words = run.sentence().words();
        int at = run.from() - 1;
        if (at < 2 || !words.get(at).is("und")) {
            return null;
        }
        at--;
        int nameWords = 0;
        while (at >= 0 && nameWords < MAX_NAME_WORDS && words.get(at).isCapitalized()
                && (words.get(at).isProperNoun() || !GermanLexicon.isCommonNoun(words.get(at).text()))
                && !isTitle(words.get(at).text())) {
            at--;
            nameWords++;
        }
        if (nameWords == 0 || at < 0 || words.get(at).start() < run.sentence().bodyStart()
                || !isTitle(words.get(at).text()) || !pluralOnly(words.get(at).text())) {
            return null;
        }
        return baseForm(words.get(at).text());
    }

    /** "Kantorinnen", "Kolbrix-Forschern": the dictionary knows the word (or its last part) only as a plural noun. */
    private static boolean pluralOnly(String word) {
        int hyphen = word.lastIndexOf('-');
        String head = hyphen >= 0 ? word.substring(hyphen + 1) : word;
        GermanLexicon.Entry entry = GermanLexicon.lookup(head);
        if (!entry.known()) {
            String compoundHead = GermanLexicon.compoundHead(head);
            entry = compoundHead == null ? entry : GermanLexicon.lookup(compoundHead);
        }
        boolean plural = false;
        for (GermanLexicon.Reading reading : entry.readings()) {
            if (reading.kind() == GermanLexicon.Kind.COMMON_NOUN) {
                if (!reading.tag().contains(":PLU:")) {
                    return false;
                }
                plural = true;
            }
        }
        return plural;
    }

    /**
     * A capitalised noun by the tagger or the dictionary ("Vereinskollege"), or a capitalised word the dictionary knows
     * no name for (a compound the tagger may call a name and the dictionary does not know, "Vereinsfreund").
     */
    static boolean isNoun(Word word) {
        return word.isCapitalized() && (word.isNoun() || GermanLexicon.isCommonNoun(word.text())
                || !GermanLexicon.lookup(word.text()).properNoun());
    }

    /** "stellvertretende", "sicherheitspolitischer": a lower-case adjective before the noun. */
    static boolean isAttributiveAdjective(Word word) {
        return !word.isCapitalized() && ("ADJ".equals(word.tag())
                || GermanLexicon.lookup(word.text()).has(GermanLexicon.Kind.ADJECTIVE));
    }

    /**
     * The words before a run, nearest first (up to four): in its sentence, or at the end of the line before when the
     * run opens a line and that line ends without a sentence's end ("…des Versenders" / "Nordlicht in Kiel").
     */
    private static List<Word> wordsBefore(NameRun run, List<Sentence> sentences) {
        List<Word> words = run.sentence().words();
        if (run.before() != null) {
            List<Word> before = new java.util.ArrayList<>();
            for (int i = run.from() - 1; i >= 0 && before.size() < WORDS_BEFORE
                    && words.get(i).start() >= run.sentence().bodyStart(); i--) {
                before.add(words.get(i));
            }
            return before;
        }
        int index = run.sentence().index();
        if (run.from() != 0 || index == 0 || index > sentences.size()) {
            return List.of();
        }
        Sentence previous = sentences.get(index - 1);
        String text = previous.text().strip();
        if (previous.paragraph() == run.sentence().paragraph() || text.isEmpty()
                || SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0) {
            return List.of();
        }
        List<Word> last = previous.words();
        List<Word> before = new java.util.ArrayList<>();
        for (int i = last.size() - 1; i >= 0 && before.size() < WORDS_BEFORE; i--) {
            before.add(last.get(i));
        }
        return before;
    }

    /**
     * A title or a noun for a person ("Organistin", "Kirchenvorsteher" by "Vorsteher"): what a person is; not where
     * the person is from ("der Österreicher Jan Oltmann": a demonym is no role).
     */
    static boolean isTitle(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && (RoleFinder.roleWord(word) != null
                || GermanLexicon.isPersonNoun(word) && !GermanLexicon.isDemonym(baseForm(word)));
    }

    /** A common noun, also hyphenated ("Fährreederei-Betreiber"): what kind of thing an organisation is. */
    private static boolean isKind(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        int hyphen = word.lastIndexOf('-');
        String head = hyphen >= 0 && hyphen + 1 < word.length() ? word.substring(hyphen + 1) : word;
        return !head.isEmpty() && Character.isUpperCase(head.charAt(0)) && GermanLexicon.isCommonNoun(head)
                && !GermanLexicon.lookup(word.toLowerCase(Locale.ROOT)).has(GermanLexicon.Kind.ADJECTIVE);
    }

    /**
     * The nominative singular as the article would write it: "Pastors" → "Pastor", "Organistinnen" → "Organistin";
     * a compound by its known last part ("Kirchenvorstehers" → "Kirchenvorsteher").
     */
    static String baseForm(String word) {
        String known = RoleFinder.roleWord(word);
        if (known != null) {
            return known;
        }
        int hyphen = word.lastIndexOf('-');
        if (hyphen >= 0) {
            return hyphen + 1 < word.length() ? word.substring(0, hyphen + 1) + baseForm(word.substring(hyphen + 1))
                    : word;
        }
        GermanLexicon.Entry entry = GermanLexicon.lookup(word);
        if (entry.known()) {
            for (GermanLexicon.Reading reading : entry.readings()) {
                if (reading.kind() == GermanLexicon.Kind.COMMON_NOUN && word.startsWith(reading.lemma().substring(0,
                        Math.min(reading.lemma().length(), 3)))) {
                    return reading.lemma();
                }
            }
            return word;
        }
        String head = GermanLexicon.compoundHead(word);
        if (head == null) {
            return word;
        }
        String headBase = baseForm(head);
        String prefix = word.substring(0, word.length() - head.length());
        return prefix + headBase.substring(0, 1).toLowerCase(Locale.ROOT) + headBase.substring(1);
    }
}
