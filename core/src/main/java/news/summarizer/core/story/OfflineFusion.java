package news.summarizer.core.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import news.summarizer.core.engine.SummaryLimits;
import news.summarizer.core.engine.Usage;
import news.summarizer.core.story.Story.Agreement;
import news.summarizer.core.summary.Summary;

/**
 * Fusion without a model: agreements from key facts several sources share, the summary of the source that shares
 * the most, a timeline from the sources' dates. Differences need understanding of what contradicts what; they are
 * left empty and the warnings say so.
 */
final class OfflineFusion {

    static final String VERSION = "story-offline-v1";
    static final String NO_DIFFERENCES = "Offline engine: differences between the sources are not detected; "
            + "configure a model provider for them";

    private OfflineFusion() {
    }

    static Fusion fuse(String title, List<SourceResult> sources, Usage usage, List<String> earlierWarnings) {
        List<Summary> summaries = sources.stream().map(SourceResult::summary).toList();
        List<Agreement> agreements = KeyFacts.agreements(summaries);
        Summary central = summaries.get(centralSource(summaries.size(), agreements));
        Set<String> keyPoints = new LinkedHashSet<>();
        agreements.forEach(agreement -> keyPoints.add(agreement.statement()));
        keyPoints.addAll(central.keyPoints());
        List<String> warnings = new ArrayList<>(earlierWarnings);
        warnings.add(NO_DIFFERENCES);
        if (agreements.isEmpty()) {
            warnings.add("Offline engine: no key fact is shared by two sources");
        }
        return new Fusion(title != null ? title : central.headline(), central.summary(),
                keyPoints.stream().limit(SummaryLimits.KEY_POINTS_MAX).toList(), agreements, List.of(),
                Timeline.fromDates(sources, warnings), VERSION, usage, warnings);
    }

    /** The source that takes part in the most agreements tells the story best; the first on a tie. */
    private static int centralSource(int count, List<Agreement> agreements) {
        int best = 0;
        long bestCount = -1;
        for (int i = 0; i < count; i++) {
            int index = i;
            long shared = agreements.stream().filter(agreement -> agreement.articles().contains(index)).count();
            if (shared > bestCount) {
                best = i;
                bestCount = shared;
            }
        }
        return best;
    }
}
