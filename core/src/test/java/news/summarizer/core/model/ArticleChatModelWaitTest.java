package news.summarizer.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import news.summarizer.core.TestConfigs;
import org.junit.jupiter.api.Test;

/** The work a caller hands to {@link ArticleChatModel#whileWaiting}: run while the model works, on the caller's thread. */
class ArticleChatModelWaitTest {

    @Test
    void should_run_the_work_on_the_calling_thread_while_the_model_is_still_answering() throws Exception {
        // Without it the article's facts would be read before the call is sent (a real model's seconds would not hide
        // them); run after the answer, this model would answer "too late" instead.
        CountDownLatch workDone = new CountDownLatch(1);
        List<String> seen = new ArrayList<>();
        ChatModel model = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                try {
                    seen.add(workDone.await(5, TimeUnit.SECONDS) ? "answered after the work" : "too late");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return ChatResponse.builder().aiMessage(AiMessage.from("{}")).build();
            }
        };
        ArticleChatModel chat = new ArticleChatModel(new ModelTarget("openai", "fake", model, 100, false),
                TestConfigs.config().model(), Sleeper.THREAD);
        Thread caller = Thread.currentThread();
        List<Thread> ranOn = new ArrayList<>();
        chat.whileWaiting(() -> {
            ranOn.add(Thread.currentThread());
            workDone.countDown();
        });

        chat.chat(List.of(UserMessage.from("Artikel")));
        chat.chat(List.of(UserMessage.from("Noch einmal")));

        assertThat(seen).containsExactly("answered after the work", "answered after the work");
        assertThat(ranOn).as("once, on the caller's thread").containsExactly(caller);
    }

    @Test
    void should_answer_as_before_when_the_work_fails() {
        // Without the guard a failure of work the caller can redo (it meets it again where it needs it) would fail the
        // model call that has already been paid for.
        ChatModel model = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                return ChatResponse.builder().aiMessage(AiMessage.from("{\"ok\":true}")).build();
            }
        };
        ArticleChatModel chat = new ArticleChatModel(new ModelTarget("openai", "fake", model, 100, false),
                TestConfigs.config().model(), Sleeper.THREAD);
        chat.whileWaiting(() -> {
            throw new IllegalStateException("kaputt");
        });

        assertThat(chat.chat(List.of(UserMessage.from("Artikel"))).aiMessage().text()).isEqualTo("{\"ok\":true}");
    }
}
