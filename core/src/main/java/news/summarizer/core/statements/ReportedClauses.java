package news.summarizer.core.statements;

import java.util.List;
import java.util.Set;
import news.summarizer.core.text.GermanLexicon;
import news.summarizer.core.text.GermanTokens;
import news.summarizer.core.text.TextSpan;

/**
 * The statement finder's clause grammar: where a speech verb is and where its clause ends, whether the clause before
 * or after it is what was said (a dass-clause, the subjunctive of reported speech, a zu-infinitive, a quotation) or
 * something else (a relative clause on the object, a passive, a second verb), and the spans of the words said. It
 * reads the text, its quotations and where the actors are named; whom a statement belongs to is the finder's.
 */
final class ReportedClauses {

    /** Words that make the name after them an object, not the speaker ("nach dem Treffen mit Hartwig sagte …"). */
    static final Set<String> PREPOSITIONS = Set.of("mit", "von", "vom", "bei", "beim", "nach", "für", "gegen",
            "über", "zu", "zum", "zur", "an", "am", "auf", "aus", "in", "im", "unter", "vor", "hinter", "neben", "wegen",
            "angesichts",
            "laut", "seit", "durch", "ohne", "um", "dem", "den", "des");
    /** The pronouns that may stand for a speaker ("sagte sie"). */
    static final Set<String> PRONOUNS = Set.of("er", "sie", "Er", "Sie");
    /** Pronouns a finite verb follows in a clause: after them an adjective cannot stand ("er sichere sich"). */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("er", "sie", "es", "man", "Er", "Sie", "Es", "Man");
    static final Set<String> RELATIVE_PRONOUNS = Set.of("der", "die", "das", "dem", "den", "deren", "dessen",
            "denen", "welche", "welcher", "welches");
    private static final Set<String> PASSIVE = Set.of("wurde", "wurden", "wird", "werden", "worden");
    /** Words that open a subordinate clause that is no statement ("…, sagte Hartwig, als sie …"). */
    private static final Set<String> SUBORDINATORS = Set.of("als", "wenn", "weil", "nachdem", "bevor", "während",
            "obwohl", "damit", "um", "wo", "sodass", "indem", "ohne", "statt", "bis", "seit", "falls", "sofern", "und",
            "oder", "aber", "sondern", "wie", "was", "welche", "welcher", "deren", "dessen");

    /**
     * The conjunctions of content clauses (a closed class): such a clause says what is reported or said, so a name in
     * it is what the report is about, not who speaks. Not the temporal or causal ones: in "Als die Bank ihren Anteil
     * erhöhte, erklärte man, …" the name in the als-clause is the one "man" stands for.
     */
    private static final Set<String> SUBORDINATING_CONJUNCTIONS = Set.of("dass", "ob", "wonach");

    /**
     * Whether the token at {@code at} stands in a subordinate clause that its sentence or a comma opens with a
     * content-clause conjunction or (after a comma) a relative pronoun: "Nach Berichten, wonach Hartwig erkrankt sei,
     * hatte ein Berater gesagt, …" names Hartwig in the wonach-clause, not as the one who said it.
     */
    static boolean inSubordinateClause(List<Token> tokens, int at) {
        int opener = 0;
        for (int i = at - 1; i >= 0; i--) {
            if (isBoundary(tokens.get(i))) {
                opener = i + 1;
                break;
            }
        }
        if (opener >= at) {
            return false;
        }
        String word = tokens.get(opener).text().toLowerCase(java.util.Locale.ROOT);
        return SUBORDINATING_CONJUNCTIONS.contains(word) || opener > 0 && RELATIVE_PRONOUNS.contains(word);
    }

    /** The negations that deny a saying: "nicht sagen", "nie erklärt". */
    private static final Set<String> NEGATIONS = Set.of("nicht", "nie", "niemals");
    private static final java.util.regex.Pattern SPACED_DASH = java.util.regex.Pattern.compile(" [-–—] ");
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+");

    private final String text;
    private final QuotationSpans quotations;
    private final List<Mention> mentions;

    ReportedClauses(String text, QuotationSpans quotations, List<Mention> mentions) {
        this.text = text;
        this.quotations = quotations;
        this.mentions = mentions;
    }

