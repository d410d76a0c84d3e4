package news.summarizer.core.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.summarizer.core.engine.DraftStatement;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.StatementKind;
import news.summarizer.core.text.Datelines;
import news.summarizer.core.text.GermanLexicon;
import news.summarizer.core.text.GermanSentences;
import news.summarizer.core.text.GermanTokens;
import news.summarizer.core.text.TextSpan;

/**
 * Finds who said what in a German article by rule, for the engine that has no model. It reads the article sentence by
 * sentence (a quotation running over several sentences is one unit) and knows these attributions:
 * <ul>
 *   <li>a speech verb ({@link SpeechVerbs}) after the statement: "„…“, sagte Hartwig", "Die Brücke sei fertig, sagte
 *       sie";</li>
 *   <li>a speech verb before it, with a comma: a dass-clause, a clause in the subjunctive of reported speech
 *       ({@link GermanVerbs#reportsSpeech}), a zu-infinitive of a demand, or a quotation ("Hartwig sagte, die Brücke
 *       sei fertig"); or with a colon ("Hartwig sagte: „…“");</li>
 *   <li>"…, so Hartwig", "laut Hartwig …", "Hartwig zufolge …", "nach Angaben (von) Hartwig …";</li>
 *   <li>continuations: a sentence that is all quotation, or in the subjunctive of reported speech, right after a
 *       statement, belongs to the same speaker.</li>
 * </ul>
 * The speaker is one of the article's final actors (a pronoun "er", "sie" resolved to the last speaker or the last
 * person named); a statement whose speaker is no actor ("Experten sagen", "hieß es") is left out, and ends the
 * continuation of the speaker before it.
 */
public final class StatementFinder {

    /** How many tokens may stand between an attribution word and the name it attributes to ("laut dem Minister Kern"). */
    private static final int NAME_WINDOW = 5;

    private final String text;
    private final QuotationSpans quotations;
    private final List<Mention> mentions;
    private final List<Actor> actors;
    private final DescriptionSpeakers descriptions;
    private final ReportedClauses clauses;
    private Actor lastSpeaker;
    private int lastUnit = -10;
    private final List<Found> found = new ArrayList<>();
    private TextSpan previousUnit;
    private Actor lastSource;
    /** Who speaks together with the speaker of the current speech verb ("Hartwig und Wierzbicki erklärten"). */
    private Actor partner;
    private int lastSourceUnit = -10;
    /** How many statements were attributed so far, also those of no actor ("Experten sagen, …"), which are not kept. */
    private int additions;
    /** The speaker whose turn is open when the current sentence begins (the last one's, or null). */
    private Actor turn;

    /** Whether the statement being added is cited from a source ("laut X", "nach Angaben von X"), not spoken. */
    private boolean citing;

    /** A statement; {@code cited} when its speaker is only its source ("laut X"), which a document can be too. */
    private record Found(Actor speaker, StatementKind kind, int start, int end, boolean cited) {
    }

    private StatementFinder(String text, List<Actor> actors) {
        this.text = text;
        this.mentions = ActorMentions.find(text, actors);
        this.quotations = new QuotationSpans(text, mentions);
        this.actors = actors;
        this.descriptions = new DescriptionSpeakers(text, mentions, actors, quotations);
        this.clauses = new ReportedClauses(text, quotations, mentions);
    }

    /** The statements of {@code actors} in {@code text}, in article order. */
    public static List<DraftStatement> find(String text, List<Actor> actors) {
        return read(text, actors).stream()
                .map(f -> new DraftStatement(f.speaker().name(), f.kind().json(), text.substring(f.start(), f.end())))
                .toList();
    }

    /**
     * The names of the {@code actors} that have statements in {@code text}, each mapped to whether it speaks itself:
     * true when one of its statements is attributed by a verb of saying, "so X", a colon or a continuation of its
     * words; false when it is only cited as a source ("laut X", "nach Angaben von X"), which a law, a report or a
     * study can be too ("laut dem Lindenauer Abkommen").
     */
    public static java.util.Map<String, Boolean> speakerNames(String text, List<Actor> actors) {
        java.util.Map<String, Boolean> names = new java.util.HashMap<>();
        for (Found f : read(text, actors)) {
            names.merge(f.speaker().name(), !f.cited(), Boolean::logicalOr);
        }
        return names;
    }

    private static List<Found> read(String text, List<Actor> actors) {
        if (actors.isEmpty()) {
            return List.of();
        }
        StatementFinder finder = new StatementFinder(text, actors);
        List<TextSpan> units = units(text, finder.quotations);
        for (int i = 0; i < units.size(); i++) {
            finder.read(i, units.get(i));
        }
        return finder.found;
    }

    /**
     * The units the finder reads: sentences (a trailing photo credit cut off), joined where a quotation runs over a
     * sentence end.
     */
    static List<TextSpan> units(String text, QuotationSpans quotations) {
        List<TextSpan> units = new ArrayList<>();
        for (TextSpan whole : GermanSentences.split(text)) {
            TextSpan sentence = new TextSpan(whole.start(), whole.start() + Datelines.withoutTrailingCredit(whole.of(text)));
            TextSpan last = units.isEmpty() ? null : units.get(units.size() - 1);
            if (last != null && quotations.all().stream().anyMatch(q -> q.start() < last.end() && q.end() > last.end()
                    && q.end() <= sentence.end())) {
                units.set(units.size() - 1, new TextSpan(last.start(), sentence.end()));
            } else {
                units.add(sentence);
            }
        }
        return units;
    }

