package news.summarizer.core.story;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.article.Article;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.DraftSummary;
import news.summarizer.core.engine.SummaryLimits;
import news.summarizer.core.model.AnswerParser;
import news.summarizer.core.model.ArticleChatModel;
import news.summarizer.core.model.ChatTurns;
import news.summarizer.core.model.ModelTargets;
import news.summarizer.core.model.SummaryConversation;
import news.summarizer.core.story.Story.TimelineEntry;
import org.jboss.logging.Logger;

/**
 * Fusion by the configured model: one call on the per-source results, in the summary's conversation
 * ({@link SummaryConversation}): the same parsing, the same correction budget ({@code summarizer.model.reprompts}),
 * the same hard and soft rules from {@link SummaryLimits} for headline, summary and key points, the same fact check
 * against the sources' texts. Agreements, differences and the timeline come from the same answer and are checked
 * against the sources ({@link FusionChecks}). An answer that stays unusable does not waste the summaries already paid
 * for: the story falls back to the offline fusion, and a warning says so. Transport failures (429, 5xx, timeouts) are
 * errors.
 */
@ApplicationScoped
public class ModelFusion {

    private static final Logger LOG = Logger.getLogger(ModelFusion.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy, EEEE", Locale.GERMAN);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.GERMAN);

    private final ModelTargets targets;
    private final SummarizerConfig config;

    public ModelFusion(ModelTargets targets, SummarizerConfig config) {
        this.targets = targets;
        this.config = config;
    }

    Fusion fuse(String storyId, String title, List<SourceResult> sources, List<String> earlierWarnings) {
        ArticleChatModel chat = ArticleChatModel.answering(StoryPrompts.NATIVE, targets.get(), config.model());
        int reprompts = config.model().reprompts();
        String boundary = StoryPrompts.boundaryFor(storyId);
        List<String> warnings = new ArrayList<>(earlierWarnings);
        SummaryConversation.Settled settled;
        try {
            ChatTurns turns = new ChatTurns(chat, SummaryConversation.memory(reprompts));
            settled = SummaryConversation.settle(SummaryConversation.Turns.of(turns, StoryPrompts.system(boundary),
                    StoryPrompts.user(boundary, title, sources), StoryPrompts::correction),
                    reprompts, supported(sources));
        } catch (SummarizerException e) {
            if (e.code() != ErrorCode.MODEL_OUTPUT_INVALID && e.code() != ErrorCode.MODEL_OUTPUT_NOT_GERMAN) {
                throw e;
            }
            LOG.warnf("story answer unusable after %d correction(s): %s", reprompts, e.detail());
            warnings.add("The model's story answer stayed unusable after " + reprompts + " correction(s) (" + e.detail()
                    + "); the story was fused offline");
            return OfflineFusion.fuse(title, sources, chat.usage(), warnings);
        }
        warnings.addAll(settled.warnings());
        FusionDraft draft = AnswerParser.read(settled.answer(), FusionDraft.class)
                .orElseThrow(() -> new IllegalStateException("A settled answer parses"));
        FusionChecks checks = new FusionChecks(sources, warnings);
        List<TimelineEntry> timeline = checks.timeline(draft.timeline());
        if (timeline.isEmpty()) {
            timeline = Timeline.fromDates(sources, warnings);
        }
        DraftSummary text = settled.draft();
        return new Fusion(text.headline().strip(), text.summary().strip(), text.keyPoints().stream().map(String::strip).toList(),
                checks.agreements(draft.agreements()), checks.differences(draft.differences()), timeline,
                StoryPrompts.VERSION, chat.usage(), warnings);
    }

    /**
     * What the story may state: every source's title and text, and its publication date written out in German (the
     * fact check reads dates as the articles write them), so a number, date or name is supported when a source has it.
     */
    static String supported(List<SourceResult> sources) {
        StringBuilder text = new StringBuilder();
        for (SourceResult source : sources) {
            Article article = source.input().article();
            if (article.title() != null) {
                text.append(article.title()).append("\n\n");
            }
            text.append(article.text()).append("\n\n");
            if (article.date() != null) {
                text.append(germanDate(article.date())).append("\n\n");
            }
        }
        return text.toString();
    }

    /** "2025-10-21" → "21. Oktober 2025, Dienstag"; "2025-10" → "Oktober 2025"; "2025" stays. */
    static String germanDate(String isoDate) {
        String[] parts = isoDate.split("-");
        try {
            return switch (parts.length) {
                case 3 -> DAY.format(LocalDate.parse(isoDate));
                case 2 -> MONTH.format(YearMonth.parse(isoDate));
                default -> isoDate;
            };
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }
}
