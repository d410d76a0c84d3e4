package news.summarizer.core.model;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;

/**
 * One conversation with a chat model (a summary, a part of a long article, their merge, a story's fusion): the system
 * prompt and the opening request, then corrections, every turn kept in the conversation's chat memory so that a
 * correction shows the model its own answer. The messages come rendered from the versioned prompt files
 * ({@link SummaryPrompts}, the story's prompts); answers come back as text and are parsed and checked by us.
 *
 * <p>This is all a LangChain4j AI service did for us (rendering {@code "{{message}}"} templates of values we had
 * rendered already, the memory, the text of the answer), without its proxy, guardrail, listener and tool machinery:
 * building one and its first call loaded about 170 classes and looked up LangChain4j's service providers through
 * {@code ServiceLoader}, on the first request of every cold start (docs/performance.md). The requests are the same,
 * turn for turn.
 */
public final class ChatTurns {

    private final ChatModel model;
    private final ChatMemory memory;

    public ChatTurns(ChatModel model, ChatMemory memory) {
        this.model = model;
        this.memory = memory;
    }

    /** Opens the conversation with its system prompt and first request; returns the answer's text (null if none). */
    public String open(String system, String request) {
        memory.add(SystemMessage.from(system));
        return ask(request);
    }

    /** The next request in the same conversation (a correction); returns the answer's text (null if none). */
    public String ask(String request) {
        memory.add(UserMessage.from(request));
        AiMessage answer = model.chat(ChatRequest.builder().messages(memory.messages()).build()).aiMessage();
        memory.add(answer);
        return answer.text();
    }
}
