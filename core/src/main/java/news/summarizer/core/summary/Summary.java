package news.summarizer.core.summary;

import java.util.List;

/**
 * The public JSON contract of one summarised article. Field names are API: keep them.
 *
 * @param language       ISO 639-1 code of the language headline, summary and key points are written in: German for a
 *                       model, the article's own language for the offline engine (which quotes and cannot translate)
 * @param sourceLanguage ISO 639-1 code of the article's language, {@code und} when the text says too little
 * @param entities       every person, organisation and place the article names, in text order, each linked to its
 *                       actor where it has one
 * @param statements     who said what: statements of the actors, verbatim from the article, in article order
 */
public record Summary(
        String id,
        String language,
        String sourceLanguage,
        String headline,
        String summary,
        List<String> keyPoints,
        List<Actor> actors,
        ArticleInfo article,
        EngineInfo engine,
        List<String> warnings,
        List<Entity> entities,
        List<Statement> statements) {

    public Summary {
        statements = statements == null ? List.of() : List.copyOf(statements);
    }

    /** The same summary with other article information (e.g. with the text intake read, when asked for). */
    public Summary withArticle(ArticleInfo other) {
        return new Summary(id, language, sourceLanguage, headline, summary, keyPoints, actors, other, engine, warnings,
                entities, statements);
    }
}
