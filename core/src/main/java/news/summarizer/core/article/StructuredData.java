package news.summarizer.core.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article in JSON-LD ({@code <script type="application/ld+json">}): the first object
 * typed as an article ({@code NewsArticle}, {@code Article}, {@code BlogPosting}, ..., also inside {@code @graph}),
 * with its {@code articleBody}, {@code headline}, {@code datePublished}, authors, publisher and language. Fields the
 * page does not give are null (authors: empty); a script that is not valid JSON is skipped.
 */
record StructuredData(String articleBody, String headline, String datePublished, List<String> authors,
                      String publisher, String url, String language) {

    static final StructuredData NONE = new StructuredData(null, null, null, List.of(), null, null, null);

    private static final ObjectMapper JSON = new ObjectMapper();

    static StructuredData of(Document document) {
        for (Element script : document.select("script[type=application/ld+json]")) {
            JsonNode article = findArticle(script.data());
            if (article != null) {
                return new StructuredData(text(article.get("articleBody")), text(article.get("headline")),
                        text(article.get("datePublished")), names(article.get("author")),
                        firstName(article.get("publisher")), url(article), text(article.get("inLanguage")));
            }
        }
        return NONE;
    }

    private static JsonNode findArticle(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json.strip());
        } catch (JsonProcessingException e) {
            return null; // pages ship broken JSON-LD; the rest of the page still counts
        }
        Deque<JsonNode> pending = new ArrayDeque<>();
        if (root != null) {
            pending.add(root);
        }
        while (!pending.isEmpty()) {
            JsonNode node = pending.poll();
            if (node.isArray()) {
                node.forEach(pending::add);
            } else if (node.isObject()) {
                if (isArticleType(node.get("@type"))) {
                    return node;
                }
                if (node.has("@graph")) {
                    pending.add(node.get("@graph"));
                }
            }
        }
        return null;
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (isArticleType(each)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText().toLowerCase(Locale.ROOT);
        return name.endsWith("article") || name.endsWith("posting") || name.equals("report");
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (node.isObject()) {
            return text(node.get("@value"));
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }

    private static List<String> names(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        if (node != null && node.isArray()) {
            node.forEach(each -> {
                String name = firstName(each);
                if (name != null) {
                    names.add(name);
                }
            });
        } else {
            String name = firstName(node);
            if (name != null) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    private static String firstName(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : firstName(node.get(0));
        }
        return node.isObject() ? text(node.get("name")) : text(node);
    }

    private static String url(JsonNode article) {
        JsonNode page = article.get("mainEntityOfPage");
        if (page != null && page.isObject()) {
            String id = text(page.get("@id"));
            if (id != null) {
                return id;
            }
        }
        String url = text(article.get("url"));
        return url != null ? url : page != null && page.isTextual() ? text(page) : null;
    }
}
