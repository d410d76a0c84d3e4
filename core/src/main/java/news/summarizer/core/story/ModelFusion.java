package news.summarizer.core.story;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.SummaryLimits;
import news.summarizer.core.language.LanguageDetector;
import news.summarizer.core.model.ArticleChatModel;
import news.summarizer.core.model.ModelTargets;
import news.summarizer.core.story.Story.TimelineEntry;
import org.jboss.logging.Logger;

/**
 * Fusion by the configured model: one call on the per-source results (one more only to correct an unusable answer).
 * Agreements, differences and the timeline come from the model and are checked against the sources
 * ({@link FusionChecks}). An answer that stays unusable does not waste the summaries already paid for: the story
 * falls back to the offline fusion, and a warning says so. Transport failures (429, 5xx, timeouts) are errors.
 */
@ApplicationScoped
public class ModelFusion {

    private static final Logger LOG = Logger.getLogger(ModelFusion.class);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final ModelTargets targets;
    private final SummarizerConfig config;

    public ModelFusion(ModelTargets targets, SummarizerConfig config) {
        this.targets = targets;
        this.config = config;
    }

    Fusion fuse(String storyId, String title, List<SourceResult> sources, List<String> earlierWarnings) {
        ArticleChatModel chat = ArticleChatModel.answering(StoryPrompts.NATIVE, targets.get(), config.model());
        StoryAssistant assistant = AiServices.builder(StoryAssistant.class)
                .chatModel(chat)
                .chatMemory(MessageWindowChatMemory.withMaxMessages(6))
                .build();
        Result<String> reply = assistant.fuse(StoryPrompts.boundaryFor(storyId), StoryPrompts.titleLine(title),
                StoryPrompts.sources(sources), sources.size(), SummaryLimits.HEADLINE_MAX_CHARACTERS,
                SummaryLimits.range(SummaryLimits.SUMMARY_SENTENCES_MIN, SummaryLimits.SUMMARY_SENTENCES_MAX),
                SummaryLimits.range(SummaryLimits.KEY_POINTS_MIN, SummaryLimits.KEY_POINTS_MAX),
                SummaryLimits.KEY_POINT_MAX_CHARACTERS);
        Parsed parsed = parse(reply.content());
        if (!parsed.problems().isEmpty()) {
            LOG.infof("story answer rejected, asking for a correction: %s", parsed.problems());
            parsed = parse(assistant.correct(StoryPrompts.problemList(parsed.problems())).content());
        }
        List<String> warnings = new ArrayList<>(earlierWarnings);
        if (!parsed.problems().isEmpty()) {
            LOG.warnf("story answer unusable after a correction: %s", parsed.problems());
            warnings.add("The model's story answer stayed unusable after a correction (" + String.join(" ", parsed.problems())
                    + "); the story was fused offline");
            return OfflineFusion.fuse(title, sources, chat.usage(), warnings);
        }
        FusionDraft draft = parsed.draft();
        FusionChecks checks = new FusionChecks(sources, warnings);
        List<TimelineEntry> timeline = checks.timeline(draft.timeline());
        if (timeline.isEmpty()) {
            timeline = Timeline.fromDates(sources, warnings);
        }
        List<String> keyPoints = draft.keyPoints().stream().filter(point -> point != null && !point.isBlank())
                .map(String::strip).limit(SummaryLimits.KEY_POINTS_MAX).toList();
        return new Fusion(draft.headline().strip(), draft.summary().strip(), keyPoints,
                checks.agreements(draft.agreements()), checks.differences(draft.differences()), timeline,
                StoryPrompts.VERSION, chat.usage(), warnings);
    }

    /** The draft, or the problems to send back; a preamble or Markdown fence around the JSON is tolerated. */
    private static Parsed parse(String answer) {
        int start = answer == null ? -1 : answer.indexOf('{');
        int end = answer == null ? -1 : answer.lastIndexOf('}');
        if (start < 0 || end < start) {
            return new Parsed(null, List.of("Die Antwort enthält kein JSON-Objekt. Antworte nur mit dem JSON-Objekt."));
        }
        FusionDraft draft;
        try {
            draft = JSON.readValue(answer.substring(start, end + 1), FusionDraft.class);
        } catch (Exception e) {
            return new Parsed(null, List.of("Die Antwort ist kein gültiges JSON-Objekt nach dem Schema."));
        }
        List<String> problems = new ArrayList<>();
        if (draft.headline() == null || draft.headline().isBlank()) {
            problems.add("\"headline\" fehlt.");
        }
        if (draft.summary() == null || draft.summary().isBlank()) {
            problems.add("\"summary\" fehlt.");
        } else if (!LanguageDetector.isGerman(draft.summary())) {
            problems.add("\"summary\" ist nicht auf Deutsch.");
        }
        if (draft.keyPoints() == null || draft.keyPoints().stream().allMatch(point -> point == null || point.isBlank())) {
            problems.add("\"keyPoints\" fehlt oder ist leer.");
        }
        return new Parsed(problems.isEmpty() ? draft : null, problems);
    }

    private record Parsed(FusionDraft draft, List<String> problems) {
    }
}
