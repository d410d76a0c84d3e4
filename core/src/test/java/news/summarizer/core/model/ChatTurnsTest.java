package news.summarizer.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A conversation's turns as the model sees them: what replaced LangChain4j's AI service must send the same. */
class ChatTurnsTest {

    @Test
    void should_show_the_model_its_own_answer_after_the_system_prompt_and_request_when_correcting() {
        // Without the memory a correction would arrive without the article or the answer it corrects.
        List<List<ChatMessage>> sent = new ArrayList<>();
        List<String> answers = new ArrayList<>(List.of("{\"headline\": \"Entwurf\"}", "{\"headline\": \"Korrigiert\"}"));
        ChatModel model = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                sent.add(List.copyOf(request.messages()));
                return ChatResponse.builder().aiMessage(AiMessage.from(answers.remove(0))).build();
            }
        };
        ChatTurns turns = new ChatTurns(model, SummaryConversation.memory(1));

        assertThat(turns.open("Regeln", "Der Artikel")).isEqualTo("{\"headline\": \"Entwurf\"}");
        assertThat(turns.ask("Bitte korrigieren")).isEqualTo("{\"headline\": \"Korrigiert\"}");

        assertThat(sent.get(0)).containsExactly(SystemMessage.from("Regeln"), UserMessage.from("Der Artikel"));
        assertThat(sent.get(1)).containsExactly(SystemMessage.from("Regeln"), UserMessage.from("Der Artikel"),
                AiMessage.from("{\"headline\": \"Entwurf\"}"), UserMessage.from("Bitte korrigieren"));
    }
}
