package news.summarizer.core.model;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.DraftSummary;
import org.jboss.logging.Logger;

/**
 * Asks the model for a draft and insists on a valid one: an answer that does not parse or breaks the contract
 * goes back with the exact problems (up to {@code summarizer.model.reprompts} times); an answer that is not
 * German gets one corrective reprompt. After that the caller gets a 502-class domain error, never the bad draft.
 */
@ApplicationScoped
public class SummaryConversation {

    private static final Logger LOG = Logger.getLogger(SummaryConversation.class);
    private static final int LANGUAGE_REPROMPTS = 1;

    private final ModelGateway gateway;
    private final SummaryPrompts prompts;
    private final int reprompts;

    public SummaryConversation(ModelGateway gateway, SummaryPrompts prompts, SummarizerConfig config) {
        this.gateway = gateway;
        this.prompts = prompts;
        this.reprompts = config.model().reprompts();
    }

    public DraftSummary draft(ModelTarget target, String systemPrompt, String userPrompt, UsageMeter meter,
                              Deadline deadline) {
        List<ChatMessage> messages = new ArrayList<>(List.of(SystemMessage.from(systemPrompt), UserMessage.from(userPrompt)));
        int languageReprompts = 0;
        for (int round = 0; ; round++) {
            ChatRequest request = ChatRequest.builder()
                    .messages(messages)
                    .responseFormat(target.nativeJsonSchema() ? SummarySchema.NATIVE : SummarySchema.JSON_ONLY)
                    .maxOutputTokens(target.maxOutputTokens())
                    .build();
            ChatResponse response = gateway.complete(target, request, meter, deadline);
            String answer = response.aiMessage().text();
            AnswerParser.Parsed parsed = AnswerParser.parse(answer);
            List<String> problems;
            boolean languageOnly = false;
            if (parsed.draft() == null) {
                problems = List.of(parsed.problem());
            } else {
                SummaryValidator.Result result = SummaryValidator.validate(parsed.draft());
                if (result.valid()) {
                    return parsed.draft();
                }
                problems = result.all();
                languageOnly = result.contractProblems().isEmpty();
            }
            if (languageOnly) {
                languageReprompts++;
            }
            boolean exhausted = round >= reprompts || (languageOnly && languageReprompts > LANGUAGE_REPROMPTS);
            if (exhausted) {
                LOG.warnf("model answer rejected after %d correction(s): %s", round, problems);
                throw languageOnly
                        ? new SummarizerException(ErrorCode.MODEL_OUTPUT_NOT_GERMAN,
                                "The model did not write the summary in German, even after a correction")
                        : new SummarizerException(ErrorCode.MODEL_OUTPUT_INVALID,
                                "The model's answer broke the summary contract after " + round + " correction(s): "
                                        + String.join(" ", problems));
            }
            LOG.infof("model answer rejected, asking for a correction: %s", problems);
            messages.add(AiMessage.from(answer == null || answer.isBlank() ? "(leer)" : answer));
            messages.add(UserMessage.from(prompts.correction(problems)));
        }
    }
}
