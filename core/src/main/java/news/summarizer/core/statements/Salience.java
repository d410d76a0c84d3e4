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
 *   <li>statements, relative to the actor who says most ({@link #STATEMENTS}), and a bonus for speaking at all
 *       ({@link #SPEAKS}): one quoted sentence makes an actor part of the story, whoever else talks more;</li>
 *   <li>position of the first mention, 1 at the start of the text, 0 at its end ({@link #POSITION});</li>
 *   <li>named in the headline (the source's title, or a heading line opening the text) ({@link #HEADLINE});</li>
 *   <li>named in the lead, the first {@link #LEAD_SENTENCES} sentences of the text ({@link #LEAD});</li>
 *   <li>named in the answer's own summary and key points, which the engine wrote about what matters
 *       ({@link #SUMMARY}).</li>
 * </ul>
 * An organisation named mostly as the source of what others say ("laut Tagesblatt", "nach Informationen des Tagesblatts",
 * "sagte sie dem Tagesblatt", "berichtet die Nachrichtenagentur") keeps only {@link #CITED_SOURCE} of its score, its
 * statements included: an outlet that is cited is no protagonist.
 */
public final class Salience {

    static final double MENTIONS = 0.3;
    static final double STATEMENTS = 0.1;
    static final double SPEAKS = 0.15;
    static final double POSITION = 0.1;
    static final double HEADLINE = 0.15;
    static final double LEAD = 0.1;
    static final double SUMMARY = 0.2;
    static final int LEAD_SENTENCES = 3;
    static final double CITED_SOURCE = 0.4;

    private Salience() {
    }

    /** The actors with their salience, most central first (ties keep the engine's order). */
    public static List<Actor> rank(String text, String title, String summary, List<Actor> actors,
                                   List<Statement> statements) {
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
                            + (said(actor, statements) > 0 ? SPEAKS : 0)
                            + POSITION * (1.0 - (double) first / Math.max(1, text.length()))
                            + (NameForms.mentions(headline, key) ? HEADLINE : 0)
                            + (NameForms.mentions(lead, key) ? LEAD : 0)
                            + (summary != null && NameForms.mentions(summary, key) ? SUMMARY : 0);
                    if (actor.type() == ActorType.ORGANIZATION && citedSource(text, lastWord(actor.name()))) {
                        score *= CITED_SOURCE;
                    }
                    return actor.withSalience(Math.round(Math.min(1, score) * 100) / 100.0);
                })
                .sorted(Comparator.comparingDouble(Actor::salience).reversed())
                .toList();
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
