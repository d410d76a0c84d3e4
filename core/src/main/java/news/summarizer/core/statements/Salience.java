package news.summarizer.core.statements;

import java.util.Comparator;
import java.util.List;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.Statement;
import news.summarizer.core.text.GermanSentences;
import news.summarizer.core.text.NameForms;
import news.summarizer.core.text.TextSpan;

/**
 * How central each actor is to the story, in [0, 1], and the actors ordered by it. The protagonist is named often,
 * early, in the headline or the lead, and is the one who speaks; a name mentioned once in passing is none of these.
 * The score is a weighted sum of those signals, each scaled to [0, 1] within the article:
 * <ul>
 *   <li>mentions, relative to the most-mentioned actor ({@link #MENTIONS});</li>
 *   <li>statements, relative to the actor who says most ({@link #STATEMENTS});</li>
 *   <li>position of the first mention, 1 at the start of the text, 0 at its end ({@link #POSITION});</li>
 *   <li>named in the headline (the source's title, or a heading line opening the text) ({@link #HEADLINE});</li>
 *   <li>named in the lead, the first {@link #LEAD_SENTENCES} sentences of the text ({@link #LEAD}).</li>
 * </ul>
 */
public final class Salience {

    static final double MENTIONS = 0.35;
    static final double STATEMENTS = 0.2;
    static final double POSITION = 0.15;
    static final double HEADLINE = 0.15;
    static final double LEAD = 0.15;
    static final int LEAD_SENTENCES = 3;

    private Salience() {
    }

    /** The actors with their salience, most central first (ties keep the engine's order). */
    public static List<Actor> rank(String text, String title, List<Actor> actors, List<Statement> statements) {
        if (actors.isEmpty()) {
            return actors;
        }
        List<TextSpan> sentences = GermanSentences.split(text);
        boolean opensWithHeading = !sentences.isEmpty() && isHeading(sentences.get(0).of(text));
        String headline = (title == null ? "" : title) + (opensWithHeading ? "\n" + sentences.get(0).of(text) : "");
        int leadFrom = opensWithHeading ? 1 : 0;
        int leadEnd = sentences.isEmpty() ? 0 : sentences.get(Math.min(sentences.size() - 1, leadFrom + LEAD_SENTENCES - 1)).end();
        int leadStart = sentences.size() > leadFrom ? sentences.get(leadFrom).start() : 0;
        String lead = text.substring(Math.min(leadStart, leadEnd), leadEnd);
        int maxMentions = actors.stream().mapToInt(Actor::mentions).max().orElse(1);
        long maxStatements = actors.stream().mapToLong(actor -> said(actor, statements)).max().orElse(0);
        return actors.stream()
                .map(actor -> {
                    String key = key(actor);
                    int first = firstMention(text, actor, key);
                    double score = MENTIONS * actor.mentions() / Math.max(1, maxMentions)
                            + (maxStatements == 0 ? 0 : STATEMENTS * said(actor, statements) / maxStatements)
                            + POSITION * (1.0 - (double) first / Math.max(1, text.length()))
                            + (NameForms.mentions(headline, key) ? HEADLINE : 0)
                            + (NameForms.mentions(lead, key) ? LEAD : 0);
                    return actor.withSalience(Math.round(Math.min(1, score) * 100) / 100.0);
                })
                .sorted(Comparator.comparingDouble(Actor::salience).reversed())
                .toList();
    }

    private static long said(Actor actor, List<Statement> statements) {
        return statements.stream().filter(statement -> statement.speaker().equals(actor.name())).count();
    }

    /** A person is named by the surname alone too; anything else by its whole name. */
    private static String key(Actor actor) {
        if (actor.type() != ActorType.PERSON) {
            return actor.name();
        }
        String[] words = actor.name().strip().split("\\s+");
        return words[words.length - 1];
    }

    private static int firstMention(String text, Actor actor, String key) {
        int at = text.indexOf(key);
        if (at < 0) {
            at = actor.evidenceOffset() >= 0 ? actor.evidenceOffset() : text.length();
        }
        return Math.min(at, actor.evidenceOffset() >= 0 ? actor.evidenceOffset() : at);
    }

    /** A first line without closing punctuation is the article's own headline. */
    private static boolean isHeading(String line) {
        return !line.isEmpty() && ".!?:;\"“”»«)".indexOf(line.charAt(line.length() - 1)) < 0
                && !line.contains("\n");
    }
}
