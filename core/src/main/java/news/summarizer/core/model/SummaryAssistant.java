package news.summarizer.core.model;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/**
 * The LangChain4j AI service that writes summaries. One instance per conversation: its chat memory keeps the answer
 * under correction, so {@link #correct} shows the model its own answer and exactly what was wrong with it.
 * Answers come back as text and are parsed and validated by us; the JSON schema travels as the request's
 * response format (see {@link GuardedChatModel}).
 */
interface SummaryAssistant {

    String PROMPTS = "/prompts/" + SummaryPrompts.VERSION + "/";

    @SystemMessage(fromResource = PROMPTS + "system.txt")
    @UserMessage(fromResource = PROMPTS + "user.txt")
    Result<String> summarize(@V("boundary") String boundary, @V("metadata") String metadata, @V("article") String article);

    @SystemMessage(fromResource = PROMPTS + "system.txt")
    @UserMessage(fromResource = PROMPTS + "part.txt")
    Result<String> summarizePart(@V("boundary") String boundary, @V("metadata") String metadata, @V("article") String part,
                                 @V("part") int number, @V("parts") int count);

    @SystemMessage(fromResource = PROMPTS + "system.txt")
    @UserMessage(fromResource = PROMPTS + "merge.txt")
    Result<String> merge(@V("boundary") String boundary, @V("metadata") String metadata, @V("parts_json") String partsJson,
                         @V("parts") int count);

    @UserMessage(fromResource = PROMPTS + "correction.txt")
    Result<String> correct(@V("problems") String problems);
}
