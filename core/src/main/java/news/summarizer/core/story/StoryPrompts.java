package news.summarizer.core.story;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.input.PromptTemplate;
import dev.langchain4j.service.output.JsonSchemas;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import news.summarizer.core.engine.SummaryLimits;
import news.summarizer.core.model.PromptFiles;
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
    private static final String DIRECTORY = "/prompts/" + VERSION + "/";
    private static final PromptTemplate SYSTEM = PromptFiles.template(DIRECTORY, "system.txt");
    private static final PromptTemplate USER = PromptFiles.template(DIRECTORY, "user.txt");
    private static final PromptTemplate CORRECTION = PromptFiles.template(DIRECTORY, "correction.txt");

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

    /** The system prompt: the story's rules with the summary's limits. */
    static String system(String boundary) {
        return SYSTEM.apply(Map.of(
                "boundary", boundary,
                "headline_max", SummaryLimits.HEADLINE_MAX_CHARACTERS,
                "summary_sentences", SummaryLimits.range(SummaryLimits.SUMMARY_SENTENCES_MIN, SummaryLimits.SUMMARY_SENTENCES_MAX),
                "key_points", SummaryLimits.range(SummaryLimits.KEY_POINTS_MIN, SummaryLimits.KEY_POINTS_MAX),
                "key_point_max", SummaryLimits.KEY_POINT_MAX_CHARACTERS)).text();
    }

    /** The user message: the sources' results between the boundary markers, and the story's title if it has one. */
    static String user(String boundary, String title, List<SourceResult> sources) {
        return USER.apply(Map.of("boundary", boundary, "title", titleLine(title), "sources", sources(sources),
                "count", sources.size())).text();
    }

    /** The user message sending a rejected answer's problems back (a list, as the conversation writes them). */
    static String correction(String problems) {
        return CORRECTION.apply(Map.of("problems", problems)).text();
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
