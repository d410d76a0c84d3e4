package news.summarizer.core.model;

import dev.langchain4j.model.chat.ChatModel;

/**
 * The configured model: the LangChain4j chat model plus what the conversation needs to know about it.
 *
 * @param nativeJsonSchema whether the provider enforces our JSON schema itself (otherwise the prompt carries it)
 */
public record ModelTarget(String provider, String model, ChatModel chatModel, int maxOutputTokens,
                          boolean nativeJsonSchema) {
}
