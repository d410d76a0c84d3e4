package news.summarizer.core.story;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.article.ArticleFormat;
import news.summarizer.core.article.ContentType;
import news.summarizer.core.article.ArticleIntake;
import news.summarizer.core.article.StrictJson;

/**
 * Reads {@code {"title"?: …, "articles": [{"text": …, "source"?: …, "title"?, "date"?, "url"?}, …]}}. Each article
 * goes through the single-article JSON intake, so it is normalised and validated exactly like a POST /summaries body;
 * a failure names the article's index.
 */
@ApplicationScoped
public class StoryRequestReader {

    private final ArticleIntake intake;

    public StoryRequestReader(ArticleIntake intake) {
        this.intake = intake;
    }

    /** A request body of the given media type: only JSON carries a story (415 {@code unsupported_media_type} else). */
    public StoryRequest read(String mediaType, byte[] body) {
        if (ArticleFormat.fromMediaType(ContentType.parse(mediaType).mediaType()).orElse(null) != ArticleFormat.JSON) {
            throw new SummarizerException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "Content type '" + mediaType + "' is not supported for a story; send application/json");
        }
        return read(body);
    }

    public StoryRequest read(byte[] body) {
        if (body.length > intake.maxBodyBytes()) {
            // The same bound as for one article: a story may not hold more text than one article may.
            throw new SummarizerException(ErrorCode.ARTICLE_TOO_LARGE, "The request has " + body.length
                    + " bytes; the limit is " + intake.maxBodyBytes() + " bytes");
        }
        JsonNode root = StrictJson.read(body);
        if (root == null || !root.isObject() || !root.path("articles").isArray()) {
            throw new SummarizerException(ErrorCode.INVALID_REQUEST,
                    "The JSON body must be an object with an \"articles\" array");
        }
        JsonNode articles = root.get("articles");
        StoryRules.checkCount(articles.size(), "");
        List<StoryArticle> read = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            read.add(article(articles.get(i), i));
        }
        return new StoryRequest(textOrNull(root.get("title")), read);
    }

    private StoryArticle article(JsonNode node, int index) {
        if (!node.isObject()) {
            throw new SummarizerException(ErrorCode.INVALID_REQUEST,
                    "articles[" + index + "] must be an object with a \"text\" field");
        }
        try {
            return new StoryArticle(intake.read(node.toString().getBytes(StandardCharsets.UTF_8), ArticleFormat.JSON),
                    textOrNull(node.get("source")));
        } catch (SummarizerException e) {
            throw StoryRules.forArticle(e, "articles[" + index + "]");
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() || node.asText().isBlank() ? null : node.asText().strip();
    }
}
