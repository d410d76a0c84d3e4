package news.summarizer.core.statements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.Statement;
import news.summarizer.core.summary.StatementKind;
import news.summarizer.core.text.GermanTokens;
import news.summarizer.core.text.TextSpan;

/**
 * Statements the rules ({@link StatementFinder}) left out, proposed generously for a learned attributer to judge: every
 * quotation no rule statement covers, and every sentence no rule statement touches that has a verb in the Konjunktiv I
 * or a verb of saying, each with every actor that could have said it (named in the same sentence or the one before, or
 * the last speaker the rules found). Each (statement, speaker) pair carries general features only: positions,
 * distances, lexicon classes (speech verb, mood, preposition), actor types and the rules' verdicts, never a word's
 * identity, so that a model fitted on them cannot learn an article's names or topics.
 */
public final class StatementCandidates {

    /** How a candidate statement arose. */
    public enum Origin { RULE, QUOTATION, KONJUNKTIV, SPEECH_VERB }

    /** The feature names, in the order of {@link Pair#features()}. */
    public static final List<String> FEATURES = List.of(
            "direct", "origin konjunktiv", "origin speech verb",
            "named in same sentence", "named in previous sentence", "last speaker of the rules",
            "last speaker within 1 sentence", "log tokens to nearest mention", "mention before statement",
            "subject-like mention", "mention before finite verb", "speech verb right before mention",
            "person", "organisation", "speech verb in sentence", "konjunktiv I in sentence",
            "colon before quotation", "paragraph start", "quotation is whole sentence", "log statement tokens",
            "log other actors between", "log candidate speakers", "log rule statements of speaker",
            "inside a rule's evidence", "pronoun in sentence", "previous sentence has rule statement",
            "previous sentence's rule statement is the speaker's", "named in next sentence", "the rules' speaker");

    /** A candidate statement at {@code [start, end)} with one possible speaker. */
    public record Pair(Actor speaker, double[] features) {
    }

    /**
     * A candidate statement and the speakers it could have; for one of the rules ({@code rule} not null), the rules'
     * speaker among them.
     */
    public record Candidate(Origin origin, StatementKind kind, int start, int end, int sentenceStart,
                            int sentenceEnd, List<Pair> pairs, Statement rule) {

        public String text(String article) {
            return article.substring(start, end);
        }
    }

    /** How many sentences back a candidate speaker may have been named last (0: the sentence before, 1 back). */
    static int WINDOW_BACK = Integer.getInteger("candidates.back", 1);

    private final String text;
    private final List<Statement> rules;
    private final List<Actor> actors;
    private final List<Mention> mentions;
    private final List<TextSpan> quotations;
    private final List<TextSpan> sentences;

    private StatementCandidates(String text, List<Actor> actors, List<Statement> rules) {
        this.text = text;
        this.rules = rules;
        this.actors = actors;
        this.mentions = ActorMentions.find(text, actors);
        QuotationSpans spans = new QuotationSpans(text, mentions);
        this.quotations = spans.all();
        this.sentences = StatementFinder.units(text, spans);
    }

    /** The candidates of {@code text}, given the answer's {@code actors} and the {@code rules}' statements. */
    public static List<Candidate> of(String text, List<Actor> actors, List<Statement> rules) {
        if (actors.isEmpty()) {
            return List.of();
        }
        return new StatementCandidates(text, actors, rules).candidates();
    }

    private List<Candidate> candidates() {
        List<Candidate> candidates = new ArrayList<>();
        for (Statement rule : rules) {
            add(candidates, Origin.RULE, rule.kind(), new TextSpan(rule.offset(), rule.offset() + rule.text().length()),
                    sentenceOf(rule.offset()), rule);
        }
        for (int s = 0; s < sentences.size(); s++) {
            TextSpan sentence = sentences.get(s);
            if (sentence.of(text).isBlank() || StatementFinder.isHeading(sentence.of(text))) {
                continue;
            }
            boolean quoted = false;
            for (TextSpan quotation : quotations) {
                if (quotation.start() >= sentence.start() && quotation.start() < sentence.end()
                        && !coveredByRule(quotation) && words(quotation.start(), quotation.end()).size() >= 2) {
                    quoted = true;
                    add(candidates, Origin.QUOTATION, StatementKind.DIRECT, quotation, s, null);
                }
            }
            if (quoted || rules.stream().anyMatch(r -> overlaps(r.offset(), r.offset() + r.text().length(), sentence))) {
                continue;
            }
            List<Token> outside = outsideQuotations(sentence);
            if (outside.stream().anyMatch(t -> GermanVerbs.isKonjunktivI(t.text()))) {
                add(candidates, Origin.KONJUNKTIV, StatementKind.INDIRECT, sentence, s, null);
            } else if (outside.stream().anyMatch(t -> !SpeechVerbs.readings(t.text()).isEmpty())) {
                add(candidates, Origin.SPEECH_VERB, StatementKind.INDIRECT, sentence, s, null);
            }
        }
        return candidates;
    }

