package news.summarizer.core.grounding;

import news.summarizer.core.text.GermanLexicon;
import news.summarizer.core.text.NameForms;
import news.summarizer.core.text.Spelling;
import news.summarizer.core.text.GermanSentences;
import news.summarizer.core.text.TextSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import news.summarizer.core.engine.DraftActor;
import news.summarizer.core.engine.SummaryLimits;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;

/**
 * The last word on actors: only what the article really contains reaches the user. A proposed actor keeps its
 * place only if its name occurs in the text (a base form such as "Deutsche Bahn" also when the text only has it
 * declined, "der Deutschen Bahn"); its evidence is the verbatim quote at a known offset (repaired from
 * the text when the engine's quote was not verbatim); its mentions are counted in the text; name variants of one
 * actor ("Putin", "Wladimir Putin", "Kremlchef Putin") become one actor.
 */
@ApplicationScoped
public class ActorGrounder {


    public GroundedActors ground(String text, List<DraftActor> proposed) {
        TextIndex index = TextIndex.of(text);
        List<String> warnings = new ArrayList<>();
        Map<String, Actor> byKey = new LinkedHashMap<>();
        for (DraftActor draft : proposed) {
            if (draft == null || draft.name() == null || draft.name().isBlank()) {
                continue;
            }
            String name = draft.name().strip();
            TextIndex.Span nameSpan = index.findInflected(name);
            if (nameSpan == null) {
                warnings.add("Dropped actor '" + name + "': the name does not occur in the article");
                continue;
            }
            TextIndex.Span evidence = evidenceFor(index, text, draft, nameSpan, warnings);
            ActorType type = draft.type() == null ? ActorType.OTHER : draft.type();
            // The name as the article spells it, unless only an inflected form occurs ("der Deutschen Bahn").
            String groundedName = TextIndex.foldQuery(nameSpan.text()).equals(TextIndex.foldQuery(name)) ? nameSpan.text() : name;
            Actor actor = new Actor(groundedName, type, blankToNull(draft.role()), blankToNull(draft.description()),
                    0, evidence.text(), evidence.offset());
            merge(byKey, actor);
        }
        List<Actor> actors = byKey.values().stream()
                .limit(SummaryLimits.ACTORS_MAX)
                // A person is mentioned by the surname alone too ("Hartwig sagte ..."); anything else by its whole name.
                .map(actor -> withMentions(actor, index.countInflected(actor.type() == ActorType.PERSON
                        ? lastWord(actor.name()) : actor.name())))
                .toList();
        return new GroundedActors(actors, warnings);
    }

    private static TextIndex.Span evidenceFor(TextIndex index, String text, DraftActor draft, TextIndex.Span nameSpan,
                                              List<String> warnings) {
        if (draft.evidence() != null && !draft.evidence().isBlank()) {
            TextIndex.Span quoted = index.find(draft.evidence(), 0);
            if (quoted != null && TextIndex.foldQuery(quoted.text()).contains(surname(nameSpan.text()))) {
                return quoted;
            }
        }
        warnings.add("Replaced the evidence for '" + nameSpan.text() + "' with the article's sentence that names it");
        TextSpan sentence = GermanSentences.around(text, nameSpan.offset(), SummaryLimits.EVIDENCE_MAX_CHARACTERS);
        return new TextIndex.Span(sentence.start(), sentence.of(text));
    }

    /** Variants share their last name (persons) or one name contains the other as whole words. */
    private static void merge(Map<String, Actor> byKey, Actor actor) {
        for (var entry : byKey.entrySet()) {
            Actor known = entry.getValue();
            if (sameActor(known, actor)) {
                entry.setValue(preferred(known, actor));
                return;
            }
        }
        byKey.put(actor.name().toLowerCase(Locale.ROOT), actor);
    }