    private void read(int index, TextSpan unit) {
        String unitText = unit.of(text);
        if (isHeading(unitText)) {
            return;
        }
        int bodyStart = unit.start() + Datelines.leadingDatelineLength(unitText);
        List<Token> tokens = new ArrayList<>();
        for (TextSpan span : GermanTokens.tokenize(text.substring(bodyStart, unit.end()))) {
            tokens.add(new Token(text.substring(bodyStart + span.start(), bodyStart + span.end()),
                    bodyStart + span.start(), bodyStart + span.end()));
        }
        if (tokens.isEmpty()) {
            return;
        }
        int before = found.size();
        if (introducedParagraph(index, unit, tokens, bodyStart)) {
            previousUnit = unit;
            return;
        }
        turn = lastSpeaker != null && index - lastUnit <= 1 ? lastSpeaker : null;
        boolean attributed = false;
        partner = null;
        int cursor = bodyStart;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (quotations.contains(token.start())) {
                continue;
            }
            int verbEnd = clauses.speechVerbEnd(tokens, i);
            if (verbEnd >= 0) {
                Actor openSpeaker = lastSpeaker;
                int openUnit = lastUnit;
                int additions = this.additions;
                cursor = speechVerb(index, tokens, i, verbEnd, cursor, unit.end());
                partner = null;
                if (additions == this.additions && lastSpeaker == null && noClauseBoundary(tokens)) {
                    // "Dieses Verhalten mache die Not deutlich.", "Das könne nicht bestätigt werden.": a verb of
                    // saying with no speaker and no clause for a statement attributes nothing; the sentence may still
                    // go on with the open speaker's words. With a clause ("Später hieß es, der Termin wackle.") an
                    // unnamed speaker has spoken, which ends the turn.
                    lastSpeaker = openSpeaker;
                    lastUnit = openUnit;
                } else {
                    attributed = true;
                }
            } else if (token.is("so") && i > 0 && (tokens.get(i - 1).is(",") || commaInsideQuotation(tokens, i - 1))) {
                Mention speaker = mentionIn(tokens, i + 1, Math.min(tokens.size(), i + 1 + NAME_WINDOW), true);
                Mention closing = i + 1 < tokens.size() ? nameClosingSo(tokens, i + 1) : null;
                if (closing != null && (speaker == null || speaker.actor() != null
                        && speaker.actor().type() != ActorType.PERSON || !clauseEndsAfter(tokens, speaker))) {
                    speaker = closing;
                }
                if (speaker == null && i + 1 < tokens.size()) {
                    // "…, so die Ministerin.": a description stands where a name would, as after a verb of saying;
                    // a name after the title, further than a name is looked for, is who it describes ("so der
                    // stellvertretende Leiter des Amtes und Projektleiter Ole Brink").
                    Mention named = personBeforeClauseEnd(tokens, i + 1);
                    speaker = named != null ? named : descriptions.speaker(tokens, i + 1, turn);
                }
                if (speaker != null && (clauseEndsAfter(tokens, speaker) || adverbialsToEnd(tokens, i, speaker))) {
                    attributed = true;
                    Actor actor = resolve(speaker, index);
                    TextSpan rest = reportedAfterInsertedSo(tokens, speaker.end(), unit.end());
                    if (rest != null && !quotations.contains(tokens.get(i - 1).start())) {
                        // "Die Kunden, so Hartwig, müssten mehr zahlen.": one statement, the sentence with its aside.
                        add(index, actor, StatementKind.INDIRECT, cursor, rest.end());
                        cursor = rest.end();
                        break;
                    }
                    before(index, actor, cursor, tokens.get(i - 1).is(",") ? tokens.get(i - 1).start()
                            : tokens.get(i - 1).end());
                    cursor = tokens.get(i - 1).end();
                    TextSpan resumed = quotationAfterComma(tokens, speaker.end());
                    if (resumed != null) {
                        add(index, actor, StatementKind.DIRECT, resumed.start(), resumed.end());
                        cursor = resumed.end();
                    }
                }
            } else if (SourcePhrases.isOwnAngaben(tokens, i)) {
                Mention speaker = mentionIn(tokens, 0, i, false);
                if (speaker != null) {
                    attributed = true;
                    source(index, speaker.actor(), false, 0, bodyStart, unit.end());
                }
            } else if (token.text().equalsIgnoreCase("demnach") && demnachSource(index) != null) {
                attributed = true;
                source(index, demnachSource(index), false, 0, bodyStart, unit.end());
            } else if (token.is(":") && cursor <= token.start() && i + 1 < tokens.size()
                    && quotations.openingAt(tokens.get(i + 1).start()) != null) {
                TextSpan quotation = quotations.openingAt(tokens.get(i + 1).start());
                Mention speaker = colonSpeaker(tokens, i);
                if (speaker != null) {
                    attributed = true;
                    add(index, resolve(speaker, index), StatementKind.DIRECT, quotation.start(), quotation.end());
                    cursor = quotation.end();
                }
            } else if (token.is(":") && cursor <= token.start() && i + 1 < tokens.size() && i > 0
                    && clauses.konjunktivIMainClause(tokens, i + 1)
                    && clauses.attributionAfter(tokens, i + 1, unit.end()) == unit.end()) {
                // "Hartwigs Fazit nach der Sitzung: Die Brücke werde teurer.": a colon after a phrase about an
                // actor, and a main clause in the Konjunktiv I after it, which only reported speech has. An inquit
                // later in the sentence ("…: Die Brücke werde teurer, teilte die Stadt mit.") names the speaker instead.
                Mention speaker = colonSpeaker(tokens, i);
                if (speaker != null) {
                    attributed = true;
                    int end = clauses.attributionAfter(tokens, i + 1, unit.end());
                    add(index, resolve(speaker, index), StatementKind.INDIRECT, tokens.get(i + 1).start(), end);
                    cursor = end;
                }
            } else if (token.text().equalsIgnoreCase("laut") || SourcePhrases.isAngaben(tokens, i)) {
                int from = token.text().equalsIgnoreCase("laut") ? i + 1 : i + 2;
                Mention speaker = mentionIn(tokens, from, phraseEnd(tokens, from), false);
                if (speaker == null && from < tokens.size()) {
                    speaker = descriptions.institution(tokens, from);
                }
                if (speaker != null) {
                    attributed = true;
                    int end = i == 0 ? vorfeldEnd(tokens, speaker.end()) : speaker.end();
                    source(index, speaker.actor(), i == 0, end, bodyStart, unit.end());
                }
            } else if (SourcePhrases.isPossessiveAngaben(tokens, i)) {
                Actor source = resolve(new Mention(token.start(), token.end(), null), index);
                if (source != null) {
                    attributed = true;
                    source(index, source, i == 0, tokens.get(i + 2).end(), bodyStart, unit.end());
                }
            } else if (token.is("zufolge")) {
                Mention speaker = mentionIn(tokens, Math.max(0, i - NAME_WINDOW), i, false);
                if (speaker != null) {
                    attributed = true;
                    source(index, speaker.actor(), speaker.start() - bodyStart < 20, token.end(), bodyStart, unit.end());
                }
            }
        }
        Actor quoted = dropSourceAroundQuotation(bodyStart, unit.end());
        if (quoted != null && lastSourceUnit == index) {
            lastSource = null;
            lastSpeaker = quoted;
            lastUnit = index;
        }
        if (!attributed && found.size() == before && lastSpeaker != null && index - lastUnit <= 1) {
            continuation(index, tokens, bodyStart, unit.end());
            if (found.size() == before && lastSpeaker != null && reportersQuestion(tokens, bodyStart, unit.end())) {
                lastUnit = index;
            }
        } else if (!attributed && found.size() == before && index > 0) {
            if (!introducedQuotation(index, bodyStart, unit.end(), previousUnit)) {
                reportedAfterSubject(index, tokens, bodyStart, unit.end());
            }
        }
        if (!attributed && found.size() == before) {
            quotedFragments(index, tokens, bodyStart, unit.end());
        }
        Actor colon = colonIntroduction(index, tokens);
        if (colon != null) {
            introduced = colon;
            introducedFirst = true;
        }
        previousUnit = unit;
    }

    /** The speaker of a sentence ending in a colon after a verb of saying ("Dazu erklärt Hartwig:"), while the
     * paragraph after it runs; null otherwise. */
    private Actor introduced;
    /** Whether the next sentence is the first after the colon (it must open a new paragraph). */
    private boolean introducedFirst;
    private int colonUnit = -10;

    private Actor colonIntroduction(int index, List<Token> tokens) {
        int last = tokens.size() - 1;
        if (last < 1 || !tokens.get(last).is(":") || quotations.contains(tokens.get(last).start())
                || tokens.stream().noneMatch(t -> !quotations.contains(t.start()) && GermanLexicon.isSpeechVerb(t.text()))) {
            return null;
        }
        Mention speaker = colonSpeaker(tokens, last);
        Actor actor = speaker == null ? null : resolve(speaker, index);
        colonUnit = actor == null ? colonUnit : index;
        return actor;
    }

    /**
     * The paragraph after "Dazu erklärt Hartwig:" is what she said, quoted or not (press releases often give it without
     * quotation marks): each of its sentences is her statement, until one has a verb of saying of its own ("Der Verband
     * fordert, dass …") or a quotation. Only the paragraph right after the colon, which must start a new line.
     */
    private boolean introducedParagraph(int index, TextSpan unit, List<Token> tokens, int bodyStart) {
        if (introduced == null || index != colonUnit + 1 || previousUnit == null) {
            introduced = null;
            return false;
        }
        boolean newParagraph = text.substring(previousUnit.end(), unit.start()).contains("\n");
        boolean first = introducedFirst;
        introducedFirst = false;
        if (newParagraph != first || tokens.stream().anyMatch(t -> quotations.contains(t.start())
                || QuoteMarks.isQuote(t.text().charAt(0)) || GermanLexicon.isSpeechVerb(t.text()))) {
            introduced = null;
            return false;
        }
        add(index, introduced, StatementKind.DIRECT, bodyStart, unit.end());
        colonUnit = index;
        return true;
    }

    /** The first person named from {@code from} to the end of its clause, outside quotations; null if none. */
    private Mention personBeforeClauseEnd(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && !ReportedClauses.isBoundary(tokens.get(end))) {
            end++;
        }
        int limit = end < tokens.size() ? tokens.get(end).start() : tokens.get(tokens.size() - 1).end();
        for (Mention mention : mentions) {
            if (mention.start() >= tokens.get(from).start() && mention.end() <= limit
                    && mention.actor().type() == ActorType.PERSON && !quotations.contains(mention.start())) {
                return mention;
            }
        }
        return null;
    }

    /**
     * The rest of a sentence into which a so-phrase is inserted between commas: "Die Kunden, so Hartwig, müssten mehr
     * zahlen." reports "müssten mehr zahlen" as well. Only reported speech (a verb in the subjunctive) and no quotation:
     * the rest is what was said, not the reporter's words after an aside.
     */
    private TextSpan reportedAfterInsertedSo(List<Token> tokens, int speakerEnd, int unitEnd) {
        int comma = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= speakerEnd) {
                comma = tokens.get(i).is(",") ? i : -1;
                break;
            }
        }
        if (comma < 0 || comma + 1 >= tokens.size()) {
            return null;
        }
        List<Token> rest = tokens.subList(comma + 1, tokens.size());
        if (rest.stream().anyMatch(t -> quotations.contains(t.start()))
                || rest.stream().noneMatch(t -> GermanVerbs.continuesReportedSpeech(t.text()))) {
            return null;
        }
        return new TextSpan(rest.get(0).start(), unitEnd);
    }

    /**
     * A closing quotation mark with the comma before it, inside the marks: „Wir helfen früher,“ so Hartwig. Some
     * outlets set the comma there instead of after the marks („…“, so Hartwig); it ends the quotation all the same.
     */
    private boolean commaInsideQuotation(List<Token> tokens, int mark) {
        return mark > 0 && tokens.get(mark).text().length() == 1 && QuoteMarks.isQuote(tokens.get(mark).text().charAt(0))
                && tokens.get(mark - 1).is(",") && quotations.contains(tokens.get(mark - 1).start());
    }

    /**
     * Where the noun phrase after "laut", "nach Angaben" ends: at most {@link #NAME_WINDOW} tokens, and before a
     * finite verb. "Laut dem Deichrat startete Hartwigs Partei …" names no source when the
     * Deichrat is no actor: the name after the verb is the sentence's subject, not the source.
     */
    private int phraseEnd(List<Token> tokens, int from) {
        int limit = Math.min(tokens.size(), from + NAME_WINDOW);
        for (int i = from; i < limit; i++) {
            String word = tokens.get(i).text();
            if (Character.isLowerCase(word.charAt(0)) && GermanVerbs.isFiniteVerb(word)
                    || i > from && NEW_PHRASE_ARTICLES.contains(word) && !tokens.get(i - 1).is(",")) {
                return i;
            }
        }
        return limit;
    }

    /**
     * Articles that cannot be genitive, so cannot open an attribute of the phrase after "laut": "laut dem neuen
     * Gesetz die Stadtwerke …" ends at "Gesetz", and "die Stadtwerke" is the next phrase (an object), not the
     * source. A genitive ("laut dem Sprecher der Stadtwerke", "des", "eines", "einer") continues the phrase, as does
     * an apposition after a comma ("laut Betreiber, dem Versorger Nordgas").
     */
    private static final java.util.Set<String> NEW_PHRASE_ARTICLES =
            java.util.Set.of("die", "das", "den", "dem", "ein", "eine", "einen", "einem");

    /**
     * Where a source phrase that opens the sentence ends: at the finite verb after it, so that what stands between
     * belongs to the phrase ("Nach Angaben der Nordpress vom Dienstag hat die Stadt …" reports "hat die Stadt …", not
     * "vom Dienstag hat …"). Without such a verb close by, or with a comma first, right after the name.
     */
    private int vorfeldEnd(List<Token> tokens, int nameEnd) {
        int at = 0;
        while (at < tokens.size() && tokens.get(at).start() < nameEnd) {
            at++;
        }
        for (int i = at; i < Math.min(tokens.size(), at + NAME_WINDOW); i++) {
            String word = tokens.get(i).text();
            if (ReportedClauses.isBoundary(tokens.get(i)) || quotations.contains(tokens.get(i).start())) {
                return nameEnd;
            }
            if (Character.isLowerCase(word.charAt(0)) && GermanVerbs.isFiniteVerb(word)) {
                return tokens.get(i).start();
            }
        }
        return nameEnd;
    }

    /**
     * Whose sentence "demnach" ("according to it") continues: the source of a sentence shortly before ("laut …"),
     * else the speaker of the sentence right before, else the subject that opens the sentence before ("Das Gericht
     * sieht die Geschäfte als rechtswidrig an. Sie könnten demnach …").
     */
    private Actor demnachSource(int unit) {
        if (lastSource != null && unit - lastSourceUnit <= 2) {
            return lastSource;
        }
        if (lastSpeaker != null && unit - lastUnit <= 1) {
            return lastSpeaker;
        }
        return previousSubject(unit);
    }

    /**
     * The actor that opens the sentence before as its subject: named within its first words, with no preposition
     * before it ("Ministerin Hartwig sieht …", "Das Landgericht sieht …"), or a pronoun that refers to one ("Er …").
     */
    private Actor previousSubject(int unit) {
        if (previousUnit == null) {
            return null;
        }
        List<Token> tokens = tokensOf(previousUnit.start(), previousUnit.end());
        Actor opening = openingSubject(tokens, unit);
        return opening != null ? opening : subjectAfterFiniteVerb(tokens, unit);
    }

    /**
     * The subject right after the main clause's finite verb, where German puts it when an adverbial fills the place
     * before the verb: "Zu Beginn der Sitzung hatte Hartwig um Zustimmung geworben", "Sonst müsste sie schließen". A
     * name that starts there (no preposition before it: the verb is right before it) or a pronoun; null otherwise.
     */
    private Actor subjectAfterFiniteVerb(List<Token> tokens, int unit) {
        Token verb = mainClauseVerb(tokens);
        int at = verb == null ? -1 : tokens.indexOf(verb) + 1;
        if (at <= 0 || at >= tokens.size()) {
            return null;
        }
        for (int i = 0; i < at; i++) {
            if (tokens.get(i).text().equalsIgnoreCase("laut") || tokens.get(i).is("zufolge")
                    || SourcePhrases.isAngaben(tokens, i)) {
                return null; // "Laut dem Generalstab startete Lindenau …": the source speaks, the subject is reported on
            }
        }
        Token next = tokens.get(at);
        if (ReportedClauses.PRONOUNS.contains(next.text())) {
            return resolve(new Mention(next.start(), next.end(), null), unit);
        }
        return mentions.stream().filter(m -> m.start() == next.start() && !quotations.contains(m.start()))
                .map(Mention::actor).findFirst().orElse(null);
    }

    /**
     * The actor that opens a sentence as its subject: named within its first words, with no preposition before it
     * ("Ministerin Hartwig sieht …", "Das Landgericht sieht …"), or a pronoun that refers to one ("Er …").
     */
    private Actor openingSubject(List<Token> tokens, int unit) {
        int limit = Math.min(tokens.size(), 4);
        if (limit == 0) {
            return null;
        }
        if (ReportedClauses.PRONOUNS.contains(tokens.get(0).text())) {
            return resolve(new Mention(tokens.get(0).start(), tokens.get(0).end(), null), unit);
        }
        Mention first = mentionIn(tokens, 0, limit, false);
        if (first == null || tokens.stream().anyMatch(t -> t.end() <= first.start()
                && ReportedClauses.PREPOSITIONS.contains(t.text().toLowerCase(java.util.Locale.ROOT)) && !t.text().startsWith("d"))) {
            return null; // "In der Regierung werteten einige …" names where, not who
        }
        // "Kolberon-Bezirksleiter Ole Brink": the person the compound describes, not the organisation in it.
        Mention person = first;
        for (Mention mention : mentions) {
            if (mention.start() >= first.end() && mention.end() <= tokens.get(limit - 1).end()
                    && mention.actor().type() == ActorType.PERSON && first.actor().type() != ActorType.PERSON) {
                person = mention;
                break;
            }
        }
        return person.actor();
    }

    /**
     * Words quoted inside a sentence about an actor are the actor's: "Ministerin Hartwig nannte den Entwurf „nicht
     * zustimmungsfähig“", "Sie dankte dem „unermüdlichen Team“". The sentence opens with its subject, an actor (after
     * its roles) or a pronoun, and has no attribution of its own; the quotation is a fragment of speech, opening with
     * a small letter and naming no actor (a title opens with a capital: „Die Brücke am Fluss“).
     */
    private void quotedFragments(int unit, List<Token> tokens, int bodyStart, int unitEnd) {
        TextSpan body = clauses.trimmed(bodyStart, unitEnd);
        if (quotations.around(body) != null) {
            return;
        }
        List<TextSpan> fragments = quotations.all().stream()
                .filter(q -> q.start() >= body.start() && q.end() <= body.end() && q.length() > 0
                        && Character.isLowerCase(text.charAt(q.start()))
                        && mentions.stream().noneMatch(m -> m.start() >= q.start() && m.start() < q.end()))
                .toList();
        if (fragments.isEmpty()) {
            return;
        }
        Actor speaker = openingSubject(tokens, unit);
        if (speaker == null || speaker.type() == ActorType.COUNTRY) {
            return;
        }
        for (TextSpan fragment : fragments) {
            add(unit, speaker, StatementKind.DIRECT, fragment.start(), fragment.end());
        }
    }

    /**
     * The speaker of a quotation after a colon with no speech verb: "Hartwig zog Bilanz: „…“", "Jedoch beruhigte die
     * Leiterin, Lena Hartwig, mit den Worten: „…“", the heading-like "Hartwig nach der Wahl: „…“". The first person
     * named in the sentence before the colon who is no object (no preposition before the name), else the first
     * organisation; a pronoun that opens the clause ("Sie zog Bilanz:") refers back.
     */
    private Mention colonSpeaker(List<Token> tokens, int colon) {
        if (colon > 0 && ReportedClauses.PRONOUNS.contains(tokens.get(0).text())) {
            return new Mention(tokens.get(0).start(), tokens.get(0).end(), null);
        }
        Mention organisation = null;
        for (Mention mention : mentions) {
            if (mention.start() < tokens.get(0).start() || quotations.contains(mention.start())) {
                continue;
            }
            if (mention.end() > tokens.get(colon).start()) {
                break;
            }
            if (afterPreposition(tokens, mention)) {
                continue;
            }
            if (mention.actor().type() == ActorType.PERSON) {
                return mention;
            }
            if (organisation == null) {
                organisation = mention;
            }
        }
        if (organisation == null) {
            // "Und trotz allem war sie nachdenklich: „…“": with no name before the colon, the pronoun after the
            // clause's verb is its subject (not one after a preposition: "mit ihr").
            for (int i = 1; i < colon; i++) {
                Token token = tokens.get(i);
                if (ReportedClauses.PRONOUNS.contains(token.text()) && !quotations.contains(token.start())
                        && !ReportedClauses.PREPOSITIONS.contains(tokens.get(i - 1).text().toLowerCase(java.util.Locale.ROOT))
                        && Character.isLowerCase(tokens.get(i - 1).text().charAt(0))
                        && GermanVerbs.isFiniteVerb(tokens.get(i - 1).text())) {
                    return new Mention(token.start(), token.end(), null);
                }
            }
        }
        return organisation;
    }

    private List<Token> tokensOf(int start, int end) {
        List<Token> tokens = new ArrayList<>();
        for (TextSpan span : GermanTokens.tokenize(text.substring(start, end))) {
            tokens.add(new Token(text.substring(start + span.start(), start + span.end()), start + span.start(),
                    start + span.end()));
        }
        return tokens;
    }

    /**
     * A sentence that is all quotation after a sentence about one person is that person's ("Kapitänin Hartwig war
     * enttäuscht. „Wir haben schlecht gespielt.“"); after a sentence that names nobody, the speaker's before it.
     */
    private boolean introducedQuotation(int unit, int bodyStart, int unitEnd, TextSpan previous) {
        TextSpan quotation = quotations.around(clauses.trimmed(bodyStart, unitEnd));
        if (quotation == null || previous == null || !clauses.hasFiniteVerb(quotation)) {
            return false;
        }
        List<Actor> persons = mentions.stream()
                .filter(m -> m.start() >= previous.start() && m.end() <= previous.end() && !quotations.contains(m.start()))
                .map(Mention::actor)
                .filter(actor -> actor.type() == ActorType.PERSON)
                .distinct()
                .toList();
        if (persons.size() == 1) {
            add(unit, persons.get(0), StatementKind.DIRECT, quotation.start(), quotation.end());
        } else if (lastSpeaker != null && unit - lastUnit == 2 && mentions.stream().noneMatch(m ->
                m.start() >= previous.start() && m.end() <= previous.end() && !quotations.contains(m.start()))) {
            // The speaker's turn goes on over a sentence of the reporter's that names nobody ("„Wir sind stolz“,
            // sagte Hartwig. Zuvor war die Brücke eröffnet worden. „Es war ein langer Weg.“"), as for reported speech.
            add(unit, lastSpeaker, StatementKind.DIRECT, quotation.start(), quotation.end());
        }
        return true;
    }

    /**
     * A sentence in the subjunctive of reported speech with no attribution of its own reports the actor the sentence
     * before is about: "Hartwig sieht darin kein Zeichen der Ablehnung. Es gebe keine schlechte Stimmung." The
     * Konjunktiv I in a main clause is the reporter's mark of someone else's words, and the one who speaks is the
     * subject just named. Not when the sentence opens with an actor of its own ("Wierzbicki sei …" is said of him).
     */
    private void reportedAfterSubject(int unit, List<Token> tokens, int bodyStart, int unitEnd) {
        TextSpan body = clauses.trimmed(bodyStart, unitEnd);
        if (mentions.stream().anyMatch(m -> m.start() == body.start())) {
            return;
        }
        // The main clause's own verb, the first finite one before any comma, is a Konjunktiv I ("Es gebe …", "Im
        // Mai habe …"); one in a subordinate clause ("…, dass er zu spät gekommen sei") or a Konjunktiv II
        // ("Zwei von zehn würden …", a survey's) is no mark of reported speech.
        Token verb = mainClauseVerb(tokens);
        if (verb == null || !GermanVerbs.isKonjunktivI(verb.text()) || !clauses.declarative(tokens)) {
            return;
        }
        Actor speaker = lastSource != null && unit - lastSourceUnit <= 1 ? lastSource : previousSubject(unit);
        if (speaker == null && lastSpeaker != null && unit - lastUnit == 2 && previousUnit != null
                && mentions.stream().noneMatch(m -> m.start() >= previousUnit.start() && m.end() <= previousUnit.end())) {
            // The speaker's turn goes on over a sentence that names nobody ("Pendler sollten früher losfahren."),
            // which may be reported speech as well, only not in a mood that shows it.
            speaker = lastSpeaker;
        }
        if (speaker != null) {
            add(unit, speaker, StatementKind.INDIRECT, body.start(), body.end());
        }
    }

    /**
     * The finite verb of the sentence's main clause: the first word outside quotations that is a finite verb and
     * nothing else the dictionary knows it as, before the first comma that ends the main clause's first part. Not a
     * word that is also an adjective, participle or numeral ("der politisch motivierten Kriminalität", "in den
     * vergangenen sieben Jahren"); not the comma of an enumeration ("In Lindenau, Kolberg und Brink sei …", a
     * capitalised word after it and a coordinator before the next comma) or of an interjection that opens the sentence
     * ("Ach, manches habe sich gebessert"). Null when no such verb stands before the clause ends.
     */
    private Token mainClauseVerb(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (quotations.contains(token.start())) {
                continue;
            }
            if (ReportedClauses.isBoundary(token)) {
                if (token.is(",") && (i == 1 && interjection(tokens.get(0)) || enumerationComma(tokens, i))) {
                    continue;
                }
                return null;
            }
            if (finiteVerb(token) && !alsoOtherWord(token.text())) {
                return token;
            }
        }
        return null;
    }

    /** Whether no comma, colon or semicolon outside quotations divides the sentence into clauses. */
    private boolean noClauseBoundary(List<Token> tokens) {
        return tokens.stream().noneMatch(t -> (t.is(",") || t.is(":") || t.is(";")) && !quotations.contains(t.start()));
    }

    private static boolean interjection(Token token) {
        return GermanLexicon.lookup(token.text().toLowerCase(java.util.Locale.ROOT)).readings().stream()
                .anyMatch(reading -> "INJ".equals(reading.tag()));
    }

    /** A comma between the members of an enumeration: a capitalised word after it, and "und"/"oder" before the next comma. */
    private static boolean enumerationComma(List<Token> tokens, int comma) {
        if (comma + 1 >= tokens.size() || !Character.isUpperCase(tokens.get(comma + 1).text().charAt(0))
                || ReportedClauses.PRONOUNS.contains(tokens.get(comma + 1).text())) {
            return false;
        }
        for (int i = comma + 2; i < tokens.size() && !ReportedClauses.isBoundary(tokens.get(i)); i++) {
            if (COORDINATORS.contains(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the dictionary also knows a verb form as an adjective, participle or numeral ("motivierten", "sieben"). */
    private static boolean alsoOtherWord(String word) {
        GermanLexicon.Entry entry = GermanLexicon.lookup(word);
        return entry.has(GermanLexicon.Kind.ADJECTIVE) // adjectives and participles
                || entry.readings().stream().anyMatch(reading -> reading.tag() != null && reading.tag().startsWith("ZAL"));
    }

    /** A statement before the verb ("…, sagte X") and/or after it ("X sagte, …", "X sagte: …"); returns the new cursor. */
    private int speechVerb(int unit, List<Token> tokens, int verb, int verbEnd, int cursor, int unitEnd) {
        if (anaphoric(unit, tokens, verb, verbEnd)) {
            return unitEnd;
        }
        int wie = clauses.wieBefore(tokens, verb, verbEnd);
        if (wie > 0 && tokens.get(wie - 1).start() > cursor
                && clauses.statementBefore(cursor, tokens.get(wie - 1).start(), tokens)) {
            // "Die Brücke sei fertig, wie Hartwig am Montag mitteilte.": the inquit as a clause with its verb last.
            Mention named = mentionIn(tokens, wie + 1, verb, true);
            Actor speaker = named == null || afterPreposition(tokens, named) ? null : resolve(named, unit);
            before(unit, speaker, cursor, tokens.get(wie - 1).start());
            return tokens.get(verbEnd).end();
        }
        int newCursor = cursor;
        Actor speaker = null;
        boolean before = verb > 0 && tokens.get(verb - 1).is(",") && tokens.get(verb - 1).start() > cursor
                && clauses.statementBefore(cursor, tokens.get(verb - 1).start(), tokens)
                && (cursor > tokens.get(0).start() || openingWithApposition(tokens, verb) == null);
        if (before) {
            Mention after = subjectAfter(tokens, verb);
            speaker = after == null ? null : resolve(after, unit);
            before(unit, speaker, cursor, tokens.get(verb - 1).start());
            newCursor = tokens.get(verb - 1).end();
            int tail = dashTail(tokens, verbEnd);
            if (tail >= 0) {
                add(unit, speaker, StatementKind.INDIRECT, tokens.get(tail).start(), unitEnd);
                return unitEnd;
            }
        }
        int boundary = clauses.clauseEnd(tokens, verbEnd + 1);
        if (!before) {
            speaker = subjectOf(tokens, verb, verbEnd, unit);
        }
        partner = coordinated(tokens, verb, speaker);
        if (boundary < tokens.size()) {
            Token mark = tokens.get(boundary);
            int next = boundary + 1;
            if (next < tokens.size()) {
                TextSpan quotation = quotations.openingAt(tokens.get(next).start());
                if (quotation != null && (mark.is(":") || mark.is(","))) {
                    add(unit, speaker, StatementKind.DIRECT, quotation.start(), quotation.end());
                    return Math.max(newCursor, quotation.end());
                }
                int end = clauses.attributionAfter(tokens, next, unitEnd);
                if (!before && mark.is(":")) {
                    add(unit, speaker, StatementKind.INDIRECT, tokens.get(next).start(), end);
                    return end;
                }
                if (clauses.passiveOrCoordinated(tokens, verb, boundary)) {
                    lastSpeaker = speaker;
                    lastUnit = unit;
                    return newCursor;
                }
                if (before && mark.is(",") && clauses.subjunctiveClause(tokens, next)) {
                    // "Er sei kein Freund des Hafens, räumte er ein, er sichere sich aber ab.": the inquit
                    // interrupts reported speech, which goes on after it.
                    add(unit, speaker, StatementKind.INDIRECT, tokens.get(next).start(), end);
                    return end;
                }
                if (!before && clauses.speechVerbEnd(tokens, next) >= 0) {
                    // "Das Gericht habe den Antrag zurückgewiesen, sagte ein Sprecher": a speech verb right after the
                    // comma opens the inquit of all that stands before it, the first speech verb included.
                    return newCursor;
                }
                boolean onlySpeaker = clauses.onlySpeakerBetween(tokens, verbEnd, boundary);
                if (!before && mark.is(",") && clauses.reportedClause(tokens, next,
                        (tokens.get(0).is("Wie") && verb < boundary) || onlySpeaker)) {
                    int start = tokens.get(next).is("dass") && next + 1 < tokens.size() ? tokens.get(next + 1).start()
                            : tokens.get(next).start();
                    add(unit, speaker, StatementKind.INDIRECT, start, end);
                    return end;
                }
            }
        }
        // An attribution without its statement here still names who speaks next ("Hartwig sagte:" and a quotation).
        lastSpeaker = speaker;
        lastUnit = unit;
        return newCursor;
    }

    /**
     * Reported speech that goes on after the inquit, behind a spaced dash: "„Wir bauen weiter“, sagte Hartwig – die
     * Kosten seien aber gedeckt." The inquit (verb, speaker, adverbials) has no comma or other boundary up to the dash,
     * and the clause after the dash is in the subjunctive of reported speech before its first comma; the index of its
     * first token, or -1.
     */
    private int dashTail(List<Token> tokens, int verbEnd) {
        for (int i = verbEnd + 1; i + 1 < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (ReportedClauses.isBoundary(token) || quotations.contains(token.start())) {
                return -1;
            }
            if (DASHES.contains(token.text()) && token.start() > 0 && Character.isWhitespace(text.charAt(token.start() - 1))) {
                for (int j = i + 1; j < tokens.size() && !ReportedClauses.isBoundary(tokens.get(j)); j++) {
                    if (!quotations.contains(tokens.get(j).start())
                            && GermanVerbs.continuesReportedSpeech(tokens.get(j).text())) {
                        return i + 1;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    private static final java.util.Set<String> DASHES = java.util.Set.of("-", "–", "—");

    /**
     * "Das teilte die Stadt am Montag mit.", "Dies sagte Hartwig der Zeitung.": a sentence of nothing but "das" and
     * the inquit attributes the sentence before it, which has no statement of its own yet.
     */
    private boolean anaphoric(int unit, List<Token> tokens, int verb, int verbEnd) {
        if (verb != 1 || !(tokens.get(0).is("Das") || tokens.get(0).is("Dies")) || previousUnit == null
                || clauses.clauseEnd(tokens, verbEnd + 1) < tokens.size() - 1
                || found.stream().anyMatch(f -> f.start() >= previousUnit.start() && f.start() < previousUnit.end())) {
            return false;
        }
        Mention named = subjectAfter(tokens, verb);
        if (named == null) {
            return false;
        }
        TextSpan previous = clauses.trimmed(previousUnit.start(), previousUnit.end());
        if (!clauses.statementBefore(previous.start(), previous.end(), tokensOf(previous.start(), previous.end()))) {
            return false;
        }
        TextSpan quotation = quotations.around(previous);
        Actor speaker = resolve(named, unit);
        if (quotation != null) {
            add(unit, speaker, StatementKind.DIRECT, quotation.start(), quotation.end());
        } else {
            add(unit, speaker, StatementKind.INDIRECT, previous.start(), previous.end());
        }
        return true;
    }

    /**
     * The second of two people who speak together: "Die Vorsitzende, Lena Hartwig, und ihr Stellvertreter Tomasz
     * Wierzbicki erklärten, …" (a plural verb, two persons joined by "und" in the sentence, one of them the speaker
     * found); null otherwise.
     */
    private Actor coordinated(List<Token> tokens, int verb, Actor speaker) {
        if (speaker == null || !GermanVerbs.isPluralOnly(tokens.get(verb).text())) {
            return null;
        }
        List<Mention> persons = mentions.stream()
                .filter(m -> m.start() >= tokens.get(0).start() && m.end() <= tokens.get(tokens.size() - 1).end()
                        && !quotations.contains(m.start()) && m.actor().type() == ActorType.PERSON)
                .toList();
        for (int i = 0; i + 1 < persons.size(); i++) {
            Mention first = persons.get(i);
            Mention second = persons.get(i + 1);
            boolean joined = tokens.stream().anyMatch(t -> t.is("und") && t.start() >= first.end() && t.end() <= second.start());
            long between = tokens.stream().filter(t -> t.start() >= first.end() && t.end() <= second.start()).count();
            if (joined && between <= 5 && first.actor() != second.actor()) {
                if (first.actor() == speaker) {
                    return second.actor();
                }
                if (second.actor() == speaker) {
                    return first.actor();
                }
            }
        }
        return null;
    }

    /**
     * A source inside a quotation's inquit ("„Es bleibt viel zu tun“, hatte Hartwig dem Boten zufolge gesagt") names
     * the channel of the quotation, not a second speaker: its "statement" would be the whole sentence, marks and
     * inquit included. Drops an indirect statement of this sentence that encloses a direct one and returns the
     * speaker of that quotation, who keeps the turn: "Zunächst müsse der Rat …" after it continues Hartwig, not the
     * channel. Null when nothing was dropped.
     */
    private Actor dropSourceAroundQuotation(int sentenceStart, int sentenceEnd) {
        List<Found> added = found.stream().filter(f -> f.start() >= sentenceStart && f.end() <= sentenceEnd).toList();
        Actor quoted = null;
        List<Found> enclosing = new ArrayList<>();
        for (Found outer : added) {
            for (Found inner : added) {
                if (outer.kind() == StatementKind.INDIRECT && inner.kind() == StatementKind.DIRECT
                        && outer.start() <= inner.start() && inner.end() <= outer.end()
                        && opensWithQuotationMarks(outer.start(), inner.start())) {
                    enclosing.add(outer);
                    quoted = inner.speaker();
                    break;
                }
            }
        }
        return found.removeAll(enclosing) ? quoted : null;
    }

    /**
     * Whether only quotation marks stand between {@code from} and {@code to}: the indirect statement opens with the
     * quotation. Reported speech that merely quotes a phrase ("Hartwig sagte, die Brücke sei „ein Meilenstein“")
     * keeps its own words before the quotation.
     */
    private boolean opensWithQuotationMarks(int from, int to) {
        return text.substring(from, to).strip().chars().allMatch(c -> QuoteMarks.isQuote((char) c));
    }

    /** "laut X …", "nach Angaben von X …", "X zufolge …": the statement is the rest of the sentence, or all of it. */
    private void source(int unit, Actor actor, boolean opensSentence, int attributionEnd, int bodyStart, int unitEnd) {
        if (actor == null) {
            lastSpeaker = null;
            lastUnit = unit;
            return;
        }
        int start = opensSentence ? clauses.skipPunctuation(attributionEnd) : bodyStart;
        citing = true;
        add(unit, actor, StatementKind.INDIRECT, start, unitEnd);
        citing = false;
        // "laut X" vouches for one sentence; the next one in the subjunctive is not X's without an attribution, but
        // one with "demnach" ("according to it") is.
        lastSpeaker = null;
        lastSource = actor;
        lastSourceUnit = unit;
    }

    /** The statement before an attribution: from the cursor (or a colon after it) to the comma. */
    private void before(int unit, Actor speaker, int from, int comma) {
        int start = from;
        for (int i = from; i < comma; i++) {
            if (text.charAt(i) == ':' && !quotations.contains(i)) {
                start = i + 1;
            }
        }
        TextSpan span = clauses.trimmed(start, comma);
        TextSpan quotation = quotations.around(span);
        if (quotation != null) {
            add(unit, speaker, StatementKind.DIRECT, quotation.start(), quotation.end());
        } else {
            add(unit, speaker, StatementKind.INDIRECT, span.start(), span.end());
        }
    }

    /**
     * A question of the reporter's between a speaker's words and the answer ("„Die Brücke wird fertig“, sagte Hartwig.
     * Und die Kosten? „Die tragen Bund und Land.“"): it names nobody and quotes nothing, so it keeps the speaker's
     * turn open for the sentence after it, as an interview's question does.
     */
    private boolean reportersQuestion(List<Token> tokens, int bodyStart, int unitEnd) {
        return tokens.get(tokens.size() - 1).is("?")
                && tokens.stream().noneMatch(token -> quotations.contains(token.start()))
                && mentions.stream().noneMatch(m -> m.start() >= bodyStart && m.end() <= unitEnd);
    }

    /** A sentence that is all quotation, or reported speech in the subjunctive, continues the last speaker. */
    private void continuation(int unit, List<Token> tokens, int bodyStart, int unitEnd) {
        TextSpan body = clauses.trimmed(bodyStart, unitEnd);
        Mention opening = mentions.stream().filter(m -> m.start() == body.start()).findFirst().orElse(null);
        if (opening != null && opening.actor() != lastSpeaker && !clauses.konjunktivIMainClause(tokens, 0)) {
            ownSubject(unit, tokens, opening, unitEnd);
            return;
        }
        TextSpan quotation = quotations.around(body);
        if (quotation != null) {
            add(unit, lastSpeaker, StatementKind.DIRECT, quotation.start(), quotation.end());
            return;
        }
        if (!clauses.declarative(tokens) || clauses.indicativeMainClause(tokens)) {
            return;
        }
        for (Token token : tokens) {
            if (!quotations.contains(token.start()) && GermanVerbs.continuesReportedSpeech(token.text())) {
                add(unit, lastSpeaker, StatementKind.INDIRECT, body.start(), body.end());
                return;
            }
        }
    }

    /**
     * A sentence that opens with another actor's name is not the last speaker's: "Wierzbicki sprach von einem Signal,
     * dass … möglich seien" reports Wierzbicki, with the subordinate clause in the subjunctive as his statement.
     */
    private void ownSubject(int unit, List<Token> tokens, Mention subject, int unitEnd) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is(",") && !quotations.contains(tokens.get(i).start())) {
                int from = tokens.get(i + 1).is("dass") && i + 2 < tokens.size() ? i + 2 : i + 1;
                boolean subjunctive = tokens.subList(from, tokens.size()).stream()
                        .anyMatch(t -> !quotations.contains(t.start()) && GermanVerbs.continuesReportedSpeech(t.text()));
                if (subjunctive && (tokens.get(i + 1).is("dass") || !ReportedClauses.relativeClause(tokens, i + 1))) {
                    add(unit, subject.actor(), StatementKind.INDIRECT, tokens.get(from).start(), unitEnd);
                }
                return;
            }
        }
        lastSpeaker = null; // someone else's sentence ends the last speaker's turn
    }

    private void add(int unit, Actor speaker, StatementKind kind, int start, int end) {
        additions++;
        lastSpeaker = speaker;
        lastUnit = unit;
        TextSpan span = kind == StatementKind.DIRECT ? new TextSpan(start, end) : clauses.trimmed(start, end);
        if (speaker == null || span.length() == 0) {
            return;
        }
        int dash = kind == StatementKind.INDIRECT ? clauses.clauseDash(span) : -1;
        List<TextSpan> parts = dash < 0 ? List.of(span)
                : List.of(clauses.trimmed(span.start(), dash), clauses.trimmed(dash + 1, span.end()));
        for (TextSpan part : parts) {
            found.add(new Found(speaker, kind, part.start(), part.end(), citing));
            if (partner != null && partner != speaker) {
                found.add(new Found(partner, kind, part.start(), part.end(), citing));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
    }


    /**
     * The speaker of "X sagte, …": a name right before the verb that is no object ("Hartwig sagte", "Ministerin Lena
     * Hartwig (SPD) sagte"), else a name right after it ("Dann sagte Hartwig"), else the nearest name before it.
     */
    private Actor subjectOf(List<Token> tokens, int verb, int verbEnd, int unit) {
        Mention appositive = openingWithApposition(tokens, verb);
        if (appositive != null) {
            return resolve(appositive, unit);
        }
        Mention nearestBefore = null;
        for (Mention mention : mentions) {
            if (mention.end() <= tokens.get(verb).start() && mention.start() >= tokens.get(0).start()
                    && !quotations.contains(mention.start()) && !inSourcePhrase(tokens, mention)) {
                nearestBefore = mention;
            }
        }
        for (Token pronoun : tokens.subList(0, verb)) {
            if (ReportedClauses.PRONOUNS.contains(pronoun.text()) && !quotations.contains(pronoun.start())
                    && (nearestBefore == null || pronoun.start() > nearestBefore.start())) {
                nearestBefore = new Mention(pronoun.start(), pronoun.end(), null);
            }
        }
        Mention after = subjectAfter(tokens, verb);
        boolean personAfter = after != null && verb + 1 < tokens.size() && after.start() == tokens.get(verb + 1).start()
                && (after.actor() == null || after.actor().type() == ActorType.PERSON);
        boolean organisationBefore = nearestBefore != null && nearestBefore.actor() != null
                && nearestBefore.actor().type() != ActorType.PERSON;
        if (nearestBefore != null && adjacent(tokens, nearestBefore, verb) && !afterPreposition(tokens, nearestBefore)
                && !(personAfter && organisationBefore)) {
            return resolve(nearestBefore, unit);
        }
        Mention described = verb < 2 ? null : GermanVerbs.isPluralOnly(tokens.get(verb).text())
                ? descriptions.group(tokens, 0, verb) : descriptions.speaker(tokens, 0);
        if (described != null && tokens.get(verb - 1).start() == described.start()) {
            // "Das Gericht teilte mit, dass …", "Die Ministerin sagte, …": a description opening the sentence right
            // before the verb is its subject, as one after the verb is ("sagte die Ministerin").
            return described.actor();
        }
        Mention opening = openingPerson(tokens, verb);
        if (opening != null && after != null && after.actor() != null && after.actor().type() != ActorType.PERSON) {
            // "Lena Hartwig von der Wasserwacht sagte dem Kreisboten, …": the person who opens the sentence fills
            // its Vorfeld, the one place before the finite verb, so she is the subject; the body after the verb is
            // its dative object, the one told (the mirror of "Dem Kreisboten sagte Hartwig").
            return opening.actor();
        }
        if (after != null) {
            return resolve(after, unit);
        }
        if (nearestBefore != null && nearestBefore.actor() != null && afterPreposition(tokens, nearestBefore)) {
            // "Der Rat hatte auf Drängen Hartwigs erklärt, …": a name in a prepositional phrase is no subject.
            return null;
        }
        if (nearestBefore != null && ReportedClauses.inSubordinateClause(tokens, tokenAt(tokens, nearestBefore.start()))) {
            return null; // "Nach Berichten, wonach Hartwig erkrankt sei, hatte ein Berater gesagt, …": not Hartwig
        }
        return nearestBefore == null ? null : resolve(nearestBefore, unit);
    }

    /**
     * A name that opens the sentence and is followed by a comma, with the verb after the clause that comma opens: "Lena
     * Hartwig, Leiterin der Kolberon-Werft, sagte …", "Die Stadtwerke, bei denen Wierzbicki Kunde ist, teilten mit …".
     * What stands between is an apposition or a relative clause about the name, so a name in it (the Werft, Wierzbicki)
     * is not the subject: the verb's subject is the name that opens the sentence. The main clause goes on after the
     * closing comma with its finite verb (the speech verb, or the auxiliary of its participle: "…, hatte angekündigt");
     * with no closing comma, the apposition runs up to the verb and has no finite verb of its own ("Lena Hartwig,
     * Leiterin der Werft erklärt: …", a comma the writer left out). Null for any other sentence.
     */
    private Mention openingWithApposition(List<Token> tokens, int verb) {
        if (verb < 3) {
            return null;
        }
        // The name opens the sentence, after at most an article and a noun of its own ("Die Aufsichtsbehörde Nordland").
        Mention opening = mentions.stream()
                .filter(m -> !quotations.contains(m.start()) && (m.start() == tokens.get(0).start()
                        || DEFINITE_ARTICLES.contains(tokens.get(0).text()) && (m.start() == tokens.get(1).start()
                        || m.start() == tokens.get(2).start() && Character.isUpperCase(tokens.get(1).text().charAt(0)))))
                .findFirst().orElse(null);
        if (opening == null) {
            return null;
        }
        int comma = tokenAt(tokens, opening.end());
        if (comma >= verb || !tokens.get(comma).is(",")) {
            return null;
        }
        int close = -1;
        int segment = comma + 1;
        for (int i = comma + 1; i < verb; i++) {
            Token token = tokens.get(i);
            if (quotations.contains(token.start()) || ReportedClauses.isBoundary(token) && !token.is(",")) {
                return null;
            }
            if (token.is(",")) {
                if (!appositionOrRelativeClause(tokens, segment, i)) {
                    return null;
                }
                close = i;
                segment = i + 1;
            }
        }
        if (close < 0) {
            return verb - comma <= 8 && appositionOrRelativeClause(tokens, comma + 1, verb) ? opening : null;
        }
        return close + 1 == verb || finiteVerb(tokens.get(close + 1)) ? opening : null;
    }

    /**
     * Whether tokens {@code [from, to)} between two commas are an apposition (no finite verb: "Leiterin der Werft") or
     * a relative clause (a relative word first, "die", "wo", "in dessen", and its finite verb last: "wo die Werft ihren
     * Sitz hat"); not a clause of reported speech ("Hartwig, die Leiterin, habe …").
     */
    private static boolean appositionOrRelativeClause(List<Token> tokens, int from, int to) {
        if (from >= to) {
            return false;
        }
        boolean verbInside = false;
        for (int i = from; i < to; i++) {
            verbInside |= finiteVerb(tokens.get(i));
        }
        if (!verbInside) {
            return true;
        }
        String first = tokens.get(from).text();
        boolean relative = opensRelativeClause(first) || from + 1 < to
                && ReportedClauses.PREPOSITIONS.contains(first) && opensRelativeClause(tokens.get(from + 1).text());
        return relative && finiteVerb(tokens.get(to - 1));
    }

    /** A relative pronoun ({@link ReportedClauses#RELATIVE_PRONOUNS}) or the relative adverb "wo" opens a relative clause. */
    private static boolean opensRelativeClause(String word) {
        return ReportedClauses.RELATIVE_PRONOUNS.contains(word) || "wo".equals(word);
    }

    private static boolean finiteVerb(Token token) {
        return Character.isLowerCase(token.text().charAt(0)) && GermanVerbs.isFiniteVerb(token.text());
    }

    /** "Der", "Die", "Das" opening a sentence before a name: "Die Stadtwerke, …". */
    private static final java.util.Set<String> DEFINITE_ARTICLES = java.util.Set.of("Der", "Die", "Das");

    private static int tokenAt(List<Token> tokens, int offset) {
        int at = 0;
        while (at < tokens.size() && tokens.get(at).end() <= offset) {
            at++;
        }
        return at;
    }

    /**
     * A person named as the sentence's first words, at the head of the phrase before the verb ("Hartwig von der
     * Wasserwacht sagte …"): a small word after the name (a preposition, the verb), no comma and no other finite verb
     * up to the verb. A capital word after the name makes it an attribute ("Hartwigs Sprecher sagte …").
     */
    private Mention openingPerson(List<Token> tokens, int verb) {
        Mention first = mentionIn(tokens, 0, verb, false);
        if (first == null || first.actor() == null || first.actor().type() != ActorType.PERSON
                || first.start() != tokens.get(0).start()) {
            return null;
        }
        int at = 0;
        while (at < verb && tokens.get(at).start() < first.end()) {
            at++;
        }
        if (at >= verb || !Character.isLowerCase(tokens.get(at).text().charAt(0))) {
            return null;
        }
        for (int i = at; i < verb; i++) {
            Token token = tokens.get(i);
            if (ReportedClauses.isBoundary(token) || token.is(",") || quotations.contains(token.start())
                    || Character.isLowerCase(token.text().charAt(0)) && GermanVerbs.isFiniteVerb(token.text())) {
                return null;
            }
        }
        return first;
    }

    /**
     * The speaker named after the verb, in its clause ("sagte Hartwig", "sagte die Ministerin Lena Hartwig", "sagte
     * er der Zeitung"): the first name or pronoun within a few words, unless a preposition makes it an object ("sagte
     * sie mit Blick auf Lindenau"). A person right after the verb wins over an organisation before it ("Der Zeitung
     * sagte Hartwig"), see {@link #subjectOf}.
     */
    private Mention subjectAfter(List<Token> tokens, int verb) {
        int end = Math.min(clauses.clauseEnd(tokens, verb + 1), verb + 1 + NAME_WINDOW + 2);
        Mention mention = mentionIn(tokens, verb + 1, end, true);
        if (mention != null && personsRoleCompound(mention)) {
            return null; // "weiß der Lindenau-Präsident": a person of the body, not the body, and not named
        }
        if (mention != null && (!afterPreposition(tokens, mention) || adverbialBefore(tokens, verb, mention))) {
            return mention;
        }
        if (mention != null && mention.actor().type() == ActorType.ORGANIZATION && outOf(tokens, mention)) {
            return mention;
        }
        // "erklärten die Experten": a plural verb's description names a group, which speaks for the body named last.
        if (GermanVerbs.isPluralOnly(tokens.get(verb).text())) {
            return descriptions.group(tokens, verb + 1, clauses.clauseEnd(tokens, verb + 1));
        }
        return descriptions.speaker(tokens, verb + 1, turn);
    }

    /**
     * Whether a person named after the verb follows nothing but an adverbial of a preposition and a bare noun: "„…“,
     * erklärt auf Nachfrage Lena Hartwig", "sagte zum Abschluss Hartwig". The inquit's subject then stands after the
     * adverbial, which has its noun already; an impersonal "es" ("hieß es aus …") leaves it the object it seems.
     */
    private boolean adverbialBefore(List<Token> tokens, int verb, Mention mention) {
        if (mention.actor() == null || mention.actor().type() != ActorType.PERSON || verb + 3 >= tokens.size()) {
            return false;
        }
        Token preposition = tokens.get(verb + 1);
        Token noun = tokens.get(verb + 2);
        return ReportedClauses.PREPOSITIONS.contains(preposition.text()) && Character.isUpperCase(noun.text().charAt(0))
                && GermanLexicon.isCommonNoun(noun.text()) && tokens.get(verb + 3).start() == mention.start();
    }

    /**
     * Whether the name is the source of the sentence ("laut Hartwig", "nach Angaben der Stadtwerke"), not the
     * subject of its verb: "Experten des Instituts hatten nach Angaben des Ministeriums bestätigt, dass …" is the
     * institute's statement, which the ministry reports.
     */
    private boolean inSourcePhrase(List<Token> tokens, Mention mention) {
        int at = 0;
        while (at < tokens.size() && tokens.get(at).end() <= mention.start()) {
            at++;
        }
        for (int i = at - 1; i >= Math.max(0, at - NAME_WINDOW); i--) {
            String word = tokens.get(i).text();
            if (word.equalsIgnoreCase("laut") || SourcePhrases.isAngaben(tokens, i)) {
                return true;
            }
            if (ReportedClauses.isBoundary(tokens.get(i)) || Character.isLowerCase(word.charAt(0)) && GermanVerbs.isFiniteVerb(word)) {
                return false;
            }
        }
        return false;
    }

    /** Only punctuation or a bracket ("(SPD)") between the name and the verb. */
    private boolean adjacent(List<Token> tokens, Mention mention, int verb) {
        boolean inBrackets = false;
        for (Token token : tokens.subList(0, verb)) {
            if (token.start() < mention.end()) {
                continue;
            }
            if (token.is("(")) {
                inBrackets = true;
            } else if (token.is(")")) {
                inBrackets = false;
            } else if (!inBrackets && !token.is(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an organisation is named as the place a report comes out of: "…, hieß es aus dem Rathaus", "verlautete
     * aus der Stadtverwaltung". With no subject after the speech verb, that body is the source ("hieß es" alone names
     * nobody and stays left out).
     */
    private static boolean outOf(List<Token> tokens, Mention mention) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).end() <= mention.start()) {
            i++;
        }
        int back = i - 1;
        if (back >= 0 && ARTICLES_AFTER_AUS.contains(tokens.get(back).text())) {
            back--;
        }
        return back >= 0 && tokens.get(back).text().equalsIgnoreCase("aus");
    }

    /** The words that join two names into one phrase: "Hartwig und Wierzbicki". */
    private static final java.util.Set<String> COORDINATORS = java.util.Set.of("und", "oder", "sowie");

    /** The dative articles after "aus": "aus dem Rathaus", "aus der Partei", "aus den Ländern". */
    private static final java.util.Set<String> ARTICLES_AFTER_AUS = java.util.Set.of("dem", "der", "den");

    private static String lower(String word) {
        return word.toLowerCase(java.util.Locale.ROOT);
    }

    private boolean afterPreposition(List<Token> tokens, Mention mention) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).end() <= mention.start()) {
            i++;
        }
        for (int back = i - 1; back >= Math.max(0, i - 2); back--) {
            String word = tokens.get(back).text();
            if (ReportedClauses.PREPOSITIONS.contains(word) || back == 0 && !ARTICLES_AFTER_AUS.contains(lower(word))
                    && !lower(word).equals("des") && ReportedClauses.PREPOSITIONS.contains(lower(word))) {
                return true; // also one that opens the sentence: "An Ministerin Hartwig wandte sie sich: …"
            }
            if (COORDINATORS.contains(word) && back > 0) {
                // "von der Stadt und Ministerin Hartwig": joined to a prepositional object, the name is one too.
                Token before = tokens.get(back - 1);
                Mention joined = mentions.stream().filter(m -> m.end() == before.end()).findFirst().orElse(null);
                return joined != null && joined.start() < mention.start() && afterPreposition(tokens, joined);
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                return false; // only a title ("mit Ministerin Hartwig") may stand between
            }
        }
        return false;
    }

    /**
     * The first name (or, when {@code pronouns}, a pronoun) among tokens {@code [from, to)}, outside quotations.
     */
    private Mention mentionIn(List<Token> tokens, int from, int to, boolean pronouns) {
        if (from >= to || from >= tokens.size()) {
            return null;
        }
        int start = tokens.get(from).start();
        int end = tokens.get(Math.min(to, tokens.size()) - 1).end();
        Mention first = null;
        for (Mention mention : mentions) {
            if (mention.start() >= start && mention.end() <= end && !quotations.contains(mention.start())) {
                first = personInRoleCompound(mention, end);
                break;
            }
        }
        if (pronouns) {
            for (int i = from; i < Math.min(to, tokens.size()); i++) {
                Token token = tokens.get(i);
                if (ReportedClauses.PRONOUNS.contains(token.text()) && (first == null || token.start() < first.start())) {
                    return new Mention(token.start(), token.end(), null);
                }
            }
        }
        return first;
    }

    /**
     * The person a role compound built on an organisation's name introduces: "sagte Waldwerk-Chefin Lena Hartwig",
     * "der Lindenau-Abgeordnete Tomasz Wierzbicki". German puts the body into the first part of the compound and the
     * person's name right after it; the body only qualifies the role, so the person is who is named. The mention
     * itself otherwise (no hyphen after it, or no person named right after the compound).
     */
    private Mention personInRoleCompound(Mention mention, int limit) {
        if (mention.actor() == null || mention.actor().type() == ActorType.PERSON || mention.end() >= text.length()
                || text.charAt(mention.end()) != '-') {
            return mention;
        }
        for (Mention person : mentions) {
            if (person.start() > mention.end() && person.end() <= limit && person.actor().type() == ActorType.PERSON
                    && ROLE_COMPOUND_TAIL.matcher(text.substring(mention.end(), person.start())).matches()) {
                return person;
            }
        }
        return mention;
    }

    /**
     * Whether a body's name is the first part of a compound that names a person of it, with no name after it ("der
     * Kolberon-Präsident"): the speaker is that person, whom the description alone does not identify. A compound on
     * a spokesperson ("Kolberon-Sprecher") or an institution's word ("Kolberon-Konzern") still speaks for the body.
     */
    private boolean personsRoleCompound(Mention mention) {
        if (mention.actor() == null || mention.actor().type() == ActorType.PERSON || mention.end() >= text.length()
                || text.charAt(mention.end()) != '-' || personInRoleCompound(mention, text.length()) != mention) {
            return false;
        }
        int end = mention.end() + 1;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        String head = text.substring(mention.end() + 1, end).toLowerCase(java.util.Locale.ROOT);
        return !head.isEmpty() && Character.isUpperCase(text.charAt(mention.end() + 1)) && !head.contains("sprecher")
                && DescriptionSpeakers.INSTITUTION_HEADS.stream().noneMatch(head::endsWith)
                && personNoun(text.substring(mention.end() + 1, end));
    }

    /**
     * Whether a noun names a person by the German feminine in -in ("Präsident" / "Präsidentin", "Chef" / "Chefin"),
     * which the dictionary has for nouns of persons and not for things ("Bezirk", "Zentrale").
     */
    private static boolean personNoun(String noun) {
        if (noun.endsWith("in") && noun.length() > 4 && GermanLexicon.isCommonNoun(noun.substring(0, noun.length() - 2))) {
            return GermanLexicon.isCommonNoun(noun);
        }
        return GermanLexicon.isCommonNoun(noun) && GermanLexicon.lookup(noun + "in").known();
    }

    /** What joins a body's name to the person after it in a role compound: "-Chefin ", "-Landesvorsitzende ". */
    private static final java.util.regex.Pattern ROLE_COMPOUND_TAIL = java.util.regex.Pattern.compile("-[\\p{L}-]*\\p{Ll}\\s+");

    /**
     * A pronoun means the last speaker when there is one nearby, else the last person named before it. A speaker of
     * no known kind counts as a person here: whoever was just the subject of a speech verb is who "sie" means next.
     */
    private Actor resolve(Mention mention, int unit) {
        if (mention.actor() != null) {
            return mention.actor();
        }
        if (personNamedSinceLastActor(mention.start())) {
            return null; // "Ole Brink (77) blättert im Katalog. „…“, sagt er.": he is Brink, who is no actor
        }
        if (lastSpeaker != null && (lastSpeaker.type() == ActorType.PERSON || lastSpeaker.type() == ActorType.OTHER)
                && unit - lastUnit <= 2) {
            return lastSpeaker;
        }
        Actor person = null;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention earlier = mentions.get(i);
            if (earlier.start() >= mention.start() || earlier.actor().type() != ActorType.PERSON
                    || inCompound(earlier)) {
                continue;
            }
            if (person == null) {
                person = earlier.actor();
            }
            // "Auf die Arbeit mit dem neuen Chef Wierzbicki freue sie sich": "sie" is not the object named last.
            if (!ObjectPositions.isObject(text, earlier.start())) {
                return earlier.actor();
            }
        }
        if (person != null) {
            return person;
        }
        Actor unknownKind = lastOfNoKnownKind(mention.start());
        if (unknownKind != null) {
            return unknownKind;
        }
        // With no person named at all before it, "er", "sie", "es" take up the body that opens the sentence before as
        // its subject, by grammatical gender as German does: "Die Kammer hat ein Papier vorgelegt. Darin fordert sie,
        // dass …" is the Kammer's.
        if (takingUpSubject) {
            return null; // the sentence before opens with a pronoun too: its own referent is not looked up again
        }
        takingUpSubject = true;
        try {
            Actor subject = previousSubject(unit);
            return subject != null && subject.type() == ActorType.ORGANIZATION ? subject : null;
        } finally {
            takingUpSubject = false;
        }
    }

    /** Set while a pronoun looks for the subject of the sentence before, whose opening may be a pronoun as well. */
    private boolean takingUpSubject;

    /**
     * With no person named before a pronoun, the actor of no known kind named last before it ("Von der Aue", a
     * surname the engine could not type): "er" and "sie" then mean the one who may be a person, not a body.
     */
    private Actor lastOfNoKnownKind(int at) {
        Actor last = null;
        for (Mention earlier : mentions) {
            if (earlier.start() >= at) {
                break;
            }
            if (earlier.actor().type() == ActorType.OTHER && !quotations.contains(earlier.start()) && !inCompound(earlier)) {
                last = earlier.actor();
            }
        }
        return last;
    }

    /**
     * Whether a person who is no actor is named, by first name and surname, after the last actor that is a person
     * and before {@code at}: a pronoun then means that person, the last one named, and the
     * statement has no speaker among the actors. The dictionary's first names tell a person from other words.
     */
    private boolean personNamedSinceLastActor(int at) {
        int from = 0;
        for (Mention earlier : mentions) {
            if (earlier.start() >= at) {
                break;
            }
            if (earlier.actor().type() == ActorType.PERSON) {
                from = earlier.end();
            }
        }
        java.util.regex.Matcher name = FULL_NAME.matcher(text).region(Math.max(from, at - 600), at);
        while (name.find()) {
            int start = name.start();
            if ((GermanLexicon.isFirstName(name.group(1)) || name.group(2) != null) && !quotations.contains(start)
                    && mentions.stream().noneMatch(m -> m.start() <= start && start < m.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A first name and a surname ("Ole Brink"), the first name known to the dictionary, or any two such words with an
     * age in brackets after them ("Jorunn Brink (77)"), the press's way of introducing a private person.
     */
    private static final java.util.regex.Pattern FULL_NAME =
            java.util.regex.Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\s+\\p{Lu}\\p{Ll}+( \\(\\d{1,3}\\))?");

    /**
     * Whether the name is joined by a hyphen to a word before or after it: "die Wierzbicki-Festspiele", "der
     * Hartwig-Plan" name a thing after the person, and a pronoun after them does not mean the person.
     */
    private boolean inCompound(Mention mention) {
        boolean before = mention.start() >= 2 && text.charAt(mention.start() - 1) == '-'
                && Character.isLetterOrDigit(text.charAt(mention.start() - 2));
        boolean after = mention.end() + 1 < text.length() && text.charAt(mention.end()) == '-'
                && Character.isLetter(text.charAt(mention.end() + 1));
        return before || after;
    }

    /** ", so X." : nothing but the name's words between the name and the end of the clause. */
    /**
     * A quotation right after the comma that ends "so X": "Die Brücke werde teurer, so Hartwig, „aber sie kommt“"
     * goes on in the speaker's own words after the interruption.
     */
    private TextSpan quotationAfterComma(List<Token> tokens, int nameEnd) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).start() >= nameEnd) {
                return tokens.get(i).is(",") ? quotations.openingAt(tokens.get(i + 1).start()) : null;
            }
        }
        return null;
    }

    /**
     * The person named last in a verbless "so"-phrase that runs to the end of the sentence: "…, so der Geschäftsführer
     * des Kolberon-Bezirks, Ole Brink." The description before the name has names of its own (the body it leads); the
     * person in apposition at the end is who speaks. Null when a finite verb or quotation stands in the phrase.
     */
    private Mention nameClosingSo(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && !(ReportedClauses.isBoundary(tokens.get(end)) && !tokens.get(end).is(","))) {
            if (finiteVerb(tokens.get(end)) || quotations.contains(tokens.get(end).start()) || end - from > 12) {
                return null;
            }
            end++;
        }
        int limit = end < tokens.size() ? tokens.get(end).start() : text.length();
        Mention person = null;
        for (Mention mention : mentions) {
            if (mention.start() >= tokens.get(from).start() && mention.end() <= limit
                    && mention.actor().type() == ActorType.PERSON) {
                person = mention;
            }
        }
        // The name stands in apposition, after a comma: "so der Geschäftsführer des Bezirks, Ole Brink".
        int at = person == null ? 0 : tokenAt(tokens, person.start());
        return at > from && tokens.get(at - 1).is(",") ? person : null;
    }

    /**
     * Whether only adverbials stand between the name after "so" and the end of the sentence: "…, so Hartwig am Montag
     * in einem Interview." No finite verb before or after the name (that would make it the subject of a clause of its
     * own), no quotation,
     * no comma, and at most six words.
     */
    private boolean adverbialsToEnd(List<Token> tokens, int so, Mention mention) {
        for (int i = so + 1; i < tokens.size() && tokens.get(i).end() <= mention.start(); i++) {
            if (finiteVerb(tokens.get(i))) {
                return false; // "…, so tut sich der Rat schwer damit": "so" opens a main clause, no attribution
            }
        }
        int from = tokenAt(tokens, mention.end());
        int end = from;
        while (end < tokens.size() && !ReportedClauses.isBoundary(tokens.get(end))) {
            if (finiteVerb(tokens.get(end)) || quotations.contains(tokens.get(end).start())) {
                return false;
            }
            end++;
        }
        return end - from <= 6 && (end == tokens.size() || !tokens.get(end).is(","));
    }

    private boolean clauseEndsAfter(List<Token> tokens, Mention mention) {
        for (Token token : tokens) {
            if (token.start() >= mention.end()) {
                return ReportedClauses.isBoundary(token) || token.is("(");
            }
        }
        return true;
    }

    /**
     * A line without closing punctuation is a heading, not prose. A closing quotation mark is no sentence end of its
     * own: a sentence of prose ends in a full stop, inside the marks („Wir bauen.“) or after them (… „bald“.), so a
     * line ending in marks with none before them is a heading that quotes ("Hartwig: „Wir bauen weiter“", a
     * sub-heading „Wir bauen weiter“ that repeats a quotation of the text below). A bracket at the end is no sentence
     * end either: a credit line "Lena Hartwig: „Die Brücke“ (Nordverlag)" names a book, it quotes nobody.
     */
    static boolean isHeading(String unit) {
        String end = unit.replaceAll("\\s*\\([^()]*\\)$", "").replaceAll("[\"“”»«'’]+$", "");
        return !end.isEmpty() && ".!?…:)".indexOf(end.charAt(end.length() - 1)) < 0
                && !unit.matches("(?s).*[.!?…][\"“”»«]?\\s.*");
    }
}