    /** The index of the speech verb's last token (its particle, if any), or -1 when token {@code i} is none. */
    int speechVerbEnd(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (Character.isUpperCase(token.text().charAt(0)) && i > 0) {
            return -1; // "Klagen", "Bitten": nouns
        }
        if (i >= 2 && tokens.get(i - 1).is(",") && closesQuotation(tokens.get(i - 2))
                && Character.isLowerCase(token.text().charAt(0)) && GermanVerbs.isFiniteVerb(token.text())) {
            return i; // "„…“, freute sich Hartwig": right after a quotation any verb is the inquit
        }
        if (i >= 2 && tokens.get(i - 1).is(",") && Character.isLowerCase(token.text().charAt(0))
                && GermanVerbs.isFiniteVerb(token.text()) && subjunctiveBefore(tokens, i - 1)
                && speakerRightAfter(tokens, i)) {
            return i; // "Die Brücke sei fertig, glaubt Hartwig": after reported speech any verb is the inquit too
        }
        if (i > 0 && NEGATIONS.contains(tokens.get(i - 1).text())) {
            return -1; // "Ob es klappt, könne man nicht sagen.": a saying denied right before its verb reports nothing
        }
        for (SpeechVerbs.Reading reading : SpeechVerbs.readings(token.text())) {
            if (reading.lemma().equals("heißen") && !impersonal(tokens, i)) {
                continue; // "wie die Satzung amtlich heißt" names a thing; only "es heißt", "hieß es" report speech
            }
            if (reading.particle().isEmpty()) {
                return i;
            }
            for (int j = i + 1; j < tokens.size() && !isBoundary(tokens.get(j)); j++) {
                if (tokens.get(j).is(reading.particle()) && (j + 1 == tokens.size() || isBoundary(tokens.get(j + 1)))) {
                    return negated(tokens, i, j) ? -1 : j;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the clause before the comma at {@code comma} reports speech by its mood: a verb in the subjunctive that
     * the reporter uses for someone else's words ({@link GermanVerbs#continuesReportedSpeech}: "sei", "könnten"; not
     * the "könnte" of a conjecture), outside quotations, in a main clause: not in one opened by a subordinator or a
     * relative pronoun ("Erst spät, als alles entschieden gewesen sei, kam sie." reports nobody).
     */
    private boolean subjunctiveBefore(List<Token> tokens, int comma) {
        int from = comma - 1;
        while (from > 0 && !(isBoundary(tokens.get(from - 1)) && !quotations.contains(tokens.get(from - 1).start()))) {
            from--;
        }
        if (from >= comma || SUBORDINATORS.contains(tokens.get(from).text())
                || RELATIVE_PRONOUNS.contains(tokens.get(from).text())) {
            return false;
        }
        for (int j = from; j < comma; j++) {
            if (!quotations.contains(tokens.get(j).start()) && GermanVerbs.continuesReportedSpeech(tokens.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb is followed by its subject, a name or a pronoun, and then by the end of its clause
     * ("…, glaubt Hartwig.", "…, hofft sie am Ende:"): the shape of an inquit, which no verb of the reporter's has.
     */
    private boolean speakerRightAfter(List<Token> tokens, int verb) {
        if (verb + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(verb + 1);
        boolean named = PRONOUNS.contains(next.text()) || mentions.stream().anyMatch(m -> m.start() == next.start());
        if (!named) {
            return false;
        }
        int end = clauseEnd(tokens, verb + 1);
        for (int j = verb + 1; j < end; j++) {
            String word = tokens.get(j).text();
            if (Character.isLowerCase(word.charAt(0)) && GermanVerbs.isFiniteVerb(word)) {
                return false; // a second verb: "…, glaubt Hartwig, werde …" is no inquit of its own
            }
        }
        return true;
    }

    /**
     * Whether a main clause whose verb is a Konjunktiv I starts at {@code from}: the first finite verb, before any
     * comma and outside quotations, is one ("Die Brücke werde teurer", "Es gebe keine Pläne"), and no subordinator
     * or relative pronoun opens the clause.
     */
    boolean konjunktivIMainClause(List<Token> tokens, int from) {
        if (SUBORDINATORS.contains(tokens.get(from).text()) || RELATIVE_PRONOUNS.contains(tokens.get(from).text())
                || quotations.contains(tokens.get(from).start())) {
            return false;
        }
        for (int i = from; i < tokens.size() && !isBoundary(tokens.get(i)); i++) {
            String word = tokens.get(i).text();
            if (!quotations.contains(tokens.get(i).start()) && Character.isLowerCase(word.charAt(0))
                    && GermanVerbs.isFiniteVerb(word)) {
                return GermanVerbs.isKonjunktivI(word);
            }
        }
        return false;
    }

    /**
     * Whether the sentence's main clause (its first clause) has its finite verb in the indicative only: "Seine Frau
     * blättert in einem Album, das gut passen würde." is the reporter's, though a Konjunktiv follows in the relative
     * clause; reported speech carries its Konjunktiv in the main clause, or in a main clause after a comma that the
     * first one introduces.
     */
    boolean indicativeMainClause(List<Token> tokens) {
        for (int i = 0; i < tokens.size() && !isBoundary(tokens.get(i)); i++) {
            String word = tokens.get(i).text();
            if (!quotations.contains(tokens.get(i).start()) && Character.isLowerCase(word.charAt(0))
                    && GermanVerbs.isFiniteVerb(word)) {
                return GermanVerbs.isIndicativeOnly(word) && !reportedClauseAfterComma(tokens, i);
            }
        }
        return false;
    }

    /**
     * A main clause in the Konjunktiv I after a comma: what an indicative main clause reports ("Der Verein hatte
     * bemängelt, der Rat habe …"), unlike a relative clause ("…, das gut passen würde").
     */
    private boolean reportedClauseAfterComma(List<Token> tokens, int from) {
        for (int i = from; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is(",") && konjunktivIMainClause(tokens, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence (outside its quotations) is a statement of fact in its form, which reported speech is: not a
     * question ("Was würde die Stadt dann tun?", the reporter's) and not a conditional that opens with its verb ("Hätte
     * der Rat zugestimmt, wäre die Brücke fertig.", the reporter's irrealis, whose Konjunktiv II is no reported speech).
     */
    boolean declarative(List<Token> tokens) {
        Token last = null;
        for (Token token : tokens) {
            if (!quotations.contains(token.start())) {
                last = token;
            }
        }
        if (last != null && last.is("?")) {
            return false;
        }
        String first = tokens.get(0).text();
        return !(Character.isUpperCase(first.charAt(0)) && GermanVerbs.isFiniteVerb(first) && onlyVerb(first)
                && !GermanLexicon.lookup(first).known());
    }

    /** Whether the dictionary knows {@code word}, in small letters, as nothing but a verb ("hätte"; not "eine"). */
    private static boolean onlyVerb(String word) {
        return GermanLexicon.lookup(word.toLowerCase(java.util.Locale.ROOT)).readings().stream()
                .allMatch(reading -> reading.tag() != null && reading.tag().startsWith("VER"));
    }

    /** Whether an "es" stands in the verb's clause: "hieß es", "wie es in der Mitteilung heißt". */
    private boolean impersonal(List<Token> tokens, int verb) {
        for (int j = verb - 1; j >= 0 && !isBoundary(tokens.get(j)); j--) {
            if (tokens.get(j).text().equalsIgnoreCase("es")) {
                return true;
            }
        }
        for (int j = verb + 1; j < tokens.size() && !isBoundary(tokens.get(j)); j++) {
            if (tokens.get(j).is("es")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a negation stands between a separable speech verb and its particle: "Er führte die Zahlen nicht aus, …" says
     * that he did not elaborate, so what follows the comma is the writer's, not his.
     */
    static boolean negated(List<Token> tokens, int verb, int particle) {
        for (int j = verb + 1; j < particle; j++) {
            if (tokens.get(j).is("nicht") || tokens.get(j).is("nie") || tokens.get(j).is("niemals")) {
                return true;
            }
        }
        return false;
    }

    /** A closing quote mark that ends one of the quotations. */
    boolean closesQuotation(Token token) {
        return token.text().length() == 1 && quotations.all().stream().anyMatch(q -> q.end() == token.start());
    }

    /**
     * The "wie" of an inquit clause with its verb last ("…, wie Hartwig am Montag sagte."): the index of "wie" right
     * after a comma, with no boundary between it and the verb, which closes its clause; -1 when there is none.
     */
    int wieBefore(List<Token> tokens, int verb, int verbEnd) {
        if (verbEnd + 1 < tokens.size() && !isBoundary(tokens.get(verbEnd + 1))) {
            return -1;
        }
        for (int i = verb - 1; i > 0; i--) {
            if (isBoundary(tokens.get(i))) {
                return -1;
            }
            if (tokens.get(i).is("wie") && tokens.get(i - 1).is(",") && !quotations.contains(tokens.get(i).start())) {
                return i;
            }
        }
        return -1;
    }

    /** A clause in the subjunctive of reported speech that is neither a relative nor an adverbial clause. */
    boolean subjunctiveClause(List<Token> tokens, int from) {
        if (SUBORDINATORS.contains(tokens.get(from).text()) || relativeClause(tokens, from)) {
            return false;
        }
        for (int i = from; i < tokens.size() && !isBoundary(tokens.get(i)); i++) {
            String word = tokens.get(i).text();
            boolean afterPronoun = i > 0 && SUBJECT_PRONOUNS.contains(tokens.get(i - 1).text());
            if (!quotations.contains(tokens.get(i).start()) && (GermanVerbs.reportsSpeech(word)
                    || afterPronoun && GermanVerbs.isVerbalKonjunktivI(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a statement after "X sagte:" ends: at a second attribution in the same sentence ("X kündigte an: A,
     * sagte X weiter"), else at the sentence end.
     */
    int attributionAfter(List<Token> tokens, int from, int unitEnd) {
        for (int i = from; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is(",") && !quotations.contains(tokens.get(i).start())
                    && (speechVerbEnd(tokens, i + 1) >= 0 || tokens.get(i + 1).is("so"))) {
                return tokens.get(i).start();
            }
        }
        return unitEnd;
    }

    /**
     * "Hartwig sagte, …", "In ihrem Blog schrieb Hartwig, …": nothing but the speaker between verb and comma, so the
     * clause after the comma can only be what was said, in the indicative too. ("Hartwig kritisierte die Pläne, die …"
     * has an object the clause may belong to.)
     */
    boolean onlySpeakerBetween(List<Token> tokens, int verbEnd, int comma) {
        for (int i = verbEnd + 1; i < comma; i++) {
            Token token = tokens.get(i);
            boolean named = PRONOUNS.contains(token.text())
                    || mentions.stream().anyMatch(m -> m.start() <= token.start() && token.end() <= m.end());
            if (!named) {
                return false;
            }
        }
        return SUBORDINATORS.stream().noneMatch(word -> comma + 1 < tokens.size() && tokens.get(comma + 1).is(word));
    }

    /**
     * "Hartwig wurde vorgeschlagen, …" is said of Hartwig, not by her; "Hartwig warnte und musste sich fragen, ob …"
     * leaves the speech verb's clause before the comma.
     */
    boolean passiveOrCoordinated(List<Token> tokens, int verb, int comma) {
        for (int i = verb + 1; i < comma; i++) {
            if (tokens.get(i).is("und") || tokens.get(i).is("sowie")) {
                // A second verb after "und" leaves the speech verb's clause; nouns after it ("mahnte Bund und Länder,
                // …") are its objects, and the clause after the comma is still what was said.
                for (int j = i + 1; j < comma; j++) {
                    String word = tokens.get(j).text();
                    if (Character.isLowerCase(word.charAt(0)) && GermanVerbs.isFiniteVerb(word)) {
                        return true;
                    }
                }
            }
        }
        if (!SpeechVerbs.isParticiple(tokens.get(verb).text())) {
            return false;
        }
        for (int i = verb - 1; i >= 0 && !isBoundary(tokens.get(i)); i--) {
            if (PASSIVE.contains(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** What precedes ", sagte X" is a statement when it is a quotation or a clause with a finite verb. */
    boolean statementBefore(int start, int end, List<Token> tokens) {
        TextSpan span = trimmed(start, end);
        if (span.length() == 0) {
            return false;
        }
        if (quotations.around(span) != null) {
            return true;
        }
        String segment = text.substring(span.start(), span.end());
        String first = segment.split("[\\s,]+", 2)[0];
        String head = segment.split(",", 2)[0];
        if (PREPOSITIONS.contains(first.toLowerCase(java.util.Locale.ROOT)) && segment.contains(",")
                && java.util.Arrays.stream(head.split("\\s+")).noneMatch(word -> !word.isEmpty()
                && Character.isLowerCase(word.charAt(0)) && GermanVerbs.isFiniteVerb(word))) {
            return false; // "Zur Frage, ob …, sagte X:" is an adverbial (no verb before its comma), not what X said
        }
        for (Token token : tokens) {
            if (token.start() >= span.start() && token.end() <= span.end() && Character.isLowerCase(token.text().charAt(0))
                    && GermanVerbs.isFiniteVerb(token.text())) {
                return true;
            }
        }
        return false;
    }

    /** A clause after "X sagte," that reports speech: "dass"/"ob", a subjunctive, a zu-infinitive, after "Wie X sagte". */
    boolean reportedClause(List<Token> tokens, int from, boolean afterWie) {
        if (afterWie || tokens.get(from).is("dass") || tokens.get(from).is("ob")) {
            return true;
        }
        int last = tokens.size() - 1;
        while (last > from && !Character.isLetter(tokens.get(last).text().charAt(0))) {
            last--;
        }
        if (last > from && (tokens.get(last - 1).is("zu") || GermanVerbs.isZuInfinitive(tokens.get(last).text()))) {
            return true; // "X forderte, die Arbeiten … zu planen", "X sagte zu, die Bedenken aufzunehmen"
        }
        if (relativeClause(tokens, from)) {
            return false; // "X warnte vor Eingriffen in die Aue, die Lebensraum seltener Arten sei"
        }
        for (int i = from; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!quotations.contains(token.start()) && GermanVerbs.reportsSpeech(token.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A clause that opens with a d-word and has its first finite verb last is a relative clause on the object before
     * the comma ("…, die Lebensraum seltener Arten sei"), not reported speech ("…, die Brücke sei fertig").
     */
    static boolean relativeClause(List<Token> tokens, int from) {
        if (!RELATIVE_PRONOUNS.contains(tokens.get(from).text())) {
            return false;
        }
        int last = tokens.size() - 1;
        while (last > from && !Character.isLetter(tokens.get(last).text().charAt(0))) {
            last--;
        }
        for (int i = from + 1; i < last; i++) {
            String word = tokens.get(i).text();
            if (Character.isLowerCase(word.charAt(0)) && GermanVerbs.isFiniteVerb(word)) {
                return false;
            }
        }
        return true;
    }

    boolean hasFiniteVerb(TextSpan span) {
        for (TextSpan token : GermanTokens.tokenize(span.of(text))) {
            String word = token.of(span.of(text));
            if (Character.isLowerCase(word.charAt(0)) && GermanVerbs.isFiniteVerb(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a spaced dash joins two clauses of reported speech, each with its own verb in the subjunctive ("Das sei
     * keine Kleinigkeit - in der Partei seien Wunden geblieben"): two statements, as two sentences would be. The
     * offset of the dash, or -1 (a dash inside a quotation, or before words with no subjunctive of their own, is none).
     */
    int clauseDash(TextSpan span) {
        java.util.regex.Matcher dash = SPACED_DASH.matcher(text).region(span.start(), span.end());
        while (dash.find()) {
            int at = dash.start() + 1;
            if (!quotations.contains(at) && reportsIn(span.start(), at) && reportsIn(at + 1, clauseEndAfter(at + 1, span.end()))) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Where the first clause after a dash ends: at its first comma outside quotations. A dash before a phrase whose
     * subjunctive stands only in a clause after a comma ("… schwieg – in der Hoffnung, er sei ein Vermittler") opens no
     * clause of reported speech of its own.
     */
    private int clauseEndAfter(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ',' && !quotations.contains(i)) {
                return i;
            }
        }
        return to;
    }

    boolean reportsIn(int from, int to) {
        java.util.regex.Matcher word = WORD.matcher(text).region(from, to);
        while (word.find()) {
            if (!quotations.contains(word.start()) && GermanVerbs.continuesReportedSpeech(word.group())) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first comma, colon or sentence end from {@code from} on, outside quotations. */
    int clauseEnd(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (isBoundary(tokens.get(i)) && !quotations.contains(tokens.get(i).start())) {
                return i;
            }
        }
        return tokens.size();
    }

    static boolean isBoundary(Token token) {
        return token.text().length() == 1 && ",:;.!?".indexOf(token.text().charAt(0)) >= 0;
    }

    /** Without surrounding whitespace, dashes and closing punctuation. */
    TextSpan trimmed(int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || "-–—".indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ".,;:-–—".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return new TextSpan(start, end);
    }

    int skipPunctuation(int offset) {
        while (offset < text.length() && (Character.isWhitespace(text.charAt(offset)) || ",:".indexOf(text.charAt(offset)) >= 0)) {
            offset++;
        }
        return offset;
    }
}
