package news.summarizer.core.statements;

import java.util.Comparator;
import java.util.List;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.Statement;
import news.summarizer.core.text.Folding;
import news.summarizer.core.text.GermanSentences;
import news.summarizer.core.text.NameForms;
import news.summarizer.core.text.TextSpan;

/**
 * How central each actor is to the story, in [0, 1], and the actors ordered by it. The protagonist is named often,
 * early, in the headline or the lead, and is the one who speaks; a name mentioned once in passing is none of these.
 * The score is a weighted sum of those signals, each scaled to [0, 1] within the article:
 * <ul>
 *   <li>mentions, relative to the most-mentioned actor, a sentence opening with "Er"/"Sie" counting for the person
 *       named last before it, an organisation counted by its short form or its initials when the text names it so more
 *       often ("die Bayern", "der VLV", {@link #shortFormMentions}, {@link #initials});</li>
 *   <li>the subject of a sentence at least once, named at its start without a preposition, after nothing but its
 *       roles ({@link #openedByRolePhrase}), or anywhere in its clause ({@link #subjectAnywhere});</li>
 *   <li>statements, relative to the actor who says most, and a bonus for speaking at all
 *       ({@link #SPEAKS}): one quoted sentence makes an actor part of the story, whoever else talks more;</li>
 *   <li>an organisation whose official speaks for it ({@link #speaksThroughOfficial}) gets the bonus for speaking;</li>
 *   <li>position of the first mention, 1 at the start of the text, 0 at its end;</li>
 *   <li>named in the headline (the source's title, or a heading line opening the text);</li>
 *   <li>named in the lead, the first {@link #LEAD_SENTENCES} sentences of the text;</li>
 *   <li>named in the answer's own summary and key points, which the engine wrote about what matters.</li>
 * </ul>
 * The weights are in {@link #WEIGHTS}.
 * Headline, lead, summary and the first mention find an actor by any of its {@link Forms}: a person's surname, an
 * organisation's short form, a name of several words in any case form.
 * An organisation named mostly as the source of what others say ("laut Tagesblatt", "nach Informationen des Tagesblatts",
 * "sagte sie dem Tagesblatt", "berichtet die Nachrichtenagentur") keeps only {@link #CITED_SOURCE} of its score, its
 * statements included: an outlet that is cited is no protagonist.
 */
public final class Salience {

    /**
     * The weight of each part of {@link Signals#vector()} (mentions, subject, statements, speaks, position, headline,
     * lead, summary): set by hand, pass by pass (docs/statements.md "Salience"). Weights fitted as a pairwise ranking
     * model did not beat them on both halves of the devset when fitted on the other half (docs/statements.md "Fitted
     * salience weights"), nor, fitted on the devset and the held-out sets X, Z1, W and U pooled, on any set left out
     * or any of five folds over their 108 articles by more than chance (docs/statements.md "Salience fitted on pooled
     * sets (fifth session)"), so these stay. Re-run: {@code ./mvnw -B -q -o -pl core -am -Pevaluate test
     * -Dexec.args="--salience-fit --pool=DEVSET,X,Z1,W,U"} (the set folders; the exact command is in that section).
     */
    static final double[] WEIGHTS = {0.3, 0.1, 0.1, 0.15, 0.1, 0.15, 0.1, 0.2};
    static final double SPEAKS = WEIGHTS[3];
    static final int LEAD_SENTENCES = 3;
    static final double CITED_SOURCE = 0.4;
    /**
     * What a person keeps who is never more than an object or an attribute of someone else's sentence. Only persons:
     * on half B of the devset an organisation named only in objects was as often core ("aus der EU", "im Bundestag")
     * as not, a person so named was mostly not ("mit Lena Hartwig"). Half, not 0.6: a predecessor named twice in
     * objects of a background sentence that the key points picked ("in einer Doppelspitze mit Ida Sommer") still
     * outranked the successor named once as a subject (half A of the devset 7/10 → 8/10 articles, B unchanged).
     * Not for a person the lead names: the opening sentences introduce who the story is about, an object there
     * included ("Die Nachfolgerin von Jan Petersen ist gewählt", "das Treffen mit Ministerin Hartwig"); the discount
     * is for a name in the background further down (held-out set T 22/37 → 24/37 articles, docs/statements.md
     * "Tuning set T (fourth session): salience").
     */
    static final double ONLY_OBJECT = 0.5;
    /** How far (in characters) an organisation may stand before its official's name ("des Mieterbunds, Ole Brandt"). */
    static final int OFFICIAL_WINDOW = 40;
    /** "des", "der" and up to two words before the organisation's name: "des Deutschen Segelverbands". */
    private static final java.util.regex.Pattern GENITIVE_BEFORE =
            java.util.regex.Pattern.compile("\\b(?:des|der)\\s+(?:\\p{L}+\\s+){0,2}$");
    /** A bracket right after a name: "Ida Sommer (SPD) mussten". */
    private static final java.util.regex.Pattern LEADING_BRACKET = java.util.regex.Pattern.compile("^\\s*\\([^)]*\\)");
    private static final java.util.regex.Pattern WORD_SEPARATORS = java.util.regex.Pattern.compile("[\\s,.;:!?\"“”„»«]+");

