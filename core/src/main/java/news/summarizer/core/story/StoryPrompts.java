package news.summarizer.core.story;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.service.output.JsonSchemas;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.Summary;

/**
 * The versioned prompt set of the fusion call ({@code prompts/story-v2/}, used by {@link StoryAssistant}), its
 * schema and the values put into it. The model sees the per-source results, not the articles: each source's
 * summary, key points, actors, and its verbatim quotes ({@code belege}: the lead and the actors' evidence), so the
 * input stays bounded and every claim can quote something that is checked against the article.
 */
final class StoryPrompts {

    static final String VERSION = "story-v2";

    static final JsonSchema SCHEMA = JsonSchemas.jsonSchemaFrom(FusionDraft.class)
            .orElseThrow(() -> new IllegalStateException("LangChain4j cannot derive a schema from FusionDraft"));

    /** Native structured output: the provider constrains the answer to the schema. */
    public static final ResponseFormat NATIVE = ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(SCHEMA).build();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LEAD_CHARACTERS = 400;
    /** Shorter paragraphs are titles, bylines or datelines. */
    private static final int MIN_LEAD_CHARACTERS = 80;

    private StoryPrompts() {
    }

    /** A delimiter no source can predict, derived from the story id (see the single-article prompts). */
    static String boundaryFor(String storyId) {
        return storyId.substring(storyId.indexOf(':') + 1, storyId.indexOf(':') + 13);
    }

    static String titleLine(String title) {
        return title == null ? "" : "Titel der Geschichte laut Auftrag: " + title;
    }

    static String sources(List<SourceResult> sources) {
        ArrayNode array = JSON.createArrayNode();
        for (int i = 0; i < sources.size(); i++) {
            SourceResult source = sources.get(i);
            Summary summary = source.summary();
            ObjectNode node = array.addObject();
            node.put("article", i);
            node.put("source", source.input().source());
            node.put("title", source.input().article().title());
            node.put("date", Objects.toString(source.input().article().date(), null));
            node.put("headline", summary.headline());
            node.put("summary", summary.summary());
            summary.keyPoints().forEach(node.putArray("keyPoints")::add);
            ArrayNode actors = node.putArray("actors");
            for (Actor actor : summary.actors()) {
                actors.addObject().put("name", actor.name()).put("role", actor.role()).put("description", actor.description());
            }
            quotes(source).forEach(node.putArray("belege")::add);
        }
        return array.toPrettyString();
    }

    /** Verbatim passages of the article: its lead and the quote of every actor. */
    static Set<String> quotes(SourceResult source) {
        Set<String> quotes = new LinkedHashSet<>();
        String lead = lead(source.input().article().text());
        if (!lead.isEmpty()) {
            quotes.add(lead);
        }
        source.summary().actors().forEach(actor -> quotes.add(actor.evidence()));
        return quotes;
    }

    /** The first real paragraph (not a byline), cut after its last full sentence within the limit. */
    static String lead(String text) {
        String paragraph = "";
        for (String candidate : text.strip().split("\n\\s*\n")) {
            paragraph = candidate.strip();
            if (paragraph.length() >= MIN_LEAD_CHARACTERS) {
                break;
            }
        }
        if (paragraph.length() <= MAX_LEAD_CHARACTERS) {
            return paragraph;
        }
        String cut = paragraph.substring(0, MAX_LEAD_CHARACTERS);
        int sentenceEnd = Math.max(Math.max(cut.lastIndexOf(". "), cut.lastIndexOf("! ")), cut.lastIndexOf("? "));
        if (sentenceEnd > 0) {
            return cut.substring(0, sentenceEnd + 1);
        }
        int space = cut.lastIndexOf(' ');
        return space > 0 ? cut.substring(0, space) : cut;
    }
}
