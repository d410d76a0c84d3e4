package news.summarizer.core.summary;

import java.util.List;

/** The public JSON contract of one summarised article. Field names are API: keep them. */
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
        List<String> warnings) {

    public static final String SUMMARY_LANGUAGE = "de";
}
