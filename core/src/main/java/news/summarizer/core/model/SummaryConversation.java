package news.summarizer.core.model;

import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.service.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.engine.DraftSummary;
import org.jboss.logging.Logger;

/**
 * Asks the model for a draft and settles on the best one it can get. A hard violation (no JSON, a required field
 * missing or of the wrong type) goes back with the exact problems, up to {@code summarizer.model.reprompts} times; a
 * draft that is not German gets one correction. What stays broken is a 502-class domain error. Soft violations
 * (counts, lengths) and unsupported facts get at most one correction; after that the best draft is delivered with
 * warnings, since a well-formed, German, grounded summary is worth more to the reader than an error. Unsupported
 * claims still left are dropped where the rest of the draft stands without them, otherwise quoted in a warning.
 */
final class SummaryConversation {

    private static final Logger LOG = Logger.getLogger(SummaryConversation.class);
    private static final int LANGUAGE_CORRECTIONS = 1;
    private static final int SOFT_CORRECTIONS = 1;

    private final int reprompts;
    private final ConversationAssistant assistants = new ConversationAssistant();

    SummaryConversation(int reprompts) {
        this.reprompts = reprompts;
    }

    /**
     * Runs one conversation: {@code opening} asks the assistant for the draft (whole article, a part, or the merge of
     * parts); answers that break {@code rules} go back through {@link SummaryAssistant#correct}.
     */
    Drafted draft(ArticleChatModel chat, Function<SummaryAssistant, Result<String>> opening, Rules rules) {
        return assistants.converse(chat, MessageWindowChatMemory.withMaxMessages(2 + 2 * (reprompts + 1)),
                assistant -> draft(assistant, opening, rules));
    }

    private Drafted draft(SummaryAssistant assistant, Function<SummaryAssistant, Result<String>> opening, Rules rules) {
        Result<String> reply = opening.apply(assistant);
        Answer best = null;
        int languageCorrections = 0;
        int softCorrections = 0;
        for (int round = 0; ; round++) {
            Answer answer = Answer.judge(reply.content(), rules);
            if (answer.problems().isEmpty()) {
                return new Drafted(answer.draft(), List.of(), answer.claimsChecked(), 0);
            }
            boolean deliverable = answer.problems().stream().noneMatch(problem -> problem.kind().blocksDelivery());
            if (deliverable) {
                best = best == null || answer.softCount() <= best.softCount() ? answer : best;
            }
            boolean languageOnly = answer.problems().stream().allMatch(problem -> problem.kind() == Problem.Kind.LANGUAGE
                    || !problem.kind().blocksDelivery());
            boolean exhausted = round >= reprompts
                    || (best != null && (deliverable ? softCorrections >= SOFT_CORRECTIONS : softCorrections > 0))
                    || (!deliverable && languageOnly && languageCorrections >= LANGUAGE_CORRECTIONS);
            if (exhausted) {
                if (best != null) {
                    LOG.infof("model answer kept with %d problem(s) after %d correction(s): %s", best.softCount(), round,
                            best.forModel());
                    return ClaimDropper.deliver(best.draft(), best.problems(), rules, best.claimsChecked());
                }
                LOG.warnf("model answer rejected after %d correction(s): %s", round, answer.forModel());
                throw languageOnly
                        ? new SummarizerException(ErrorCode.MODEL_OUTPUT_NOT_GERMAN,
                                "The model did not write the summary in German, even after a correction")
                        : new SummarizerException(ErrorCode.MODEL_OUTPUT_INVALID,
                                "The model's answer broke the summary contract after " + round + " correction(s): "
                                        + String.join(" ", answer.forModel()));
            }
            if (deliverable) {
                softCorrections++;
            } else if (languageOnly) {
                languageCorrections++;
            }
            LOG.infof("model answer rejected, asking for a correction: %s", answer.forModel());
            reply = assistant.correct(SummaryPrompts.correction(answer.forModel()));
        }
    }

    /** One answer and everything wrong with it. */
    private record Answer(DraftSummary draft, List<Problem> problems, int claimsChecked) {

        static Answer judge(String text, Rules rules) {
            AnswerParser.Parsed parsed = AnswerParser.parse(text);
            if (parsed.draft() == null) {
                return new Answer(null, List.of(Problem.hard(parsed.problem())), 0);
            }
            List<Problem> problems = new ArrayList<>();
            for (Problem problem : SummaryValidator.validate(parsed.draft(), rules.limits())) {
                if (rules.soft() || problem.kind().blocksDelivery()) {
                    problems.add(problem);
                }
            }
            int claims = 0;
            if (rules.facts() != null && problems.stream().noneMatch(problem -> problem.kind().blocksDelivery())) {
                FactChecker.Report report = rules.facts().check(parsed.draft());
                problems.addAll(report.problems());
                claims = report.claims();
            }
            return new Answer(parsed.draft(), List.copyOf(problems), claims);
        }

        long softCount() {
            return problems.size();
        }

        List<String> forModel() {
            return problems.stream().map(Problem::forModel).toList();
        }
    }
}
