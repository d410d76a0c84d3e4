package news.summarizer.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import news.summarizer.core.engine.DraftActor;
import news.summarizer.core.engine.DraftSummary;
import news.summarizer.core.engine.SummaryLimits;
import news.summarizer.core.language.LanguageDetector;
import news.summarizer.core.text.GermanSentences;

/**
 * Checks a model's draft against the contract before anyone sees it. Hard rules (required fields and types,
 * German) decide whether a draft can be delivered at all; soft rules (counts and lengths, from
 * {@link SummaryLimits}) only whether it is as asked. Problems are phrased for the model, in German, naming exactly
 * the field and what is wrong, so that a corrective reprompt can fix them.
 */
final class SummaryValidator {

    private SummaryValidator() {
    }

    /** Every problem of the draft; language is judged only once the draft is complete. */
    static List<Problem> validate(DraftSummary draft, SummaryLimits limits) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "headline", draft.headline(), SummaryLimits.HEADLINE_MAX_CHARACTERS);
        text(problems, "summary", draft.summary(), SummaryLimits.SUMMARY_MAX_CHARACTERS);
        if (draft.summary() != null && !draft.summary().isBlank()) {
            int sentences = GermanSentences.count(draft.summary());
            if (sentences < limits.summarySentencesMin() || sentences > limits.summarySentencesMax()) {
                String asked = SummaryLimits.range(limits.summarySentencesMin(), limits.summarySentencesMax());
                problems.add(Problem.soft("\"summary\" hat " + sentences + " Sätze; verlangt sind " + asked
                                + " vollständige Sätze.",
                        "The summary has " + sentences + " sentence(s); " + asked.replace(" bis ", " to ") + " were asked for."));
            }
        }
        if (draft.keyPoints().isEmpty()) {
            problems.add(Problem.hard("\"keyPoints\" fehlt oder ist leer."));
        } else if (draft.keyPoints().size() < limits.keyPointsMin() || draft.keyPoints().size() > limits.keyPointsMax()) {
            String asked = SummaryLimits.range(limits.keyPointsMin(), limits.keyPointsMax());
            problems.add(Problem.soft("\"keyPoints\" hat " + draft.keyPoints().size() + " Einträge; verlangt sind " + asked + ".",
                    "There are " + draft.keyPoints().size() + " key point(s); " + asked.replace(" bis ", " to ") + " were asked for."));
        }
        for (int i = 0; i < draft.keyPoints().size(); i++) {
            text(problems, "keyPoints[" + i + "]", draft.keyPoints().get(i), SummaryLimits.KEY_POINT_MAX_CHARACTERS);
        }
        if (draft.actors().size() > SummaryLimits.ACTORS_MAX) {
            problems.add(Problem.soft("\"actors\" hat " + draft.actors().size() + " Einträge; erlaubt sind höchstens "
                    + SummaryLimits.ACTORS_MAX + ".", "The model named " + draft.actors().size() + " actors; only the first "
                    + SummaryLimits.ACTORS_MAX + " are kept."));
        }
        for (int i = 0; i < draft.actors().size(); i++) {
            actor(problems, "actors[" + i + "]", draft.actors().get(i));
        }
        if (draft.statements().size() > SummaryLimits.STATEMENTS_MAX) {
            problems.add(Problem.soft("\"statements\" hat " + draft.statements().size() + " Einträge; erlaubt sind höchstens "
                    + SummaryLimits.STATEMENTS_MAX + ".", "The model reported " + draft.statements().size()
                    + " statements; at most " + SummaryLimits.STATEMENTS_MAX + " were asked for."));
        }
        if (problems.stream().noneMatch(problem -> problem.kind() == Problem.Kind.HARD)) {
            problems.addAll(languageProblems(draft));
        }
        return problems;
    }

    private static void actor(List<Problem> problems, String path, DraftActor actor) {
        if (actor == null) {
            problems.add(Problem.hard("\"" + path + "\" ist leer."));
            return;
        }
        text(problems, path + ".name", actor.name(), SummaryLimits.ACTOR_NAME_MAX_CHARACTERS);
        if (actor.type() == null) {
            problems.add(Problem.hard("\"" + path + ".type\" muss PERSON, ORGANIZATION, COUNTRY oder OTHER sein."));
        }
        text(problems, path + ".evidence", actor.evidence(), SummaryLimits.EVIDENCE_MAX_CHARACTERS);
        if (actor.description() != null && actor.description().length() > SummaryLimits.DESCRIPTION_MAX_CHARACTERS) {
            problems.add(tooLong(path + ".description", actor.description().length(), SummaryLimits.DESCRIPTION_MAX_CHARACTERS));
        }
    }

    /** Missing is hard; too long is soft. */
    private static void text(List<Problem> problems, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.hard("\"" + field + "\" fehlt oder ist leer."));
        } else if (value.length() > maxLength) {
            problems.add(tooLong(field, value.length(), maxLength));
        }
    }

    private static Problem tooLong(String field, int length, int maxLength) {
        return Problem.soft("\"" + field + "\" ist " + length + " Zeichen lang; erlaubt sind höchstens " + maxLength + ".",
                "\"" + field + "\" has " + length + " characters; at most " + maxLength + " were asked for.");
    }

    /** The parts a reader sees must be German, even when the model drifts into the article's language. */
    private static List<Problem> languageProblems(DraftSummary draft) {
        List<Problem> problems = new ArrayList<>();
        String mainText = draft.headline() + ". " + draft.summary() + " " + String.join(". ", draft.keyPoints());
        if (!LanguageDetector.isGerman(mainText)) {
            problems.add(Problem.language("Überschrift, Zusammenfassung und Kernaussagen sind nicht auf Deutsch (erkannt: "
                    + LanguageDetector.detect(mainText) + "). Schreibe sie auf Deutsch."));
        }
        String descriptions = draft.actors().stream()
                .filter(actor -> actor != null && actor.description() != null && !actor.description().isBlank())
                .map(DraftActor::description)
                .collect(Collectors.joining(" "));
        if (!descriptions.isBlank() && !LanguageDetector.isGerman(descriptions)) {
            problems.add(Problem.language("Die Beschreibungen der Akteure (\"description\") sind nicht auf Deutsch. "
                    + "Schreibe sie auf Deutsch."));
        }
        return problems;
    }
}
