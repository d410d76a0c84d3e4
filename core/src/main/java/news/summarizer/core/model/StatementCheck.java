package news.summarizer.core.model;

import java.util.List;
import news.summarizer.core.engine.DraftActor;
import news.summarizer.core.engine.DraftStatement;
import news.summarizer.core.engine.DraftSummary;
import news.summarizer.core.summary.StatementKind;
import news.summarizer.core.text.Folding;
import news.summarizer.core.statements.QuoteMarks;
import news.summarizer.core.statements.Speakers;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;

/**
 * The fact check of a draft's statements: each {@code text} must stand verbatim in the article (quote marks, dashes
 * and case may differ, see {@link Folding#searchFold}) and each {@code speaker} must be the name of one of the draft's
 * actors. A statement that breaks either is a claim the article does not support: it goes back to the model once and
 * is dropped if it stays ({@link ClaimDropper}); the grounder applies the same two rules to what is delivered.
 */
final class StatementCheck {

    private final String foldedArticle;

    StatementCheck(String article) {
        this.foldedArticle = Folding.searchFold(article);
    }

    /** Adds a problem for each unsupported statement; returns how many statements were checked. */
    int check(DraftSummary draft, List<Problem> problems) {
        List<DraftStatement> statements = draft.statements();
        for (int i = 0; i < statements.size(); i++) {
            DraftStatement statement = statements.get(i);
            String where = "\"statements[" + i + "]\"";
            String text = statement.text() == null ? "" : QuoteMarks.strip(statement.text());
            if (text.isBlank() || !foldedArticle.contains(Folding.searchFold(text))) {
                problems.add(new Problem(Problem.Kind.FACT, where + ".text steht nicht wörtlich im Artikel. Übernimm "
                        + "den Wortlaut der Aussage unverändert aus dem Artikel.", null,
                        new Problem.Claim(Problem.Claim.Field.STATEMENT, i, text, "its text is not in the article")));
            } else if (!isActor(statement.speaker(), draft.actors())) {
                problems.add(new Problem(Problem.Kind.FACT, where + ".speaker „" + statement.speaker() + "“ ist kein "
                        + "Eintrag in \"actors\". Nenne als Sprecher genau den \"name\" eines Akteurs.", null,
                        new Problem.Claim(Problem.Claim.Field.STATEMENT, i, text,
                                "its speaker '" + statement.speaker() + "' is not one of the actors")));
            } else if (StatementKind.parse(statement.kind()) == null) {
                problems.add(Problem.soft(where + ".kind muss \"direct\" oder \"indirect\" sein.",
                        "Statement " + (i + 1) + " has the kind '" + statement.kind() + "'; its quote marks decide it."));
            }
        }
        return statements.size();
    }

    /** The grounder's rule ({@link Speakers}): "Hartwig" names the actor "Lena Hartwig". */
    private static boolean isActor(String speaker, List<DraftActor> actors) {
        List<Actor> named = actors.stream()
                .filter(actor -> actor != null && actor.name() != null && !actor.name().isBlank())
                .map(actor -> new Actor(actor.name(), actor.type() == null ? ActorType.OTHER : actor.type(), null, null, 0,
                        null, -1))
                .toList();
        return Speakers.actorNamed(speaker, named) != null;
    }
}