    /** Words before a name that make it no subject ("Mit Hartwig …", "Nach dem Treffen mit …"). */
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("an", "auf", "aus", "bei", "durch", "für",
            "gegen", "hinter", "in", "im", "laut", "mit", "nach", "neben", "ohne", "seit", "über", "um", "unter", "von",
            "vom", "vor", "wegen", "zu", "zum", "zur", "zwischen", "gegenüber", "trotz");

    /**
     * What {@link #rank} weighs for one actor; each part in [0, 1] or a yes/no; {@code mentionCount} and
     * {@code mostMentions} are the counts behind {@code mentions}, for the fitting mode's transformations;
     * {@code leadSubject}: the subject of a sentence of the lead (a signal the fitting mode may weigh).
     */
    public record Signals(double mentions, boolean subject, double statements, boolean speaks, double position,
                          boolean headline, boolean lead, boolean summary, boolean citedSource, boolean onlyObject,
                          int mentionCount, int mostMentions, boolean leadSubject) {

        /** The names of {@link #vector()}'s parts, in its order. */
        public static final List<String> NAMES = List.of("mentions", "subject", "statements", "speaks", "position",
                "headline", "lead", "summary");

        /** The additive signals as numbers, in the order of {@link #NAMES} (a yes is 1). */
        public double[] vector() {
            return new double[] {mentions, subject ? 1 : 0, statements, speaks ? 1 : 0, position, headline ? 1 : 0,
                    lead ? 1 : 0, summary ? 1 : 0};
        }

        /** What a cited outlet ({@link #CITED_SOURCE}) or a person named only as an object ({@link #ONLY_OBJECT}) keeps. */
        public double factor() {
            return citedSource ? CITED_SOURCE : onlyObject ? ONLY_OBJECT : 1;
        }

        double score() {
            return score(WEIGHTS);
        }

        /** The weighted sum with {@code weights} (one per part of {@link #vector()}) times {@link #factor()}. */
        public double score(double[] weights) {
            double[] vector = vector();
            double sum = 0;
            for (int i = 0; i < vector.length; i++) {
                sum += weights[i] * vector[i];
            }
            return sum * factor();
        }
    }

    private Salience() {
    }

    /** The actors with their salience, most central first (ties keep the engine's order). */
    public static List<Actor> rank(String text, String title, String summary, List<Actor> actors,
                                   List<Statement> statements) {
        if (actors.isEmpty()) {
            return actors;
        }
        java.util.Map<Actor, Signals> signals = signals(text, title, summary, actors, statements, false);
        return actors.stream()
                .map(actor -> actor.withSalience(salience(signals.get(actor))))
                .sorted(Comparator.comparingDouble(Actor::salience).reversed())
                .toList();
    }

    /** A copy of {@link #WEIGHTS}, for the fitting mode's comparison. */
    public static double[] weights() {
        return WEIGHTS.clone();
    }

