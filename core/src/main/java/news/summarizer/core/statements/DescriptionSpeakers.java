package news.summarizer.core.statements;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.text.GermanLexicon;

/** The statement finder's stage for speakers named by a description after the verb ("sagte die Ministerin"). */
final class DescriptionSpeakers {

    /** Heads of a description that refers to an organisation ("der Chemiekonzern", "die Landesbehörde"). */
    static final List<String> INSTITUTION_HEADS = List.of("konzern", "unternehmen", "verband", "partei",
            "ministerium", "behörde", "gericht", "regierung", "verein", "bank", "firma", "gewerkschaft", "institut", "amt",
            "agentur", "klub", "club", "hersteller", "versicherer", "versorger", "sender", "verlag", "gremium");

    /**
     * The suffixes that derive abstract nouns in German (a closed class of word formation): "Wertschätzung", "Freiheit",
     * "Möglichkeit", "Gesellschaft", "Situation", "Qualität", "Ergebnis". Such a noun names no person; the institutions among them ("Regierung",
     * "Gewerkschaft") are {@link #INSTITUTION_HEADS}.
     */
    private static final List<String> ABSTRACT_SUFFIXES = List.of("ung", "heit", "keit", "schaft", "tion", "tät",
            "nis", "ismus");

    /** "Sprecher", "Sprecherin", and compounds naming whose: "Gerichtssprecher", "Ministeriums-Sprecherin". */
    private static final java.util.regex.Pattern SPOKESPERSON =
            java.util.regex.Pattern.compile("(\\p{L}*?-?)(?:Sprecher|sprecher)(?:in)?");
    private static final Set<String> ARTICLES = Set.of("der", "die", "ein", "eine");
    /** "der Konzern", "die Ministerin", "das Gericht"; capitalised at the start of a sentence. */
    private static final Set<String> DEFINITE = Set.of("der", "die", "das");
    private static final Set<String> GENITIVE_ARTICLES = Set.of("des", "der");
    /** The articles of a source's noun: "laut dem Ministerium", "nach Angaben des Gremiums", "der Behörde". */
    private static final Set<String> SOURCE_ARTICLES = Set.of("der", "des", "dem", "den", "die", "das");

    private final String text;
    private final List<Mention> mentions;
    private final List<Actor> actors;
    private final QuotationSpans quotations;

    DescriptionSpeakers(String text, List<Mention> mentions, List<Actor> actors, QuotationSpans quotations) {
        this.text = text;
        this.mentions = mentions;
        this.actors = actors;
        this.quotations = quotations;
    }

    /**
     * "sagte der Grünen-Politiker", "teilte der Konzern mit": a definite description right after the verb refers back to
     * the actor whose role it is ("der US-Präsident"); else, when its head is an institution's
     * ({@link #INSTITUTION_HEADS}), the last organisation; else the person named before it if only one was. A
     * spokesperson ("der Sprecher") is left alone: whose, the description does not say.
     */
    Mention speaker(List<Token> tokens, int at) {
        return speaker(tokens, at, null);
    }

