package news.summarizer.core.model;

import news.summarizer.core.text.GermanSentences;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.summarizer.core.engine.DraftActor;
import news.summarizer.core.engine.DraftSummary;
import news.summarizer.core.language.LanguageDetector;

/**
 * Checks a model's draft against the contract before anyone sees it. Problems are phrased for the model, in
 * German, naming exactly the field and what is wrong, so that a corrective reprompt can fix them.
 */
final class SummaryValidator {

    static final int MAX_HEADLINE = 150;
    static final int MAX_SUMMARY = 1500;
    static final int MAX_KEY_POINT = 300;
    static final int MAX_ACTORS = 15;

    private SummaryValidator() {
    }

    record Result(List<String> contractProblems, List<String> languageProblems) {
        boolean valid() {
            return contractProblems.isEmpty() && languageProblems.isEmpty();
        }

        List<String> all() {
            return Stream.concat(contractProblems.stream(), languageProblems.stream()).toList();
        }
    }

    static Result validate(DraftSummary draft) {
        List<String> problems = new ArrayList<>();
        text(problems, "headline", draft.headline(), MAX_HEADLINE);
        text(problems, "summary", draft.summary(), MAX_SUMMARY);
        if (draft.summary() != null && !draft.summary().isBlank()) {
            int sentences = countSentences(draft.summary());
            if (sentences < 3 || sentences > 5) {
                problems.add("\"summary\" hat " + sentences + " Sätze; verlangt sind 3 bis 5 vollständige Sätze.");
            }
        }
        if (draft.keyPoints().size() < 3 || draft.keyPoints().size() > 6) {
            problems.add("\"keyPoints\" hat " + draft.keyPoints().size() + " Einträge; verlangt sind 3 bis 6.");
        }
        for (int i = 0; i < draft.keyPoints().size(); i++) {
            text(problems, "keyPoints[" + i + "]", draft.keyPoints().get(i), MAX_KEY_POINT);
        }
        if (draft.actors().size() > MAX_ACTORS) {
            problems.add("\"actors\" hat " + draft.actors().size() + " Einträge; erlaubt sind höchstens " + MAX_ACTORS + ".");
        }
        for (int i = 0; i < draft.actors().size(); i++) {
            actor(problems, "actors[" + i + "]", draft.actors().get(i));
        }
        return new Result(problems, problems.isEmpty() ? languageProblems(draft) : List.of());
    }

    private static void actor(List<String> problems, String path, DraftActor actor) {
        if (actor == null) {
            problems.add("\"" + path + "\" ist leer.");
            return;
        }
        text(problems, path + ".name", actor.name(), 120);
        if (actor.type() == null) {
            problems.add("\"" + path + ".type\" muss PERSON, ORGANIZATION, COUNTRY oder OTHER sein.");
        }
        text(problems, path + ".evidence", actor.evidence(), 600);
        if (actor.description() != null && actor.description().length() > 400) {
            problems.add("\"" + path + ".description\" ist länger als 400 Zeichen.");
        }
    }

    private static void text(List<String> problems, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add("\"" + field + "\" fehlt oder ist leer.");
        } else if (value.length() > maxLength) {
            problems.add("\"" + field + "\" ist " + value.length() + " Zeichen lang; erlaubt sind höchstens " + maxLength + ".");
        }
    }

    /** The parts a reader sees must be German, even when the model drifts into the article's language. */
    private static List<String> languageProblems(DraftSummary draft) {
        List<String> problems = new ArrayList<>();
        String mainText = draft.headline() + ". " + draft.summary() + " " + String.join(". ", draft.keyPoints());
        if (!LanguageDetector.isGerman(mainText)) {
            problems.add("Überschrift, Zusammenfassung und Kernaussagen sind nicht auf Deutsch (erkannt: "
                    + LanguageDetector.detect(mainText) + "). Schreibe sie auf Deutsch.");
        }
        String descriptions = draft.actors().stream()
                .map(DraftActor::description)
                .filter(d -> d != null && !d.isBlank())
                .collect(Collectors.joining(" "));
        if (!descriptions.isBlank() && !LanguageDetector.isGerman(descriptions)) {
            problems.add("Die Beschreibungen der Akteure (\"description\") sind nicht auf Deutsch. Schreibe sie auf Deutsch.");
        }
        return problems;
    }

    static int countSentences(String text) {
        return GermanSentences.count(text);
    }
}
