package news.summarizer.core.offline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.text.GermanLexicon;

/**
 * Stage "role", for the actors the answer reports that {@link RoleFinder} gave no title: the constructions German
 * uses to say what someone or something is, read with the dictionary ({@link GermanLexicon#isPersonNoun}) instead of
 * a list of title words. Runs after typing and ranking, so a role found here changes no actor's kind and no actor's
 * place in the answer. In order of trust:
 *
 * <ul>
 *   <li>a person noun right before the name, also across a line break inside a sentence: "Diakonin Rike Albers",
 *   "…sagte die Organistin" / "Rike Albers …";</li>
 *   <li>an apposition after the name, opened by an adjective or an article: "Rike Albers, stellvertretende Leiterin
 *   des Kirchenchors, sagte", "Jan Oltmann (52), der Kassenwart des Vereins, …", or a relative clause with "als"
 *   (", die seit Mai als Leiterin des Chors arbeitet");</li>
 *   <li>a role the sentence opens with and says of the name: "Neue Leiterin des Chors wird Rike Albers.";</li>
 *   <li>a definite description as subject ("Der Kassenwart sagte …") for the only person named just before it;</li>
 *   <li>for an organisation, the common noun after an article that names its kind: "der Reederei Nordlicht AG".</li>
 * </ul>
 * Tried and dropped for want of any effect on the held-out set (docs/names-and-entities.md): "Albers ist Organistin"
 * and an organisation's apposition ("VdHK, die Vertretung der Hafenkaufleute, …").
 */
final class RoleReader {