    /** The salience of an actor with {@code signals}: its score in [0, 1], rounded to two decimals. */
    public static double salience(Signals signals) {
        return Math.round(Math.min(1, signals.score()) * 100) / 100.0;
    }

    /**
     * Each actor's signals, in the order of {@code actors}. Public for the evaluation command's mode that fits the
     * weights ({@code --salience-fit}); {@code summary} is the answer's headline, summary and key points, one a line.
     */
    public static java.util.Map<Actor, Signals> signals(String text, String title, String summary, List<Actor> actors,
                                                 List<Statement> statements) {
        return signals(text, title, summary, actors, statements, true);
    }

    /**
     * {@code leadSubject}: whether to read {@link Signals#leadSubject}, which no weight uses; only the fitting mode
     * asks for it, so an answer does not pay for it.
     */
    private static java.util.Map<Actor, Signals> signals(String text, String title, String summary, List<Actor> actors,
                                                  List<Statement> statements, boolean leadSubject) {
        List<TextSpan> sentences = GermanSentences.split(text);
        boolean opensWithHeading = !sentences.isEmpty() && isHeading(sentences.get(0).of(text));
        String headline = (title == null ? "" : title) + (opensWithHeading ? "\n" + sentences.get(0).of(text) : "");
        int leadFrom = opensWithHeading ? 1 : 0;
        int leadEnd = sentences.isEmpty() ? 0 : sentences.get(Math.min(sentences.size() - 1, leadFrom + LEAD_SENTENCES - 1)).end();
        int leadStart = sentences.size() > leadFrom ? sentences.get(leadFrom).start() : 0;
        String lead = text.substring(Math.min(leadStart, leadEnd), leadEnd);
        java.util.Map<Actor, Integer> pronouns = pronounReferences(text, sentences, actors);
        java.util.Map<Actor, ShortForm> shortForms = new java.util.HashMap<>();
        for (Actor actor : actors) {
            shortForms.put(actor, shortForm(text, actor, actors));
        }
        java.util.function.ToIntFunction<Actor> mentionsOf = actor -> Math.max(actor.mentions(),
                shortForms.get(actor) == null ? 0 : shortForms.get(actor).count()) + pronouns.getOrDefault(actor, 0);
        int maxMentions = actors.stream().mapToInt(mentionsOf).max().orElse(1);
        long maxStatements = actors.stream().mapToLong(actor -> said(actor, statements)).max().orElse(0);
        String foldedText = Folding.searchFold(text);
        String foldedHeadline = Folding.searchFold(headline);
        String foldedLead = Folding.searchFold(lead);
        String ownSummary = summary == null ? "" : summary;
        String foldedSummary = Folding.searchFold(ownSummary);
        List<TextSpan> leadSentences = leadSubject ? GermanSentences.split(lead) : List.of();
        java.util.Map<Actor, Signals> signals = new java.util.LinkedHashMap<>();
        for (Actor actor : actors) {
            String key = key(actor);
            Forms forms = Forms.of(actor, shortForms.get(actor));
            int first = firstMention(actor, forms.first(text, foldedText), text.length());
            boolean inLead = forms.namedIn(lead, foldedLead);
            signals.put(actor, new Signals(
                    (double) mentionsOf.applyAsInt(actor) / Math.max(1, maxMentions),
                    subjectOfASentence(text, sentences, key) || openedByRolePhrase(text, sentences, actor.name(), key)
                            || subjectAnywhere(text, actor.name(), key),
                    maxStatements == 0 ? 0 : (double) said(actor, statements) / maxStatements,
                    said(actor, statements) > 0 || speaksThroughOfficial(actor, key, statements, actors),
                    1.0 - (double) first / Math.max(1, text.length()),
                    forms.namedIn(headline, foldedHeadline),
                    inLead,
                    forms.namedIn(ownSummary, foldedSummary),
                    actor.type() == ActorType.ORGANIZATION && citedSource(text, lastWord(actor.name())),
                    actor.type() == ActorType.PERSON && !inLead && onlyAnObject(text, actor.name(), key),
                    mentionsOf.applyAsInt(actor), maxMentions,
                    leadSubject && inLead && (subjectOfASentence(lead, leadSentences, key)
                            || openedByRolePhrase(lead, leadSentences, actor.name(), key)
                            || subjectAnywhere(lead, actor.name(), key))));
        }
        return signals;
    }

