package news.summarizer.core.model;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/**
 * The LangChain4j AI service that writes summaries. One instance per conversation: its chat memory keeps the answer
 * under correction, so {@link #correct} shows the model its own answer and exactly what was wrong with it.
 * The system prompt comes rendered with the article's limits ({@link SummaryPrompts#system}); answers come back as
 * text and are parsed and validated by us; the JSON schema travels as the request's response format (see
 * {@link ArticleChatModel}).
 */
interface SummaryAssistant {

    String PROMPTS = SummaryPrompts.DIRECTORY;

    @SystemMessage("{{system}}")
    @UserMessage(fromResource = PROMPTS + "user.txt")
    Result<String> summarize(@V("system") String system, @V("boundary") String boundary, @V("metadata") String metadata,
                             @V("article") String article);

    @SystemMessage("{{system}}")
    @UserMessage(fromResource = PROMPTS + "part.txt")
    Result<String> summarizePart(@V("system") String system, @V("boundary") String boundary, @V("metadata") String metadata,
                                 @V("article") String part, @V("part") int number, @V("parts") int count);

    @SystemMessage("{{system}}")
    @UserMessage(fromResource = PROMPTS + "merge.txt")
    Result<String> merge(@V("system") String system, @V("boundary") String boundary, @V("metadata") String metadata,
                         @V("parts_json") String partsJson, @V("parts") int count);

    @UserMessage(fromResource = PROMPTS + "correction.txt")
    Result<String> correct(@V("problems") String problems);
}