    private void add(List<Candidate> candidates, Origin origin, StatementKind kind, TextSpan span, int s,
                     Statement rule) {
        Map<Actor, Boolean> speakers = new LinkedHashMap<>();
        if (rule != null) {
            actors.stream().filter(a -> a.name().equals(rule.speaker())).findFirst().ifPresent(a -> speakers.put(a, true));
        }
        TextSpan sentence = sentences.get(s);
        TextSpan next = s + 1 < sentences.size() ? sentences.get(s + 1) : null;
        TextSpan window = new TextSpan(sentences.get(Math.max(0, s - WINDOW_BACK)).start(),
                (next != null ? next : sentence).end());
        for (Mention mention : mentions) {
            boolean inStatement = mention.start() >= span.start() && mention.start() < span.end()
                    && origin != Origin.KONJUNKTIV && origin != Origin.SPEECH_VERB;
            if (!inStatement && !inQuotation(mention.start()) && inside(mention, window)) {
                speakers.put(mention.actor(), true);
            }
        }
        Statement last = lastRuleBefore(span.start(), rule);
        if (last != null && sentenceOf(last.offset()) >= s - 3) {
            mentions.stream().map(Mention::actor).filter(a -> a.name().equals(last.speaker())).findFirst()
                    .ifPresent(a -> speakers.put(a, true));
        }
        List<Pair> pairs = new ArrayList<>();
        for (Actor speaker : speakers.keySet()) {
            pairs.add(new Pair(speaker, features(origin, kind, span, s, speaker, speakers.size(), last, rule)));
        }
        if (!pairs.isEmpty()) {
            candidates.add(new Candidate(origin, kind, span.start(), span.end(), sentence.start(), sentence.end(),
                    pairs, rule));
        }
    }

