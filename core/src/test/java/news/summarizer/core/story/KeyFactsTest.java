package news.summarizer.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.summarizer.core.story.Story.Agreement;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.ArticleInfo;
import news.summarizer.core.summary.EngineInfo;
import news.summarizer.core.summary.Summary;
import org.junit.jupiter.api.Test;

/** The offline fusion's agreements: shared facts, not shared names or a fact and its negation. */
class KeyFactsTest {

    private static Summary summary(List<String> keyPoints, String... actorNames) {
        List<Actor> actors = java.util.Arrays.stream(actorNames)
                .map(name -> new Actor(name, ActorType.PERSON, null, null, 1, name, 0)).toList();
        return new Summary("sha256:x", "de", "de", "Überschrift", "", keyPoints, actors,
                new ArticleInfo(null, "2025-10-21", 100, 20),
                new EngineInfo("offline", "offline", "v", 0, 0, null, 0, 0, null, null, null), List.of(), List.of(), List.of());
    }

    @Test
    void should_agree_when_two_sources_state_the_same_fact_in_their_own_words() {
        // Without it the offline story would never report what its sources share.
        List<Agreement> agreements = KeyFacts.agreements(List.of(
                summary(List.of("Der Aufsichtsrat vertagte die Entscheidung über das Werk auf den 14. November.")),
                summary(List.of("Über das Werk entscheidet der Aufsichtsrat erst am 14. November, die Entscheidung wurde vertagt."))));

        assertThat(agreements).extracting(Agreement::articles).containsExactly(List.of(0, 1));
        assertThat(agreements.get(0).statement()).startsWith("Der Aufsichtsrat vertagte");
    }

    @Test
    void should_not_agree_when_the_facts_share_only_the_actors_names() {
        // Without it every pair of reports about the same people would "agree" on whatever they say about them.
        List<Agreement> agreements = KeyFacts.agreements(List.of(
                summary(List.of("Jonas Reuter und Marlene Vogt trafen Katrin Albers in Potsdam."), "Jonas Reuter",
                        "Marlene Vogt", "Katrin Albers"),
                summary(List.of("Katrin Albers kritisierte Jonas Reuter, Marlene Vogt schwieg."), "Jonas Reuter",
                        "Marlene Vogt", "Katrin Albers")));

        assertThat(agreements).isEmpty();
    }

    @Test
    void should_not_agree_when_one_source_negates_the_fact_of_the_other() {
        // Without it "the summit takes place" and "the summit does not take place" would be reported as agreement.
        List<Agreement> agreements = KeyFacts.agreements(List.of(
                summary(List.of("Das Gipfeltreffen der Präsidenten in Budapest findet nächste Woche statt.")),
                summary(List.of("Das Gipfeltreffen der Präsidenten in Budapest findet nächste Woche nicht statt."))));

        assertThat(agreements).isEmpty();
    }
}
