package news.summarizer.core.model;

import java.util.List;
import news.summarizer.core.article.Article;

/**
 * The versioned prompt set under {@code prompts/<version>/} (used by {@link SummaryAssistant}) and the values put
 * into it. A changed prompt is a new version directory, so a result's {@code engine.promptVersion} always names
 * the exact words the model was given.
 */
public final class SummaryPrompts {

    public static final String VERSION = "summary-v1";

    private SummaryPrompts() {
    }

    /**
     * A delimiter the article's author cannot predict (it derives from the hash of the text that would have to
     * contain it), so an article cannot close its own data block and smuggle instructions after it.
     */
    public static String boundaryFor(Article article) {
        String hex = article.id().substring(article.id().indexOf(':') + 1);
        return hex.substring(0, 12);
    }

    /** What the source says about the article besides its text: title and publication date, one per line. */
    public static String metadata(Article article) {
        StringBuilder metadata = new StringBuilder();
        if (article.title() != null) {
            metadata.append("Titel laut Quelle: ").append(article.title()).append('\n');
        }
        if (article.date() != null) {
            metadata.append("Erscheinungsdatum: ").append(article.date()).append('\n');
        }
        return metadata.toString().strip();
    }

    /** The problems of a rejected answer as the bullet list the correction prompt expects. */
    public static String problemList(List<String> problems) {
        return "- " + String.join("\n- ", problems);
    }
}