    static boolean sameActor(Actor a, Actor b) {
        String nameA = TextIndex.foldQuery(a.name());
        String nameB = TextIndex.foldQuery(b.name());
        if (nameA.equals(nameB)) {
            return true;
        }
        boolean persons = a.type() == ActorType.PERSON && b.type() == ActorType.PERSON;
        if (persons && (containsWords(nameA, nameB) || containsWords(nameB, nameA) || sameWords(nameA, nameB))) {
            return true; // "Parks Onkel Park Min Ho" holds "Park Min Ho"; "Wang Lihua" is "Lihua Wang" in Western order
        }
        if (persons) {
            // "Trainerin Müller" = "Müllers" (a story's); "Jonas Brandl" and "Tobias Brandl" are two brothers
            return NameForms.sameName(surname(nameA), surname(nameB)) && !otherGivenNames(a.name(), b.name());
        }
        return a.type() == b.type() && (containsWords(nameA, nameB) || containsWords(nameB, nameA));
    }

    /**
     * Two full names with one surname and different given names are two people (siblings, a married couple): "Jonas
     * Brandl" and "Tobias Brandl". Only a first word that is a given name counts: not a title ("Trainerin Brandl"), a
     * form of address or any other common noun ("Frau Brandl"), and an initial stands for any name with its letter
     * ("J. Brandl"). One of the two must be a first name the dictionary knows, the other may be unknown to it
     * ("Jonas", "Mikkel"): two unknown words ("Bergsportausrüster", "Outdoorausrüster") are descriptions.
     */
    static boolean otherGivenNames(String one, String other) {
        String[] a = one.strip().split("\\s+");
        String[] b = other.strip().split("\\s+");
        if (a.length < 2 || b.length < 2 || !givenName(a[0]) || !givenName(b[0])
                || !GermanLexicon.isFirstName(a[0]) && !GermanLexicon.isFirstName(b[0])) {
            return false;
        }
        String first = TextIndex.foldQuery(a[0]);
        String second = TextIndex.foldQuery(b[0]);
        if (first.endsWith(".") || second.endsWith(".")) {
            return first.charAt(0) != second.charAt(0);
        }
        return !first.equals(second) && !Spelling.oneSlipApart(first, second); // "Kristian" for "Kristina": a slip
    }

    /** A known first name, or a word the dictionary does not know at all, nor its last part ("Outdoorausrüster"). */
    private static boolean givenName(String word) {
        return Character.isUpperCase(word.charAt(0)) && !RoleWords.isRoleWord(word)
                && (GermanLexicon.isFirstName(word)
                || !GermanLexicon.lookup(word).known() && GermanLexicon.compoundHead(word) == null);
    }

    /** The same words in another order: a family name written first or last. */
    private static boolean sameWords(String one, String other) {
        String[] a = one.split(" ");
        String[] b = other.split(" ");
        java.util.Arrays.sort(a);
        java.util.Arrays.sort(b);
        return a.length > 1 && java.util.Arrays.equals(a, b);
    }

    private static Actor preferred(Actor known, Actor variant) {
        Actor main = score(variant) > score(known) ? variant : known;
        Actor other = main == known ? variant : known;
        String role = main.role() != null ? main.role() : other.role() != null ? other.role() : RoleWords.roleIn(other.name());
        String description = main.description() != null ? main.description() : other.description();
        return new Actor(main.name(), known.type(), role, description, 0, known.evidence(), known.evidenceOffset());
    }

    /** A full name without a title word beats a title plus surname, which beats a bare surname. */
    private static int score(Actor actor) {
        String[] words = actor.name().split("\\s+");
        int score = words.length * 2;
        if (RoleWords.roleIn(actor.name()) != null) {
            score -= 3;
        }
        return score;
    }

    private static boolean containsWords(String haystack, String needle) {
        return Pattern.compile("(^|\\P{L})" + Pattern.quote(needle) + "(\\P{L}|$)").matcher(haystack).find();
    }

    static String surname(String name) {
        String folded = TextIndex.foldQuery(name);
        String[] words = folded.split(" ");
        return words[words.length - 1];
    }

    private static Actor withMentions(Actor actor, int mentions) {
        return new Actor(actor.name(), actor.type(), actor.role(), actor.description(), Math.max(1, mentions),
                actor.evidence(), actor.evidenceOffset());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }
}
