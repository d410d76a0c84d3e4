package news.summarizer.core.model;

import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import java.util.ArrayList;
import java.util.List;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.engine.DraftSummary;
import news.summarizer.core.engine.SummaryLimits;
import org.jboss.logging.Logger;

/**
 * The one "ask for JSON, check it, correct it" conversation, for a summary (whole article, a part, the merge of
 * parts) and for a story's fusion alike: the same parsing, correction budget, hard/soft split and fact check.
 * Asks the model for a draft and settles on the best one it can get. A hard violation (no JSON, a required field
 * missing or of the wrong type) goes back with the exact problems, up to {@code summarizer.model.reprompts} times; a
 * draft that is not German gets one correction. What stays broken is a 502-class domain error. Soft violations
 * (counts, lengths) and unsupported facts get at most one correction; after that the best draft is delivered with
 * warnings, since a well-formed, German, grounded summary is worth more to the reader than an error. Unsupported
 * claims still left are dropped where the rest of the draft stands without them, otherwise quoted in a warning.
 */
public final class SummaryConversation {

    private static final Logger LOG = Logger.getLogger(SummaryConversation.class);
    private static final int LANGUAGE_CORRECTIONS = 1;
    private static final int SOFT_CORRECTIONS = 1;

    private final int reprompts;

    SummaryConversation(int reprompts) {
        this.reprompts = reprompts;
    }

    /**
     * Runs one conversation: {@code system} and {@code request} ask for the draft (whole article, a part, or the merge
     * of parts); answers that break {@code rules} go back as corrections ({@link SummaryPrompts#correction}).
     */
    Drafted draft(ArticleChatModel chat, String system, String request, Rules rules) {
        return settle(Turns.of(new ChatTurns(chat, memory(reprompts)), system, request, SummaryPrompts::correction),
                rules).drafted();
    }

    /** The chat memory a conversation needs: the system prompt, the request and every answer with its correction. */
    public static MessageWindowChatMemory memory(int reprompts) {
        return MessageWindowChatMemory.withMaxMessages(2 + 2 * (reprompts + 1));
    }

    /**
     * A story's fusion: its own assistant's {@code turns}, held to the summary's rules for what a reader sees
     * (headline, summary, key points: {@link SummaryLimits#STANDARD}, German, every number, date and name found in
     * {@code supported}, the sources' texts). Returns the settled draft and the whole answer it came from, for the
     * story's own parts; an answer that stays unusable is a {@code model_output_invalid} or
     * {@code model_output_not_german} error, as for a summary.
     */
    public static Settled settle(Turns turns, int reprompts, String supported) {
        Settled settled = new SummaryConversation(reprompts).settle(turns,
                Rules.full(SummaryLimits.STANDARD, new FactChecker(supported, null)));
        return settled;
    }

    /** The two turns of a conversation: the opening request and a correction naming the problems (as a list). */
    public interface Turns {
        String open();

        String correct(String problems);

        /** A chat's turns: {@code system} and {@code request} open it; a correction is {@code correction}'s message. */
        static Turns of(ChatTurns chat, String system, String request,
                        java.util.function.UnaryOperator<String> correction) {
            return new Turns() {
                @Override
                public String open() {
                    return chat.open(system, request);
                }

                @Override
                public String correct(String problems) {
                    return chat.ask(correction.apply(problems));
                }
            };
        }
    }

    /**
     * What a conversation settled on: the draft delivered (claims dropped where the rest stands without them), the
     * model's whole answer it was read from, warnings, and how many claims were checked and dropped.
     */
    public record Settled(Drafted drafted, String answer) {

        public DraftSummary draft() {
            return drafted.draft();
        }

        public List<String> warnings() {
            return drafted.warnings();
        }
    }

    private Settled settle(Turns turns, Rules rules) {
        String reply = turns.open();
        Answer best = null;
        int languageCorrections = 0;
        int softCorrections = 0;
        for (int round = 0; ; round++) {
            Answer answer = Answer.judge(reply, rules);
            if (answer.problems().isEmpty()) {
                return new Settled(new Drafted(answer.draft(), List.of(), answer.claimsChecked(), 0), answer.text());
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
                    return new Settled(ClaimDropper.deliver(best.draft(), best.problems(), rules, best.claimsChecked()),
                            best.text());
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
            reply = turns.correct(SummaryPrompts.problemList(answer.forModel()));
        }
    }

    /** One answer and everything wrong with it. */
    private record Answer(String text, DraftSummary draft, List<Problem> problems, int claimsChecked) {

        static Answer judge(String text, Rules rules) {
            AnswerParser.Parsed parsed = AnswerParser.parse(text);
            if (parsed.draft() == null) {
                return new Answer(text, null, List.of(Problem.hard(parsed.problem())), 0);
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
            return new Answer(text, parsed.draft(), List.copyOf(problems), claims);
        }

        long softCount() {
            return problems.size();
        }

        List<String> forModel() {
            return problems.stream().map(Problem::forModel).toList();
        }
    }
}
