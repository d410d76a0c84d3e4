package news.summarizer.core.model;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.AiServices;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One AI service of type {@code A} for all conversations, built once: {@link SummaryAssistant} for every summary,
 * the story's assistant for every fusion. Building one per conversation
 * cost a third of a warm request (JFR, cold-start benchmark): the builder and its first call look up LangChain4j's
 * service providers (guardrail executors and their configs, listeners, class metadata) through {@code ServiceLoader},
 * which opens every jar of the function's {@code lib/} each time. The AI service keeps no state of its own but its
 * chat model and chat memory, and those are per article and per conversation: they are bound to the thread that runs
 * the conversation (a long article's parts run on threads of their own), and the AI service reaches them through
 * the {@link BoundModel} and {@link BoundMemory} it was built with.
 */
public final class ConversationAssistant<A> {

    private record Conversation(ArticleChatModel chat, ChatMemory memory) {
    }

    private final ThreadLocal<Conversation> current = new ThreadLocal<>();
    private final A assistant;

    /**
     * @param service the AI service interface; its prompts should be rendered by the caller ({@code "{{message}}"}),
     *                since LangChain4j reads a {@code fromResource} template from the class path again on every call
     */
    public ConversationAssistant(Class<A> service) {
        this.assistant = AiServices.builder(service)
                .chatModel(new BoundModel())
                .chatMemory(new BoundMemory())
                .build();
    }

    /** Runs {@code conversation} with the AI service talking to {@code chat} and remembering in {@code memory}. */
    public <T> T converse(ArticleChatModel chat, ChatMemory memory, Function<A, T> conversation) {
        Conversation outer = current.get();
        current.set(new Conversation(chat, memory));
        try {
            return conversation.apply(assistant);
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }

    private Conversation bound() {
        Conversation conversation = current.get();
        if (conversation == null) {
            throw new IllegalStateException("The assistant was called outside a conversation");
        }
        return conversation;
    }

    /** The article's chat model of the conversation on this thread. */
    private final class BoundModel implements ChatModel {
        @Override
        public ChatResponse doChat(ChatRequest request) {
            return bound().chat().doChat(request);
        }
    }

    /** The chat memory of the conversation on this thread. */
    private final class BoundMemory implements ChatMemory {
        private Supplier<ChatMemory> memory() {
            return () -> bound().memory();
        }

        @Override
        public Object id() {
            return memory().get().id();
        }

        @Override
        public void add(ChatMessage message) {
            memory().get().add(message);
        }

        @Override
        public void set(Iterable<ChatMessage> messages) {
            memory().get().set(messages);
        }

        @Override
        public List<ChatMessage> messages() {
            return memory().get().messages();
        }

        @Override
        public void clear() {
            memory().get().clear();
        }
    }
}
