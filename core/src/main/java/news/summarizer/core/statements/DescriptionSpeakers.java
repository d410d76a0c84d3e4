package news.summarizer.core.statements;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;

/** The statement finder's stage for speakers named by a description after the verb ("sagte die Ministerin"). */
final class DescriptionSpeakers {

    /** Heads of a description that refers to an organisation ("der Dax-Konzern", "die Landesbehörde"). */
    private static final List<String> INSTITUTION_HEADS = List.of("konzern", "unternehmen", "verband", "partei",
            "ministerium", "behörde", "gericht", "regierung", "verein", "bank", "firma", "gewerkschaft", "institut", "amt",
            "agentur", "klub", "club", "hersteller", "versicherer", "versorger", "sender", "verlag");

    private final List<Mention> mentions;
    private final List<Actor> actors;
    private final QuotationSpans quotations;

    DescriptionSpeakers(List<Mention> mentions, List<Actor> actors, QuotationSpans quotations) {
        this.mentions = mentions;
        this.actors = actors;
        this.quotations = quotations;
    }

    /**
     * "sagte der SPD-Politiker", "teilte der Konzern mit": a definite description right after the verb refers back to
     * the actor whose role it is ("der US-Präsident"); else, when its head is an institution's
     * ({@link #INSTITUTION_HEADS}), the last organisation; else the person named before it if only one was. A
     * spokesperson ("der Sprecher") is left alone: whose, the description does not say.
     */
    Mention speaker(List<Token> tokens, int at) {
        if (at + 1 >= tokens.size() || !(tokens.get(at).is("der") || tokens.get(at).is("die"))) {
            return null;
        }
        int nounAt = at + 1;
        while (nounAt < Math.min(tokens.size() - 1, at + 3) && Character.isLowerCase(tokens.get(nounAt).text().charAt(0))) {
            nounAt++; // "der parteilose Politiker"
        }
        Token noun = tokens.get(nounAt);
        String head = noun.text().toLowerCase(java.util.Locale.ROOT);
        if (!Character.isUpperCase(noun.text().charAt(0)) || head.contains("sprecher")
                || mentions.stream().anyMatch(m -> m.start() <= noun.start() && noun.start() < m.end())) {
            return null;
        }
        boolean institution = INSTITUTION_HEADS.stream().anyMatch(head::endsWith);
        // "der US-Präsident" is the actor whose role it is, wherever it was named; of several, the
        // one named last before it.
        Actor carrier = null;
        for (Mention mention : mentions) {
            if (mention.start() >= noun.start()) {
                break;
            }
            if (carries(mention.actor(), head)) {
                carrier = mention.actor();
            }
        }
        if (carrier == null) {
            carrier = actors.stream().filter(actor -> carries(actor, head)).findFirst().orElse(null);
        }
        if (carrier != null) {
            return new Mention(noun.start(), noun.end(), carrier);
        }
        // A description no actor carries: an institution's head means the last organisation named; a person's only
        // when one person has been named so far. Of two people, guessing the last one named gives a wrong speaker
        // more often than not ("Hartwig traf Wierzbicki. …, sagte der Gast."), so the statement is left out.
        Actor referent = null;
        Set<Actor> people = new HashSet<>();
        for (Mention mention : mentions) {
            if (mention.start() >= noun.start()) {
                break;
            }
            if (mention.actor().type() == ActorType.PERSON) {
                people.add(mention.actor());
            }
            if (!quotations.contains(mention.start()) && (mention.actor().type() == ActorType.PERSON) != institution) {
                referent = mention.actor();
            }
        }
        return referent == null || (!institution && people.size() > 1) ? null
                : new Mention(noun.start(), noun.end(), referent);
    }

    /**
     * Whether the actor's role carries the description's head noun: "Präsident" carries "der US-Präsident",
     * "Verkehrsministerin" carries "die Ministerin". Not the actor's description: the
     * offline engine's is a whole sentence of the article, whose nouns name other people as often as the actor.
     */
    static boolean carries(Actor actor, String head) {
        String words = actor.role() == null ? "" : actor.role().toLowerCase(java.util.Locale.ROOT);
        for (String word : words.split("[^\\p{L}-]+")) {
            if (word.length() >= 4 && word.endsWith(head) || word.length() >= 5 && head.endsWith(word)) {
                return true;
            }
        }
        return false;
    }
}
