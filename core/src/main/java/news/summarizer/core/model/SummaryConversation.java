package news.summarizer.core.model;

import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;
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
    private final int reprompts;

    public SummaryConversation(ModelGateway gateway, SummarizerConfig config) {
        this.gateway = gateway;
        this.reprompts = config.model().reprompts();
    }

    /**
     * Runs one conversation: {@code opening} asks the assistant for the draft (whole article, a part, or the merge of
     * parts); invalid answers go back through {@link SummaryAssistant#correct}.
     */
    public DraftSummary draft(ModelTarget target, Function<SummaryAssistant, Result<String>> opening, UsageMeter meter,
                              Deadline deadline) {
        SummaryAssistant assistant = AiServices.builder(SummaryAssistant.class)
                .chatModel(new GuardedChatModel(gateway, target, meter, deadline))
                .chatMemory(MessageWindowChatMemory.withMaxMessages(2 + 2 * (reprompts + 1)))
                .build();
        Result<String> reply = opening.apply(assistant);
        int languageReprompts = 0;
        for (int round = 0; ; round++) {
            String answer = reply.content();
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
            reply = assistant.correct(SummaryPrompts.problemList(problems));
        }
    }
}