    /** Closes an apposition. */
    private static final Set<String> CLOSERS = Set.of(",", ".", ";", ":", "!", "?", "–", "-", ")");
    /** Articles that open an apposition or a kind noun: a closed class. */
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "des", "dem", "den", "ein", "eine",
            "eines", "einem", "einen", "einer");
    /** Prepositions merged with an article ("beim Versender Nordlicht"): a closed class. */
    private static final Set<String> ARTICLE_PREPOSITIONS = Set.of("beim", "vom", "zum", "zur", "im", "am");
    /** Forms of the copulas "sein", "werden" and "bleiben" that say what someone is or becomes: a closed class. */
    private static final Set<String> COPULAS = Set.of("ist", "war", "wird", "wurde", "bleibt", "blieb");
    /** Ends a sentence; a line that ends without one goes on in the next line. */
    private static final String SENTENCE_END = ".!?:;\"“”»«)";
    private static final int MAX_COMPLEMENT_WORDS = 6;
    /** Relative pronouns for a person: a closed class. */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("der", "die");
    /** Words a relative clause may put before "als" ("die seit Mai als …"). */
    private static final int MAX_WORDS_BEFORE_ALS = 4;
    /** Parts of a complement after a role noun: "der Grünen im Landtag", "des Vereins 1. FC Nordlicht". */
    private static final Set<String> COMPLEMENT_TAGS = Set.of("DET", "ADP", "ADP+DET", "NOUN", "PROPN", "ADJ", "NUM");

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
        if (actor.role() != null) {
            return actor;
        }
        String role = actor.type() == ActorType.PERSON ? personRole(actor, sentences)
                : actor.type() == ActorType.ORGANIZATION ? organizationRole(actor, sentences) : null;
        if (role == null && actor.type() == ActorType.PERSON && !named.isEmpty()) {
            role = description(actor, sentences, named);
        }
        return role == null ? actor : actor.withRole(role);
    }

    /**
     * "Oltmann zählte die Kasse. Der Kassenwart sagte …": a definite description of a person as the subject (opening
     * the sentence, or right after its verb: "sagte die Organistin"), in the gender its article shows, refers back to
     * the person named just before: the only person the previous sentence and the sentence up to it name. Its noun
     * must end the noun phrase ("der Sprecher des Ministeriums" is someone else, introduced by description).
     */
    private static String description(Candidate actor, List<Sentence> sentences, List<Candidate> named) {
        java.util.Map<Integer, String> personAt = new java.util.TreeMap<>();
        for (Candidate candidate : named) {
            if (candidate.type() == ActorType.PERSON || candidate.name().equals(actor.name())) {
                mentions(candidate, sentences).forEach(run -> personAt.putIfAbsent(run.start(), candidate.name()));
            }
        }
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

    /** Index of the person noun of a subject description "der …"/"die …" at {@code at}, or -1. */
    private static int descriptionNoun(Sentence sentence, List<Word> words, int at) {
        String article = words.get(at).text();
        boolean opens = words.get(at).start() == sentence.bodyStart();
        if (!(article.equals("der") || article.equals("die") || opens && (article.equals("Der") || article.equals("Die")))
                || !opens && (at == 0 || !isVerb(words.get(at - 1)))) {
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
                String after = appositionAfter(run);
                return after != null ? after : relativeAls(run);
            });
        }
        return role != null ? role : first(mentions, RoleReader::invertedPredicate);
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

    /**
     * "Neue Leiterin des Chors wird Rike Albers.": the sentence opens with the role, then the copula, then the name,
     * which ends the sentence.
     */
    private static String invertedPredicate(NameRun run) {
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
        while (at < copula && isAdjective(words.get(at))) {
            at++;
        }
        if (at >= copula || !isTitle(words.get(at).text())) {
            return null;
        }
        return complementEnd(words, at + 1) >= copula ? phrase(run.sentence(), words, first, copula) : null;
    }

    /** A verb by the tagger, or a lower-case word the dictionary knows as a verb (the tagger reads "weiß" as a noun). */
    private static boolean isVerb(Word word) {
        return word.isVerb() || !word.isCapitalized()
                && GermanLexicon.lookup(word.text()).has(GermanLexicon.Kind.VERB);
    }

    /** An adjective also when capitalised, as at the start of a sentence or in a title ("Geschäftsführender"). */
    private static boolean isAdjective(Word word) {
        return "ADJ".equals(word.tag())
                || GermanLexicon.lookup(word.text().toLowerCase(Locale.ROOT)).has(GermanLexicon.Kind.ADJECTIVE);
    }

    private static String organizationRole(Candidate actor, List<Sentence> sentences) {
        return first(mentions(actor, sentences), run -> kindBefore(run, sentences));
    }

    /**
     * "der Fährreederei-Betreiber Nordlicht", "bei der Genossenschaft Hafenkontor": an article, then a common noun,
     * then the organisation's name. The article makes the noun an attribute of the name ("Reederei Nordlicht" without
     * one is as often a name of its own), the noun says what kind of organisation it is.
     */
    private static String kindBefore(NameRun run, List<Sentence> sentences) {
        List<Word> before = wordsBefore(run, sentences);
        if (before.size() < 2 || !isKind(before.get(0).text())) {
            return null;
        }
        String article = before.get(1).text().toLowerCase(Locale.ROOT);
        return ARTICLES.contains(article) || ARTICLE_PREPOSITIONS.contains(article) ? baseForm(before.get(0).text())
                : null;
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
     * Albers" found as one name).
     */
    private static String titleBefore(NameRun run, List<Sentence> sentences) {
        List<Word> before = wordsBefore(run, sentences);
        if (!before.isEmpty() && isTitle(before.get(0).text())) {
            return baseForm(before.get(0).text());
        }
        List<Word> own = run.words();
        if (own.size() >= 3 && isTitle(own.get(0).text()) && GermanLexicon.isCommonNoun(own.get(0).text())) {
            return baseForm(own.get(0).text());
        }
        return null;
    }

    /**
     * "Rike Albers, stellvertretende Leiterin des Kirchenchors, sagte": after the comma (and an age in brackets)
     * an article or adjectives, a person noun, its complement, and then punctuation; a verb after the noun phrase
     * makes a relative clause ("Albers, die Leiterin kennt, …"), not an apposition.
     */
    private static String appositionAfter(NameRun run) {
        List<Word> words = run.sentence().words();
        int at = skipBrackets(words, run.to());
        if (at >= words.size() || !words.get(at).is(",")) {
            return null;
        }
        at++;
        if (at < words.size() && ARTICLES.contains(words.get(at).text())) {
            at++;
        }
        int first = at;
        while (at < words.size() && isAttributiveAdjective(words.get(at))) {
            at++;
        }
        if (at >= words.size() || !isTitle(words.get(at).text())) {
            return null;
        }
        int end = complementEnd(words, at + 1);
        if (end < words.size() && !CLOSERS.contains(words.get(end).text())) {
            return null;
        }
        return phrase(run.sentence(), words, first, end);
    }

    /**
     * "Rike Albers, die seit Mai als Leiterin des Chors arbeitet, …": a relative clause right after the name that
     * says in what capacity ("als") the person acts.
     */
    private static String relativeAls(NameRun run) {
        List<Word> words = run.sentence().words();
        int at = skipBrackets(words, run.to());
        if (at + 2 >= words.size() || !words.get(at).is(",") || !RELATIVE_PRONOUNS.contains(words.get(at + 1).text())) {
            return null;
        }
        for (int als = at + 2; als < Math.min(words.size(), at + 2 + MAX_WORDS_BEFORE_ALS); als++) {
            if (words.get(als).is(",")) {
                return null;
            }
            if (words.get(als).is("als")) {
                int first = als + 1;
                int noun = first;
                while (noun < words.size() && isAttributiveAdjective(words.get(noun))) {
                    noun++;
                }
                return noun < words.size() && isTitle(words.get(noun).text())
                        ? phrase(run.sentence(), words, first, complementEnd(words, noun + 1)) : null;
            }
        }
        return null;
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
        int end = from;
        while (end < words.size() && end - from < MAX_COMPLEMENT_WORDS && COMPLEMENT_TAGS.contains(words.get(end).tag())
                && !words.get(end).is("und")) {
            end++;
        }
        return end;
    }

    /** The article's words from {@code from} to before {@code to}, as written. */
    private static String phrase(Sentence sentence, List<Word> words, int from, int to) {
        String text = sentence.text();
        return text.substring(words.get(from).start() - sentence.start(), words.get(to - 1).end() - sentence.start());
    }

    /** "stellvertretende", "sicherheitspolitischer": a lower-case adjective before the noun. */
    private static boolean isAttributiveAdjective(Word word) {
        return !word.isCapitalized() && ("ADJ".equals(word.tag())
                || GermanLexicon.lookup(word.text()).has(GermanLexicon.Kind.ADJECTIVE));
    }

    /**
     * The words before a run, nearest first (up to two): in its sentence, or at the end of the line before when the
     * run opens a line and that line ends without a sentence's end ("…des Versenders" / "Nordlicht in Kiel").
     */
    private static List<Word> wordsBefore(NameRun run, List<Sentence> sentences) {
        List<Word> words = run.sentence().words();
        if (run.before() != null) {
            return run.from() >= 2 && words.get(run.from() - 2).start() >= run.sentence().bodyStart()
                    ? List.of(words.get(run.from() - 1), words.get(run.from() - 2)) : List.of(words.get(run.from() - 1));
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
        return last.size() >= 2 ? List.of(last.get(last.size() - 1), last.get(last.size() - 2))
                : last.isEmpty() ? List.of() : List.of(last.get(0));
    }

    /**
     * A title or a noun for a person ("Organistin", "Kirchenvorsteher" by "Vorsteher"): what a person is; not where
     * the person is from ("der Österreicher Jan Oltmann": a demonym is no role).
     */
    private static boolean isTitle(String word) {
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
        return !head.isEmpty() && Character.isUpperCase(head.charAt(0)) && GermanLexicon.isCommonNoun(head);
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
