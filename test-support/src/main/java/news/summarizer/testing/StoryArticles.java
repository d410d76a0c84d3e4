package news.summarizer.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Three fictional German reports of one event that contradict each other (written for this project): an appliance
 * maker's plant closure announced (450 jobs), then the decision adjourned (300 core jobs, says the works council),
 * then the state's offer of help while the closure "remains the most likely option". The same actors appear under
 * name variants ("Vorstandschef Jonas Reuter", "Reuter", "der Talvenwerk-Chef").
 */
public final class StoryArticles {

    /** One source: the resource, its outlet and publication date. The first line of the file is its title. */
    public record Source(String resource, String source, String date) {

        public String file() {
            return TestArticles.text(resource);
        }

        public String title() {
            return file().lines().findFirst().orElseThrow().strip();
        }

        /** The article body after the title line, as sent in {@code text}. */
        public String text() {
            String file = file();
            return file.substring(file.indexOf('\n') + 1).strip();
        }

        /** The article as one element of a POST /stories body. */
        public ObjectNode json() {
            ObjectNode article = JSON.createObjectNode();
            article.put("text", text());
            article.put("title", title());
            article.put("date", date);
            article.put("source", source);
            return article;
        }
    }

    public static final Source CLOSURE = new Source("articles/story/talvenwerk-1-schliessung.txt", "Märkische Rundschau",
            "2025-10-20");
    public static final Source ADJOURNED = new Source("articles/story/talvenwerk-2-vertagt.txt", "Havelkurier",
            "2025-10-21");
    public static final Source STATE_OFFER = new Source("articles/story/talvenwerk-3-gespraech.txt", "npa", "2025-10-21");

    public static final List<Source> ALL = List.of(CLOSURE, ADJOURNED, STATE_OFFER);

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoryArticles() {
    }

    /** A POST /stories body with the given sources in order. */
    public static ObjectNode request(String title, List<Source> sources) {
        ObjectNode body = JSON.createObjectNode();
        if (title != null) {
            body.put("title", title);
        }
        ArrayNode articles = body.putArray("articles");
        sources.forEach(source -> articles.add(source.json()));
        return body;
    }
}
