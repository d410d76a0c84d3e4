package news.summarizer.core.story;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/**
 * The LangChain4j AI service of the fusion call: one story from the per-source results, one service for all
 * stories ({@link news.summarizer.core.model.ConversationAssistant}). Its chat memory keeps the answer, so
 * {@link #correct} can show the model what was wrong with it. The messages come rendered from the versioned prompt
 * files ({@link StoryPrompts#system}, {@code #user}, {@code #correction}). Answers come back as text and are parsed
 * and checked by {@link ModelFusion}; the JSON schema travels as the request's response format.
 */
interface StoryAssistant {

    @SystemMessage("{{system}}")
    @UserMessage("{{message}}")
    Result<String> fuse(@V("system") String system, @V("message") String message);

    @UserMessage("{{message}}")
    Result<String> correct(@V("message") String message);
}
