package news.summarizer.core.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.summarizer.core.story.Story.Agreement;
import news.summarizer.core.summary.Summary;
import news.summarizer.core.text.GermanSentences;
import news.summarizer.core.text.GermanStems;

/**
 * Agreements without a model: a key fact (a key point or summary sentence of one source) that another source states
 * too, judged by shared content words (stop words dropped, the toolkit's {@link GermanStems}) and numbers; sentences
 * are the toolkit's {@link GermanSentences}. The
 * actors' names do not count: every report of the event names them, so sharing them says nothing about agreeing.
 * A fact and its negation share their words ("das Treffen findet statt" / "findet nicht statt"), so facts of
 * different polarity never agree. The statement is the earliest source's own wording, so nothing is invented.
 */
final class KeyFacts {

    /** Content words two facts must share, and the share of the shorter fact's words they must make up. */
    private static final int MIN_SHARED_TERMS = 4;
    private static final double MIN_OVERLAP = 0.5;
    private static final int MAX_AGREEMENTS = 6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
    private static final Pattern NEGATION = Pattern.compile(
            "(?iu)(?<![\\p{L}])(nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|weder|nichts)(?![\\p{L}])");

    private KeyFacts() {
    }

    static List<Agreement> agreements(List<Summary> summaries) {
        Set<String> names = new HashSet<>();
        summaries.forEach(summary -> summary.actors().forEach(actor -> names.addAll(terms(actor.name(), Set.of()))));
        List<List<Fact>> facts = summaries.stream().map(summary -> factsOf(summary, names)).toList();
        List<Agreement> agreements = new ArrayList<>();
        Set<Fact> used = new HashSet<>();
        for (int i = 0; i < facts.size() && agreements.size() < MAX_AGREEMENTS; i++) {
            for (Fact fact : facts.get(i)) {
                if (used.contains(fact)) {
                    continue;
                }
                Set<Integer> articles = new LinkedHashSet<>(List.of(i));
                for (int j = i + 1; j < facts.size(); j++) {
                    Fact match = bestMatch(fact, facts.get(j), used);
                    if (match != null) {
                        articles.add(j);
                        used.add(match);
                    }
                }
                if (articles.size() > 1) {
                    used.add(fact);
                    agreements.add(new Agreement(fact.text(), List.copyOf(articles)));
                    if (agreements.size() == MAX_AGREEMENTS) {
                        break;
                    }
                }
            }
        }
        return agreements;
    }

    private static Fact bestMatch(Fact fact, List<Fact> candidates, Set<Fact> used) {
        Fact best = null;
        double bestOverlap = 0;
        for (Fact candidate : candidates) {
            if (used.contains(candidate) || candidate.negated() != fact.negated()) {
                continue;
            }
            Set<String> shared = new HashSet<>(fact.terms());
            shared.retainAll(candidate.terms());
            int smaller = Math.min(fact.terms().size(), candidate.terms().size());
            double overlap = smaller == 0 ? 0 : (double) shared.size() / smaller;
            if (shared.size() >= MIN_SHARED_TERMS && overlap >= MIN_OVERLAP && overlap > bestOverlap) {
                best = candidate;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** Key points first (they are the source's own choice of facts), then the summary's sentences. */
    private static List<Fact> factsOf(Summary summary, Set<String> names) {
        Set<String> texts = new LinkedHashSet<>(summary.keyPoints());
        if (summary.summary() != null) {
            texts.addAll(GermanSentences.texts(summary.summary().strip()));
        }
        return texts.stream().filter(text -> !text.isBlank()).map(text -> new Fact(text.strip(), terms(text, names), NEGATION.matcher(text).find())).toList();
    }

    static Set<String> terms(String text, Set<String> ignored) {
        Set<String> terms = new HashSet<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.GERMAN);
            boolean number = Character.isDigit(word.charAt(0));
            if (number || (word.length() > 3 && !GermanStems.isStopWord(word))) {
                String term = number ? word : GermanStems.stem(word);
                if (!ignored.contains(term)) {
                    terms.add(term);
                }
            }
        }
        return terms;
    }

    private record Fact(String text, Set<String> terms, boolean negated) {
    }
}
