package news.summarizer.core.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.summarizer.core.grounding.StoryMatching;
import news.summarizer.core.grounding.StoryMatching.Quote;
import news.summarizer.core.story.FusionDraft.AgreementDraft;
import news.summarizer.core.story.FusionDraft.ClaimDraft;
import news.summarizer.core.story.FusionDraft.DifferenceDraft;
import news.summarizer.core.story.FusionDraft.TimelineDraft;
import news.summarizer.core.story.Story.Agreement;
import news.summarizer.core.story.Story.Claim;
import news.summarizer.core.story.Story.Difference;
import news.summarizer.core.story.Story.TimelineEntry;

/**
 * The last word on what the fusion model says about the sources: every reference must name a real source, every
 * claim's evidence must stand in that source's article (it is then reported verbatim, with its offset), and what
 * fails is dropped with a warning naming it.
 */
final class FusionChecks {

    private final List<SourceResult> sources;
    private final List<String> warnings;

    FusionChecks(List<SourceResult> sources, List<String> warnings) {
        this.sources = sources;
        this.warnings = warnings;
    }

    List<Agreement> agreements(List<AgreementDraft> drafts) {
        List<Agreement> agreements = new ArrayList<>();
        for (AgreementDraft draft : nonNull(drafts)) {
            if (draft == null || blank(draft.statement())) {
                continue;
            }
            Set<Integer> articles = new LinkedHashSet<>();
            for (Integer article : nonNull(draft.articles())) {
                if (valid(article)) {
                    articles.add(article);
                }
            }
            if (articles.size() < 2) {
                warnings.add("Dropped agreement '" + draft.statement().strip() + "': it does not name two of the sources");
                continue;
            }
            agreements.add(new Agreement(draft.statement().strip(), articles.stream().sorted().toList()));
        }
        return agreements;
    }

    List<Difference> differences(List<DifferenceDraft> drafts) {
        List<Difference> differences = new ArrayList<>();
        for (DifferenceDraft draft : nonNull(drafts)) {
            if (draft == null || blank(draft.topic())) {
                continue;
            }
            List<Claim> claims = new ArrayList<>();
            for (ClaimDraft claim : nonNull(draft.claims())) {
                checked(draft.topic().strip(), claim).ifPresent(claims::add);
            }
            long sides = claims.stream().map(Claim::article).distinct().count();
            if (sides < 2) {
                warnings.add("Dropped difference '" + draft.topic().strip()
                        + "': fewer than two sources keep a verifiable claim");
                continue;
            }
            differences.add(new Difference(draft.topic().strip(), claims));
        }
        return differences;
    }

    private Optional<Claim> checked(String topic, ClaimDraft claim) {
        if (claim == null || blank(claim.statement())) {
            return Optional.empty();
        }
        if (!valid(claim.article())) {
            warnings.add("Dropped a claim on '" + topic + "': it names no source of this story (" + claim.article() + ")");
            return Optional.empty();
        }
        String text = sources.get(claim.article()).input().article().text();
        Optional<Quote> quote = StoryMatching.locate(text, claim.evidence());
        if (quote.isEmpty()) {
            warnings.add("Dropped a claim of article " + claim.article() + " on '" + topic
                    + "': its evidence does not occur in that article");
            return Optional.empty();
        }
        return Optional.of(new Claim(claim.article(), claim.statement().strip(), quote.get().text(), quote.get().offset()));
    }

    List<TimelineEntry> timeline(List<TimelineDraft> drafts) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (TimelineDraft draft : nonNull(drafts)) {
            if (draft == null || blank(draft.event())) {
                continue;
            }
            if (!valid(draft.article()) || draft.date() == null || !Timeline.DATE.matcher(draft.date().strip()).matches()) {
                warnings.add("Dropped timeline entry '" + draft.event().strip() + "': no valid date or source");
                continue;
            }
            entries.add(new TimelineEntry(draft.date().strip(), draft.article(), draft.event().strip()));
        }
        return Timeline.sorted(entries);
    }

    private boolean valid(Integer article) {
        return article != null && article >= 0 && article < sources.size();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