    /**
     * Whether a sentence opens with the actor as its subject: named within its first words ("Ministerin Lena
     * Hartwig eröffnete …", "Die Stadtwerke Lindenau senken …"), with no preposition or quotation before the name.
     * The actor who acts is the story's; one named in a prepositional phrase ("Mit Hartwig reiste …") is not.
     */
    static boolean subjectOfASentence(String text, List<TextSpan> sentences, String key) {
        for (TextSpan sentence : sentences) {
            String body = sentence.of(text);
            int at = body.indexOf(key);
            if (at < 0 || at > 40 || isHeading(body)) {
                continue;
            }
            String before = body.substring(0, at).strip();
            if (before.chars().anyMatch(c -> "„“\"»«:".indexOf(c) >= 0) || before.split("\\s+").length > 3) {
                continue;
            }
            boolean preposition = false;
            for (String word : before.split("\\s+")) {
                preposition |= PREPOSITIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
            }
            if (!preposition) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence opens with the actor's name after nothing but its roles: capitalised words and "und"
     * ("Kulturreferent und Festleiter Jonas Kerber (FWG) musste …"), however many. A subject that the
     * four-word limit of {@link #subjectOfASentence} misses; "Erstmals besuchte Parteichefin Olsen …" is none.
     */
    static boolean openedByRolePhrase(String text, List<TextSpan> sentences, String name, String key) {
        for (TextSpan sentence : sentences) {
            String body = sentence.of(text);
            int at = body.indexOf(key);
            if (at <= 0 || isHeading(body)) {
                continue;
            }
            String before = body.substring(0, nameStart(body, name, key, at)).strip();
            if (before.isEmpty()) {
                continue;
            }
            boolean roles = true;
            for (String word : before.split("\\s+")) {
                roles &= word.equals("und") || Character.isUpperCase(word.charAt(0))
                        && !PREPOSITIONS.contains(word.toLowerCase(java.util.Locale.ROOT))
                        && word.chars().allMatch(c -> Character.isLetter(c) || c == '-');
            }
            if (roles) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence opening with "Er" or "Sie" mostly continues about the person named last before it ("Hartwig kam
     * früh. Sie eröffnete …"): each such sentence counts as a mention of that person.
     */
    static java.util.Map<Actor, Integer> pronounReferences(String text, List<TextSpan> sentences, List<Actor> actors) {
        java.util.Map<Actor, Integer> references = new java.util.HashMap<>();
        for (TextSpan sentence : sentences) {
            String body = sentence.of(text);
            if (!(body.startsWith("Er ") || body.startsWith("Sie "))) {
                continue;
            }
            Actor last = null;
            int lastAt = -1;
            for (Actor actor : actors) {
                if (actor.type() != ActorType.PERSON) {
                    continue;
                }
                int at = text.lastIndexOf(key(actor), sentence.start());
                if (at > lastAt) {
                    lastAt = at;
                    last = actor;
                }
            }
            if (last != null) {
                references.merge(last, 1, Integer::sum);
            }
        }
        return references;
    }

    /**
     * Whether every mention of {@code key} is an object or an attribute: after a preposition or an object's article
     * among the few words before it ("mit dem Gast Hartwig", "vor den Stadtwerken"), or in the genitive after a noun
     * ("das Programm der Landesregierung"). Such an actor is part of the scenery; the story's actors do something
     * at least once ("Hartwig kam auf 24 Prozent").
     */
    static boolean onlyAnObject(String text, String name, String key) {
        boolean any = false;
        for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                continue;
            }
            any = true;
            int end = at + key.length();
            boolean compound = at > 0 && text.charAt(at - 1) == '-' || end < text.length() && text.charAt(end) == '-';
            if (!compound && !ObjectPositions.isObject(text, nameStart(text, name, key, at))) {
                return false;
            }
        }
        return any;
    }

    /** Where the name around the surname {@code key} at {@code at} starts: "von der Leyen" is one name, not "von …". */
    private static int nameStart(String text, String name, String key, int at) {
        if (!name.endsWith(key) || name.length() == key.length()) {
            return at;
        }
        String[] words = name.substring(0, name.length() - key.length()).strip().split("\\s+");
        for (int from = 0; from < words.length; from++) {
            String prefix = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)) + " ";
            if (at >= prefix.length() && text.regionMatches(true, at - prefix.length(), prefix, 0, prefix.length())) {
                return at - prefix.length();
            }
        }
        return at;
    }

    /** Where at least half of the mentions of {@code key} stand in a source slot ({@link #SOURCE_SLOT}). */
    static boolean citedSource(String text, String key) {
        int mentions = 0;
        int cited = 0;
        for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
            mentions++;
            if (SOURCE_SLOT.matcher(text.substring(Math.max(0, at - 40), at)).find()) {
                cited++;
            }
        }
        return mentions > 0 && 2 * cited >= mentions;
    }

    /**
     * What stands before an outlet cited as a source: "laut (dem) …", "berichtet(e) (die) …", "sagte er dem/der …",
     * "im Interview mit …", "gegenüber (der/dem) …", "(Nachrichten)agentur …", "Zeitung …".
     */
    private static final java.util.regex.Pattern SOURCE_SLOT = java.util.regex.Pattern.compile(
            "(?:\\b[Ll]aut(?: de[mr])?|\\bInformationen (?:de[rs]|vo[nm])|\\bberichtete?n?(?: d(?:ie|er|as))?|\\b(?:sagte|erklärte|schrieb)n? (?:er|sie|\\p{Lu}\\p{L}+) (?:de[mr]|im)"
            + "|\\bInterview (?:mit|de[mr])|\\bgegenüber(?: de[mr])?|[Aa]gentur|[Zz]eitung|[Ss]ender|[Mm]agazin)"
            + "[\\s\\p{Pi}\\p{Pf}\"»«„“]*(?:\\p{Lu}\\p{L}*[\\s-]+){0,3}$");

    /**
     * An organisation whose official speaks: named in the genitive right before the speaker in a statement's evidence
     * ("Der Geschäftsführer des Lindenauer Mieterbunds, Ole Brandt, kritisierte …"). The official speaks for it.
     */
    static boolean speaksThroughOfficial(Actor actor, String key, List<Statement> statements, List<Actor> actors) {
        if (actor.type() != ActorType.ORGANIZATION) {
            return false;
        }
        for (Statement statement : statements) {
            Actor speaker = actors.stream().filter(a -> a.name().equals(statement.speaker())).findFirst().orElse(null);
            if (speaker == null || speaker.type() != ActorType.PERSON || statement.evidence() == null) {
                continue;
            }
            String evidence = statement.evidence();
            int name = evidence.indexOf(key(speaker));
            java.util.regex.Matcher word = java.util.regex.Pattern.compile(
                    "\\b" + java.util.regex.Pattern.quote(lastWord(key)) + "(?:e?s)?\\b").matcher(evidence);
            int organisation = word.find() ? word.start() : -1;
            if (name > 0 && organisation > 0 && organisation < name && name - organisation <= OFFICIAL_WINDOW
                    && GENITIVE_BEFORE.matcher(evidence.substring(0, organisation)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * How often an organisation is named by the one word of its name that a text uses for it alone: the club
     * "FC Bayern München" is "die Bayern", "Bayern-Wappen". Only words before the first lower-case word of the name
     * (not "Buchhandels" in "Börsenverein des Deutschen Buchhandels"), of four letters or more and not an acronym, that
     * the lexicon does not know as a common noun only nor as an adjective ("Landgericht", "Deutscher" name no one
     * alone); a word it does not know counts: the lexicon's guess by a compound's last part takes towns for nouns
     * ("Heidenheim" by "Heim"), and an unknown compound of an organisation is mostly its own short form
     * ("der Mieterbund"). And no other actor's name may hold it ("Metall" of "IG Metall NRW" is the union "IG Metall"). A word counts alone or as a
     * compound's first part. The actor stages count the whole name only, so a club, a party or a company named
     * mostly by its short form ranked below a person named twice.
     */
    static int shortFormMentions(String text, Actor actor, List<Actor> actors) {
        ShortForm form = shortForm(text, actor, actors);
        return form == null ? 0 : form.count();
    }

    /** The one word of an organisation's name the text uses most alone ({@link #shortFormMentions}), or null. */
    record ShortForm(String word, int count) {
    }

    static ShortForm shortForm(String text, Actor actor, List<Actor> actors) {
        if (actor.type() != ActorType.ORGANIZATION) {
            return null;
        }
        String[] words = actor.name().strip().split("\\s+");
        int best = 0;
        String bestWord = null;
        for (int i = 0; i < words.length && words.length > 1; i++) {
            String word = words[i];
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                break;
            }
            if (!isShortForm(word, actor, actors)) {
                continue;
            }
            int count = 0;
            for (int at = shortFormAt(text, word, 0); at >= 0; at = shortFormAt(text, word, at + word.length())) {
                count++;
            }
            if (count > best) {
                best = count;
                bestWord = word;
            }
        }
        String initials = initials(actor.name());
        if (initials != null && actors.stream().noneMatch(other -> other != actor && other.name().strip().equals(initials))) {
            int count = 0;
            for (int at = shortFormAt(text, initials, 0); at >= 0; at = shortFormAt(text, initials, at + initials.length())) {
                count++;
            }
            if (count > best) {
                best = count;
                bestWord = initials;
            }
        }
        return bestWord == null ? null : new ShortForm(bestWord, best);
    }

    /**
     * The initials of a name of two or more capitalised words, which the text may use as its short form: "EU" for
     * "Europäische Union", "BVL" for "Bundesamt für Verbraucherschutz und Lebensmittelsicherheit" (lower-case words
     * left out); null for a name of one capitalised word. Counted like a short form when no other actor is named so,
     * as a word of its own or a compound's first part ("EU-Gipfel"), not inside a longer acronym ("EUV").
     */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter)) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() >= 2 ? initials.toString() : null;
    }

    /**
     * The forms by which a text names an actor, for headline, lead, summary and first mention: its key (a person's
     * surname), the short form an organisation goes by when the text uses it more often than the whole name ("die
     * Bayern" for "FC Bayern München", {@link #shortForm}), and a name of several words in any case form ("des
     * Deutschen Mieterbunds" for "Deutscher Mieterbund"). Counting only the key missed a club whose headline and lead
     * say "Lindenau" and an association named only in the genitive.
     */
    record Forms(String key, String shortForm, java.util.regex.Pattern declined) {

        /** With the actor's {@link #shortForm} in the text (null if none). */
        static Forms of(Actor actor, ShortForm form) {
            boolean severalWords = actor.type() != ActorType.PERSON && actor.name().strip().contains(" ");
            return new Forms(Salience.key(actor), form == null || form.count() <= actor.mentions() ? null : form.word(),
                    severalWords ? NameForms.declined(Folding.searchFold(actor.name().strip())) : null);
        }

        /** Whether {@code part} (and the same part {@link #fold folded}) names the actor in one of its forms. */
        boolean namedIn(String part, String foldedPart) {
            return NameForms.mentions(part, key) || shortForm != null && shortFormAt(part, shortForm, 0) >= 0
                    || declined != null && declined.matcher(foldedPart).find();
        }

        /** Where the text first names the actor in one of its forms, or -1. */
        int first(String text, String foldedText) {
            int first = text.indexOf(key);
            first = first < 0 ? Integer.MAX_VALUE : first;
            if (shortForm != null) {
                int at = shortFormAt(text, shortForm, 0);
                first = at < 0 ? first : Math.min(first, at);
            }
            if (declined != null) {
                java.util.regex.Matcher matcher = declined.matcher(foldedText);
                first = matcher.find() ? Math.min(first, matcher.start()) : first;
            }
            return first == Integer.MAX_VALUE ? -1 : first;
        }
    }

    /**
     * Where {@code word} next stands, from {@code from}, alone or as a compound's first part ("Bayern",
     * "Bayern-Wappen", not "Bayerns" nor "Oberbayern"; initials not inside longer ones: "EU", not in "EUV"), or -1.
     */
    private static int shortFormAt(String text, String word, int from) {
        boolean acronym = word.equals(word.toUpperCase(java.util.Locale.ROOT));
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + word.length())) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLowerCase(text.charAt(end))
                            && !(acronym && Character.isLetter(text.charAt(end))))) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Whether some mention of the actor is the subject of its clause wherever it stands: the name (and a bracket)
     * followed by a finite verb ("Brenner und Bauministerin Ida Sommer (SPD) mussten …"), a finite verb a few
     * words before it with no preposition or object between ("Den Vorsitz übernimmt zunächst die frühere Lehrerin
     * Mara Olsen"), or an apposition to the subject ("Die Leiterin der Messe, Tilda Vossberg, wurde …").
     */
    static boolean subjectAnywhere(String text, String name, String key) {
        for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
            int end = at + key.length();
            if (at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '-')
                    || end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
                continue;
            }
            int start = nameStart(text, name, key, at);
            if (ObjectPositions.isObject(text, start)) {
                continue;
            }
            String after = LEADING_BRACKET.matcher(text.substring(end, Math.min(text.length(), end + 60))).replaceFirst("")
                    .strip();
            if (isFiniteVerbWord(firstWord(after))) {
                return true;
            }
            if (text.startsWith(", ", start - 2) && after.startsWith(",") && isFiniteVerbWord(firstWord(after.substring(1)))) {
                return true;
            }
            String before = text.substring(Math.max(0, start - 80), start);
            int clause = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf(',')),
                    Math.max(before.lastIndexOf(':'), before.lastIndexOf('\n')));
            String[] words = before.substring(clause + 1).strip().split("\\s+");
            for (int i = words.length - 1, n = 0; i >= 0 && n < 6 && !words[i].isEmpty(); i--, n++) {
                String word = words[i].toLowerCase(java.util.Locale.ROOT);
                if (PREPOSITIONS.contains(word) || word.equals("dem") || word.equals("den") || word.equals("des")
                        || word.equals("als") || word.equals("wie")) {
                    break;
                }
                if (isFiniteVerbWord(words[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String firstWord(String text) {
        String[] words = WORD_SEPARATORS.split(text.strip(), 2);
        return words.length == 0 ? "" : words[0];
    }

    private static boolean isFiniteVerbWord(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && GermanVerbs.isFiniteVerb(word);
    }

    private static boolean isShortForm(String word, Actor actor, List<Actor> actors) {
        if (word.length() < 4 || !Character.isUpperCase(word.charAt(0))
                || word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        news.summarizer.core.text.GermanLexicon.Entry entry = news.summarizer.core.text.GermanLexicon.lookup(word);
        if (entry.known() && entry.commonNounOnly()
                || entry.has(news.summarizer.core.text.GermanLexicon.Kind.ADJECTIVE)) {
            return false;
        }
        for (Actor other : actors) {
            if (other != actor && java.util.Arrays.asList(other.name().split("\\s+")).contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static long said(Actor actor, List<Statement> statements) {
        return statements.stream().filter(statement -> statement.speaker().equals(actor.name())).count();
    }

    private static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    /** A person is named by the surname alone too; anything else by its whole name. */
    private static String key(Actor actor) {
        if (actor.type() != ActorType.PERSON) {
            return actor.name();
        }
        String[] words = actor.name().strip().split("\\s+");
        return words[words.length - 1];
    }

    /** Where the actor is first named ({@code at}, -1 if not found), or its evidence if that comes earlier. */
    private static int firstMention(Actor actor, int at, int textLength) {
        int evidence = actor.evidenceOffset();
        if (at < 0) {
            return evidence >= 0 ? evidence : textLength;
        }
        return evidence >= 0 ? Math.min(at, evidence) : at;
    }

    /** A first line without closing punctuation is the article's own headline. */
    private static boolean isHeading(String line) {
        return !line.isEmpty() && ".!?:;\"“”»«)".indexOf(line.charAt(line.length() - 1)) < 0
                && !line.contains("\n");
    }
}
