package news.summarizer.core.offline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.Entity;
import news.summarizer.core.text.GermanLexicon;

/**
 * Stage "type", third pass (after {@link ActorCollector#typed}): names the rules left of unknown kind get the kind the
 * trained name tagger ({@link NameTagger}, trained on GermEval 2014, not on any article set of ours) gives them. A
 * company named once in a list ("Kunden wie Kolbrand, Wendefix und Marolla") or a person named once without a title
 * has no context the rules read; the tagger has learnt from thousands of sentences what such names look like.
 * Only sentences that hold such a name are tagged.
 */
final class TaggerEvidence {

    private static final String QUOTES = "„\"“”«»‚‘";

    private TaggerEvidence() {
    }

    /** The candidates, names of unknown kind typed as the tagger reads them where it reads them as one name. */
    static List<Candidate> type(List<Candidate> candidates) {
        if (candidates.stream().noneMatch(TaggerEvidence::undecided)) {
            return candidates;
        }
        List<Entity> rules = EntityFinder.byRules(candidates); // the typed candidates are the rule-based reading
        NameTagger tagger = NameTagger.shipped();
        Map<Sentence, String[]> tags = new HashMap<>();
        List<Candidate> typed = new ArrayList<>();
        for (Candidate candidate : candidates) {
            ActorType type = undecided(candidate) ? taggerType(candidate, tags, tagger, rules) : null;
            typed.add(type == null ? candidate : candidate.withType(type));
        }
        return typed;
    }

    /**
     * A name of unknown kind that is no place and not a word the dictionary knows only as a common noun. A word the
     * dictionary lacks whose last part is a common noun ("Kolbenwagen", a brand) is asked about too when the
     * part-of-speech tagger reads it as a proper noun wherever it stands.
     */
    static boolean undecided(Candidate candidate) {
        GermanLexicon.Entry last = GermanLexicon.lookup(candidate.lastWord());
        return candidate.type() == ActorType.OTHER && !candidate.place()
                && (last.known() ? !last.commonNounOnly() : !GermanLexicon.isCommonNoun(candidate.lastWord())
                || candidate.runs().stream().allMatch(run -> run.words().stream().allMatch(Word::isProperNoun)));
    }

    /**
     * PERSON or ORGANIZATION when the tagger reads at least one run of the name exactly as one name of that class
     * and no run as one of another class; else null.
     */
    private static ActorType taggerType(Candidate candidate, Map<Sentence, String[]> tags, NameTagger tagger,
                                        List<Entity> rules) {
        ActorType found = null;
        boolean freeStanding = false;
        for (NameRun run : candidate.runs()) {
            String[] sentenceTags = tags.computeIfAbsent(run.sentence(),
                    sentence -> tagger.tag(EntityFinder.input(sentence, rules)));
            ActorType type = spanType(sentenceTags, run.from(), run.to(), run.before());
            if (type == null) {
                continue;
            }
            if (found != null && found != type) {
                return null;
            }
            found = type;
            freeStanding |= !afterPreposition(run);
        }
        if (found == ActorType.PERSON && (!candidate.multiWord() || notAName(candidate.lastWord()))) {
            return null; // "Thomas", "Kolbes": a first name alone or a genitive is not a person's name of its own
        }
        if (found == ActorType.ORGANIZATION && !freeStanding) {
            return null; // "schrieb auf Kwitter", "für die Abendpost": a channel or an outlet a preposition governs
        }
        return found == ActorType.COUNTRY || found == ActorType.ORGANIZATION && code(candidate.name()) ? null : found;
    }

    /**
     * "Warum", "Gestern", "Teilnehmer": a word the dictionary knows, as written or in lower case, and never as a name
     * ends no person's name.
     */
    private static boolean notAName(String word) {
        GermanLexicon.Entry entry = GermanLexicon.lookup(word);
        return !entry.properNoun()
                && (entry.known() || GermanLexicon.lookup(word.toLowerCase(java.util.Locale.ROOT)).known());
    }

    /** The run follows a preposition, directly or after an article ("auf Kwitter", "für die Abendpost"). */
    private static boolean afterPreposition(NameRun run) {
        List<Word> words = run.sentence().words();
        int at = run.from() - 1;
        while (at >= 0 && QUOTES.indexOf(words.get(at).text()) >= 0) {
            at--; // für die „Abendpost am Sonntag“
        }
        if (at >= 0 && NameTyper.DETERMINERS.contains(words.get(at).text().toLowerCase(java.util.Locale.ROOT))) {
            at--;
        }
        return at >= 0 && "ADP".equals(words.get(at).tag());
    }

    /** "S", "HB-KLM", "D-ABCD": a single letter or capitals joined by hyphens is a code (a registration), no name. */
    private static boolean code(String name) {
        return name.length() < 2 || name.indexOf('-') > 0 && name.chars().noneMatch(Character::isLowerCase);
    }

    /** The class the tags give exactly the words from … to (B- then I- of one class, no I- after), else null. */
    private static ActorType spanType(String[] tags, int from, int to, Word before) {
        boolean afterTitle = before != null && before.text().endsWith(".") && before.text().length() > 2
                && Character.isUpperCase(before.text().charAt(0)); // "Dr. Ada Brink": the tagger takes "Dr." in
        if (!(tags[from].startsWith("B-") || afterTitle && tags[from].startsWith("I-"))
                || to < tags.length && tags[to].startsWith("I-")) {
            return null;
        }
        String kind = tags[from].substring(2);
        for (int i = from + 1; i < to; i++) {
            if (!tags[i].equals("I-" + kind)) {
                return null;
            }
        }
        return switch (kind) {
            case "PER" -> ActorType.PERSON;
            case "ORG" -> ActorType.ORGANIZATION;
            default -> ActorType.COUNTRY; // a place: not an actor's kind here
        };
    }
}
