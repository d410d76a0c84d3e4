package news.summarizer.core.offline;

import news.summarizer.core.text.NameForms;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.summarizer.core.engine.DraftActor;

/**
 * Says what an actor does in the article's own words: the description is the shortest prose sentence that
 * names the actor (shortened at a clause boundary, never rewritten), preferring one where the actor speaks or
 * acts; the evidence is the sentence that introduces the actor, verbatim.
 */
final class ActorDescriber {

    private static final int MAX_DESCRIPTION = 220;
    private static final int MAX_EVIDENCE = 300;
    private static final int MIN_WORDS = 6;
    private static final Set<String> ACTION_VERBS = Set.of("sagte", "sagt", "erklärte", "kündigte", "forderte", "warnte",
            "betonte", "versprach", "begrüßte", "kritisierte", "bestätigte", "sprach", "teilte", "mahnte", "unterzeichnete",
            "unterzeichneten", "lehnte", "verlangte", "drohte", "reagierte", "beschloss", "entschied", "will", "plant");

    private ActorDescriber() {
    }

    static DraftActor describe(Candidate actor, List<Sentence> sentences) {
        return new DraftActor(actor.name(), actor.type(), actor.role(), description(actor, sentences).orElse(null),
                evidence(actor));
    }

    private static Optional<String> description(Candidate actor, List<Sentence> sentences) {
        String mention = actor.shortName();
        return sentences.stream()
                .filter(s -> !s.heading() && !s.quoteOnly() && s.bodyWords().size() >= MIN_WORDS)
                .filter(s -> mentions(s, actor))
                .min(Comparator.comparingDouble(s -> weight(s, mention)))
                .map(s -> ClauseShortener.standalone(s.body(), MAX_DESCRIPTION))
                .filter(text -> NameForms.mentions(text, mention) || text.contains(actor.runs().get(0).text()));
    }

    /**
     * Shorter is better; a sentence where the actor itself acts or speaks (named first, or right next to the
     * verb: "sagte Hartwig") counts as much shorter, one that opens with someone's quotation as longer.
     */
    private static double weight(Sentence sentence, String mention) {
        List<Word> words = sentence.bodyWords();
        boolean acts = false;
        for (int i = 0; i < words.size(); i++) {
            if (ACTION_VERBS.contains(words.get(i).text())) {
                acts |= namedAt(words, i - 1, mention) || namedAt(words, i + 1, mention);
            }
        }
        acts |= namedAt(words, 0, mention) || namedAt(words, 1, mention) || namedAt(words, 2, mention);
        boolean quotation = sentence.body().startsWith("„") || sentence.body().startsWith("«")
                || sentence.body().startsWith("\"");
        return sentence.body().length() - (acts ? 80 : 0) + (quotation ? 60 : 0);
    }

    private static boolean namedAt(List<Word> words, int index, String mention) {
        return index >= 0 && index < words.size() && NameForms.mentions(words.get(index).text(), mention);
    }

    private static boolean mentions(Sentence sentence, Candidate actor) {
        if (actor.runs().stream().anyMatch(run -> run.sentence() == sentence)) {
            return true;
        }
        return actor.type() == news.summarizer.core.summary.ActorType.PERSON
                && NameForms.mentions(sentence.body(), actor.lastWord());
    }

    /** The sentence that first names the actor in full; cut around the name if long. */
    private static String evidence(Candidate actor) {
        NameRun run = actor.runs().stream().filter(r -> ActorNames.canonical(r).equals(actor.name())).findFirst()
                .orElse(actor.runs().get(0));
        Sentence sentence = run.sentence();
        String body = sentence.body().strip();
        if (body.length() <= MAX_EVIDENCE) {
            return body;
        }
        int offset = run.start() - sentence.bodyStart();
        int from = Math.max(0, Math.min(offset - MAX_EVIDENCE / 3, body.length() - MAX_EVIDENCE));
        int to = Math.min(body.length(), from + MAX_EVIDENCE);
        int space = body.indexOf(' ', from);
        from = from == 0 || space < 0 || space >= offset ? from : space + 1;
        int lastSpace = body.lastIndexOf(' ', to);
        to = to == body.length() || lastSpace <= offset + run.text().length() ? to : lastSpace;
        return body.substring(from, to).strip();
    }
}