    private double[] features(Origin origin, StatementKind kind, TextSpan span, int s, Actor speaker, int speakers,
                              Statement last, Statement rule) {
        TextSpan sentence = sentences.get(s);
        TextSpan previous = s > 0 ? sentences.get(s - 1) : null;
        TextSpan next = s + 1 < sentences.size() ? sentences.get(s + 1) : null;
        boolean nextSentence = false;
        List<Token> outside = outsideQuotations(sentence);
        Mention nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        boolean sameSentence = false;
        boolean previousSentence = false;
        for (Mention mention : mentions) {
            if (mention.actor() != speaker || inQuotation(mention.start())
                    || mention.start() >= span.start() && mention.start() < span.end()
                    && origin != Origin.KONJUNKTIV && origin != Origin.SPEECH_VERB) {
                continue;
            }
            nextSentence |= next != null && inside(mention, next);
            sameSentence |= inside(mention, sentence);
            previousSentence |= previous != null && inside(mention, previous);
            int distance = mention.end() <= span.start() ? words(mention.end(), span.start()).size()
                    : mention.start() >= span.end() ? words(span.end(), mention.start()).size() : 0;
            if (distance < nearestDistance && mention.start() < (next != null ? next.end() : sentence.end())) {
                nearestDistance = distance;
                nearest = mention;
            }
        }
        boolean lastSpeaker = last != null && last.speaker().equals(speaker.name());
        int firstFinite = -1;
        for (Token token : outside) {
            if (GermanVerbs.isFiniteVerb(token.text())) {
                firstFinite = token.start();
                break;
            }
        }
        boolean subjectLike = false;
        boolean beforeFinite = false;
        boolean speechVerbBefore = false;
        int between = 0;
        if (nearest != null && inside(nearest, sentence)) {
            Token before = tokenBefore(outside, nearest.start());
            subjectLike = before == null || !ReportedClauses.PREPOSITIONS.contains(before.text().toLowerCase(Locale.ROOT));
            beforeFinite = firstFinite < 0 || nearest.start() < firstFinite;
            for (Token token : outside) {
                if (token.end() <= nearest.start() && token.start() >= nearest.start() - 40
                        && !SpeechVerbs.readings(token.text()).isEmpty()) {
                    speechVerbBefore = true;
                }
            }
        }
        if (nearest != null) {
            int from = Math.min(nearest.end(), span.end());
            int to = Math.max(nearest.start(), span.start());
            for (Mention mention : mentions) {
                if (mention.actor() != speaker && mention.start() >= from && mention.end() <= to) {
                    between++;
                }
            }
        }
        // "sagte: „Wir …": the colon, then the opening mark, with any spaces between them.
        String beforeSpan = text.substring(Math.max(0, span.start() - 4), span.start()).replaceAll("\\s", "");
        boolean colon = kind == StatementKind.DIRECT && beforeSpan.length() >= 2
                && beforeSpan.charAt(beforeSpan.length() - 2) == ':';
        boolean paragraphStart = s == 0 || text.substring(sentences.get(s - 1).end(), sentence.start()).contains("\n");
        boolean wholeSentence = kind == StatementKind.DIRECT && outside.stream().allMatch(t -> !isWord(t.text()));
        long ruleCount = rules.stream().filter(r -> r.speaker().equals(speaker.name())).count();
        boolean inEvidence = rules.stream().anyMatch(r -> r != rule && r.evidenceOffset() <= span.start()
                && span.end() <= r.evidenceOffset() + r.evidence().length());
        boolean pronoun = outside.stream().anyMatch(t -> ReportedClauses.PRONOUNS.contains(t.text()));
        Statement previousRule = previous == null ? null : rules.stream()
                .filter(r -> overlaps(r.offset(), r.offset() + r.text().length(), previous)).reduce((a, b) -> b)
                .orElse(null);
        return new double[] {
                kind == StatementKind.DIRECT ? 1 : 0,
                origin == Origin.KONJUNKTIV ? 1 : 0,
                origin == Origin.SPEECH_VERB ? 1 : 0,
                sameSentence ? 1 : 0,
                previousSentence ? 1 : 0,
                lastSpeaker ? 1 : 0,
                lastSpeaker && sentenceOf(last.offset()) >= s - 1 ? 1 : 0,
                Math.log1p(nearest == null ? 200 : Math.min(nearestDistance, 200)),
                nearest != null && nearest.end() <= span.start() ? 1 : 0,
                subjectLike ? 1 : 0,
                beforeFinite ? 1 : 0,
                speechVerbBefore ? 1 : 0,
                speaker.type() == ActorType.PERSON ? 1 : 0,
                speaker.type() == ActorType.ORGANIZATION ? 1 : 0,
                outside.stream().anyMatch(t -> !SpeechVerbs.readings(t.text()).isEmpty()) ? 1 : 0,
                outside.stream().anyMatch(t -> GermanVerbs.isKonjunktivI(t.text())) ? 1 : 0,
                colon ? 1 : 0,
                paragraphStart ? 1 : 0,
                wholeSentence ? 1 : 0,
                Math.log1p(words(span.start(), span.end()).size()),
                Math.log1p(between),
                Math.log(speakers),
                Math.log1p(ruleCount),
                inEvidence ? 1 : 0,
                pronoun ? 1 : 0,
                previousRule != null ? 1 : 0,
                previousRule != null && previousRule.speaker().equals(speaker.name()) ? 1 : 0,
                nextSentence ? 1 : 0,
                rule != null && rule.speaker().equals(speaker.name()) ? 1 : 0,
        };
    }

    private Statement lastRuleBefore(int at, Statement self) {
        Statement last = null;
        for (Statement rule : rules) {
            if (rule.offset() < at && rule != self) {
                last = rule;
            }
        }
        return last;
    }

    private int sentenceOf(int offset) {
        for (int s = 0; s < sentences.size(); s++) {
            if (offset < sentences.get(s).end()) {
                return s;
            }
        }
        return sentences.size() - 1;
    }

    private boolean coveredByRule(TextSpan quotation) {
        return rules.stream().anyMatch(r -> r.offset() < quotation.end() && quotation.start() < r.offset() + r.text().length());
    }

    private static boolean overlaps(int start, int end, TextSpan span) {
        return start < span.end() && span.start() < end;
    }

    private static boolean inside(Mention mention, TextSpan span) {
        return mention.start() >= span.start() && mention.end() <= span.end();
    }

    private boolean inQuotation(int offset) {
        return quotations.stream().anyMatch(q -> q.start() <= offset && offset < q.end());
    }

    private List<Token> outsideQuotations(TextSpan span) {
        List<Token> tokens = new ArrayList<>();
        for (TextSpan token : GermanTokens.tokenize(span.of(text))) {
            int start = span.start() + token.start();
            if (!inQuotation(start)) {
                tokens.add(new Token(text.substring(start, span.start() + token.end()), start,
                        span.start() + token.end()));
            }
        }
        return tokens;
    }

    private static Token tokenBefore(List<Token> tokens, int at) {
        Token before = null;
        for (Token token : tokens) {
            if (token.end() <= at) {
                before = token;
            }
        }
        return before;
    }

    private List<String> words(int start, int end) {
        List<String> words = new ArrayList<>();
        for (TextSpan token : GermanTokens.tokenize(text.substring(start, end))) {
            String word = text.substring(start + token.start(), start + token.end());
            if (isWord(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean isWord(String token) {
        return token.chars().anyMatch(Character::isLetterOrDigit);
    }
}
