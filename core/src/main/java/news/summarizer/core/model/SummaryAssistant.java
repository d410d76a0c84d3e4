package news.summarizer.core.model;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/**
 * The LangChain4j AI service that writes summaries (one for all conversations, see {@link ConversationAssistant}): the
 * chat memory of a conversation keeps the answer under correction, so {@link #correct} shows the model its own answer
 * and exactly what was wrong with it. The user messages come rendered from the versioned prompt files
 * ({@link SummaryPrompts#user}, {@code #part}, {@code #merge}, {@code #correction}): LangChain4j reads a
 * {@code fromResource} template from the class path again on every call, which was a tenth of a warm request (JFR).
 * The system prompt comes rendered with the article's limits ({@link SummaryPrompts#system}); answers come back as
 * text and are parsed and validated by us; the JSON schema travels as the request's response format (see
 * {@link ArticleChatModel}).
 */
interface SummaryAssistant {

    /** Opens a conversation: the whole article, a part of a long one, or the merge of the parts. */
    @SystemMessage("{{system}}")
    @UserMessage("{{message}}")
    Result<String> open(@V("system") String system, @V("message") String message);

    @UserMessage("{{message}}")
    Result<String> correct(@V("message") String message);
}