    /**
     * As {@link #speaker(List, int)}, with the speaker whose turn is still open ({@code turn}, null for none): a
     * description of a person also takes that speaker up from an earlier paragraph, since the paragraph before it
     * went on with the speaker's words ("… seien gestiegen. „…“, sagte die Bürgermeisterin").
     */
    Mention speaker(List<Token> tokens, int at, Actor turn) {
        Mention spokesperson = spokesperson(tokens, at);
        if (spokesperson != null) {
            return spokesperson;
        }
        if (at + 1 >= tokens.size() || !DEFINITE.contains(tokens.get(at).text().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        int nounAt = headNoun(tokens, at);
        Token noun = tokens.get(nounAt);
        String head = noun.text().toLowerCase(java.util.Locale.ROOT);
        // "der Sprecher" alone (no body named in it or after it) is a person like "der Minister": the one person named
        // so far ("Lena Hartwig aus der Pressestelle …, erklärt der Sprecher"), never a guess among several.
        boolean bareSpokesperson = SPOKESPERSON.matcher(noun.text()).matches() && head.startsWith("sprecher");
        if (Character.isUpperCase(noun.text().charAt(0)) && head.contains("sprecher") && !bareSpokesperson) {
            // "die Partei-Europasprecherin": the actor whose role it is, when one has it; else whose, it does not say.
            Actor roleHolder = actors.stream().filter(actor -> actor.type() == ActorType.PERSON
                    && actor.role() != null && actor.role().equalsIgnoreCase(noun.text())).findFirst().orElse(null);
            return roleHolder == null ? null : new Mention(noun.start(), noun.end(), roleHolder);
        }
        if (!Character.isUpperCase(noun.text().charAt(0))
                || mentions.stream().anyMatch(m -> m.start() <= noun.start() && noun.start() < m.end())) {
            return null;
        }
        boolean institution = INSTITUTION_HEADS.stream().anyMatch(head::endsWith);
        if (!institution && ABSTRACT_SUFFIXES.stream().anyMatch(head::endsWith)) {
            return null; // "mache die mangelnde Wertschätzung deutlich": an abstract noun is an object, not a person
        }
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
        int referentAt = -1;
        Set<Actor> people = new HashSet<>();
        for (Mention mention : mentions) {
            if (mention.start() >= noun.start()) {
                break;
            }
            // A person named inside a quotation is someone the speaker talks about ("„Wierzbicki hätte das nie
            // geschafft“, sagte die Bürgermeisterin"), not one the description can take up.
            if (mention.actor().type() == ActorType.PERSON && !quotations.contains(mention.start())) {
                people.add(mention.actor());
            }
            if (!quotations.contains(mention.start()) && (mention.actor().type() == ActorType.PERSON) != institution) {
                referent = mention.actor();
                referentAt = mention.start();
            }
        }
        // A description refers back within its paragraph: the person named paragraphs earlier is no longer the one a
        // bare "der Sprecher" or "die Expertin" takes up (a new paragraph about another body has begun).
        int paragraphEnd = referentAt < 0 ? -1 : text.indexOf('\n', referentAt);
        boolean sameParagraph = paragraphEnd < 0 || paragraphEnd > noun.start() || referent == turn;
        return referent == null || (!institution && (people.size() > 1 || !sameParagraph)) ? null
                : new Mention(noun.start(), noun.end(), referent);
    }

    /**
     * "nach Angaben des Gremiums", "laut dem Ministerium": a description with an institution's head
     * ({@link #INSTITUTION_HEADS}) as the source of a sentence means the organisation named last, as "teilte das
     * Ministerium mit" does; null for any other description ("laut dem Wetterdienst" names no actor).
     */
    Mention institution(List<Token> tokens, int at) {
        if (at + 1 >= tokens.size() || !SOURCE_ARTICLES.contains(tokens.get(at).text().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        int nounAt = headNoun(tokens, at);
        Token noun = tokens.get(nounAt);
        String head = noun.text().toLowerCase(java.util.Locale.ROOT).replaceAll("e?s$", "");
        if (!Character.isUpperCase(noun.text().charAt(0))
                || mentions.stream().anyMatch(m -> m.start() <= noun.start() && noun.start() < m.end())
                || INSTITUTION_HEADS.stream().noneMatch(head::endsWith)) {
            return null;
        }
        Actor referent = null;
        for (Mention mention : mentions) {
            if (mention.start() >= noun.start()) {
                break;
            }
            if (!quotations.contains(mention.start()) && mention.actor().type() == ActorType.ORGANIZATION) {
                referent = mention.actor();
            }
        }
        return referent == null ? null : new Mention(noun.start(), noun.end(), referent);
    }

    /**
     * "Die Wissenschaftler kritisieren, …", "…, erklärten die Experten": a definite description of a group, the subject
     * of a verb in the plural, speaks for the organisation named last before it (the body whose members the article
     * has introduced: "Der Vorsitzende des Expertenrats, …"); null when none was named, or when a name stands in the
     * description ("die Grünen" is an actor's name, not a description). The description runs from {@code at} ("die")
     * over adjectives ("die Karlsruher Richter") to the last word before {@code end}.
     */
    Mention group(List<Token> tokens, int at, int end) {
        if (at >= end || end > tokens.size() || end - at < 2 || end - at > 4
                || !tokens.get(at).text().equalsIgnoreCase("die")) {
            return null;
        }
        Token noun = tokens.get(end - 1);
        for (Token token : tokens.subList(at + 1, end)) {
            if (!Character.isLetter(token.text().charAt(0))) {
                return null;
            }
        }
        if (!Character.isUpperCase(noun.text().charAt(0)) || mentions.stream()
                .anyMatch(m -> m.end() > tokens.get(at).start() && m.start() < noun.end())) {
            return null;
        }
        Actor referent = null;
        for (Mention mention : mentions) {
            if (mention.start() >= tokens.get(at).start()) {
                break;
            }
            if (!quotations.contains(mention.start()) && mention.actor().type() == ActorType.ORGANIZATION) {
                referent = mention.actor();
            }
        }
        return referent == null ? null : new Mention(noun.start(), noun.end(), referent);
    }

    /**
     * A spokesperson speaks for an organisation, which the description names: "ein Sprecher des Deichbauministeriums" (the
     * organisation in the genitive right after it) or "ein Gerichtssprecher", "die Konzernsprecherin" (the compound's
     * first part: the organisation actor whose name ends in it, "Landgericht Lindenau" for "Gericht"; else, for an
     * institution's word, the organisation named last). Definite or indefinite article: a spokesperson is usually "ein".
     */
    private Mention spokesperson(List<Token> tokens, int at) {
        if (at + 1 >= tokens.size() || !ARTICLES.contains(tokens.get(at).text().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        int nounAt = headNoun(tokens, at); // "ein leitender Sprecher"
        Token noun = tokens.get(nounAt);
        java.util.regex.Matcher compound = SPOKESPERSON.matcher(noun.text());
        if (!compound.matches()) {
            return null;
        }
        String prefix = compound.group(1).replaceAll("-$", "").toLowerCase(java.util.Locale.ROOT);
        if (prefix.isEmpty()) {
            // "ein Sprecher des Ministeriums": the organisation named in the genitive right after the noun.
            if (nounAt + 2 < tokens.size() && GENITIVE_ARTICLES.contains(tokens.get(nounAt + 1).text())) {
                int from = tokens.get(nounAt + 1).end();
                int to = tokens.get(Math.min(tokens.size() - 1, nounAt + 4)).end();
                for (Mention mention : mentions) {
                    if (mention.start() >= from && mention.end() <= to && mention.actor().type() != ActorType.PERSON) {
                        return new Mention(noun.start(), noun.end(), mention.actor());
                    }
                }
            }
            return null;
        }
        String head = prefix.endsWith("s") && prefix.length() > 5 ? prefix.substring(0, prefix.length() - 1) : prefix;
        for (Actor actor : actors) {
            if (actor.type() == ActorType.PERSON) {
                continue;
            }
            for (String word : actor.name().toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")) {
                if (head.length() >= 4 && (word.endsWith(head) || word.endsWith(prefix))) {
                    return new Mention(noun.start(), noun.end(), actor);
                }
            }
        }
        if (INSTITUTION_HEADS.stream().anyMatch(head::endsWith)) {
            Actor referent = null;
            for (Mention mention : mentions) {
                if (mention.start() >= noun.start()) {
                    break;
                }
                if (!quotations.contains(mention.start()) && mention.actor().type() != ActorType.PERSON) {
                    referent = mention.actor();
                }
            }
            return referent == null ? null : new Mention(noun.start(), noun.end(), referent);
        }
        return null;
    }

    /**
     * Whether the actor's role carries the description's head noun: "Präsident" carries "der US-Präsident",
     * "Verkehrsministerin" carries "die Ministerin". Not the actor's description: the
     * offline engine's is a whole sentence of the article, whose nouns name other people as often as the actor.
     */
    static boolean carries(Actor actor, String head) {
        String words = actor.role() == null ? "" : actor.role().toLowerCase(java.util.Locale.ROOT);
        for (String word : words.split("[^\\p{L}-]+")) {
            if (word.length() >= 4 && word.endsWith(head) || word.length() >= 5 && head.endsWith(word)
                    || sameLastPart(word, head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two compounds on the same last part, which names what the person is: "Verkehrsministerin" and "Bundesministerin"
     * are both a "Ministerin" (and not a "Minister": German marks the woman in the last part). The last part is the
     * dictionary's ({@link GermanLexicon#compoundHead}), at least six letters, so that a short common tail ("-rat",
     * "-chef") does not make a town councillor of a party's councillor.
     */
    private static boolean sameLastPart(String roleWord, String head) {
        if (roleWord.length() < 7 || head.length() < 7 || roleWord.contains("-") || head.contains("-")) {
            return false;
        }
        String roleTail = GermanLexicon.compoundHead(capitalised(roleWord));
        return roleTail != null && roleTail.length() >= 6 && roleTail.equals(GermanLexicon.compoundHead(capitalised(head)));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The head noun after the article at {@code at} and up to two adjectives: "der erfahrene Politiker", "des zuständigen Gremiums". */
    private static int headNoun(List<Token> tokens, int at) {
        int nounAt = at + 1;
        while (nounAt < Math.min(tokens.size() - 1, at + 3) && Character.isLowerCase(tokens.get(nounAt).text().charAt(0))) {
            nounAt++;
        }
        // "die Bau- und Verkehrsministerin": a first part cut off with a hyphen shares the last noun's head, which
        // is the head of the whole coordination.
        if (nounAt + 2 < tokens.size() && tokens.get(nounAt).text().endsWith("-")
                && COORDINATION.contains(tokens.get(nounAt + 1).text())) {
            return nounAt + 2;
        }
        return nounAt;
    }

    /** The conjunctions of a coordination of compounds with a shared last part: "Bau- und Verkehrsministerin". */
    private static final Set<String> COORDINATION = Set.of("und", "oder", "sowie");
}
