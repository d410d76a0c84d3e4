package news.summarizer.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.summarizer.core.story.Story.ActorStatement;
import news.summarizer.core.story.Story.StoryActor;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.ArticleInfo;
import news.summarizer.core.summary.EngineInfo;
import news.summarizer.core.summary.Statement;
import news.summarizer.core.summary.StatementKind;
import news.summarizer.core.summary.Summary;
import org.junit.jupiter.api.Test;

/** The story's actors list what each source reports them saying. */
class ActorMergerTest {

    private static SourceResult source(String actorName, Statement... statements) {
        Actor actor = new Actor(actorName, ActorType.PERSON, null, null, 1, actorName, 0);
        Summary summary = new Summary("sha256:x", "de", "de", "Überschrift", "", List.of(), List.of(actor),
                new ArticleInfo(null, "2025-10-21", 100, 20),
                new EngineInfo("offline", "offline", "v", 0, 0, null, 0, 0, null, null, null), List.of(),
                List.of(), List.of(statements));
        return new SourceResult(null, summary, false);
    }

    @Test
    void should_list_per_actor_the_statements_each_source_reports() {
        // Without it a story could not show that one source has the minister promise May and another June.
        Statement may = new Statement("Lena Hartwig", StatementKind.INDIRECT, "die Brücke sei im Mai fertig", 40, "…", 30);
        Statement june = new Statement("Hartwig", StatementKind.DIRECT, "Im Juni ist die Brücke fertig", 12, "…", 10);

        List<StoryActor> actors = ActorMerger.merge(List.of(source("Lena Hartwig", may), source("Hartwig", june)));

        assertThat(actors).hasSize(1);
        assertThat(actors.get(0).statements()).containsExactly(
                new ActorStatement(0, StatementKind.INDIRECT, "die Brücke sei im Mai fertig", 40, "…", 30),
                new ActorStatement(1, StatementKind.DIRECT, "Im Juni ist die Brücke fertig", 12, "…", 10));
    }
}
