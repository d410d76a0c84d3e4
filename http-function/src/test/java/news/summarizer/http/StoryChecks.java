package news.summarizer.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import news.summarizer.testing.StoryArticles.Source;

/** Checks every story test needs: each quote stands verbatim at its offset in its own article. */
final class StoryChecks {

    private StoryChecks() {
    }

    /** The story articles are plain paragraphs, so their normalised text is the text that was sent. */
    static void quotesStandInTheirArticles(JsonPath story, List<Source> sources) {
        List<Map<String, Object>> actors = story.getList("actors");
        assertThat(actors).isNotEmpty();
        for (Map<String, Object> actor : actors) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> quotes = (List<Map<String, Object>>) actor.get("sources");
            assertThat(quotes).as("sources of %s", actor.get("name")).isNotEmpty();
            for (Map<String, Object> quote : quotes) {
                assertVerbatim(sources, (Integer) quote.get("article"), (String) quote.get("evidence"),
                        (Integer) quote.get("evidenceOffset"));
            }
        }
        List<Map<String, Object>> claims = story.getList("differences.claims.flatten()");
        for (Map<String, Object> claim : claims) {
            assertVerbatim(sources, (Integer) claim.get("article"), (String) claim.get("evidence"),
                    (Integer) claim.get("evidenceOffset"));
        }
    }

    private static void assertVerbatim(List<Source> sources, int article, String evidence, int offset) {
        String text = sources.get(article).text();
        assertThat(offset + evidence.length()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(offset, offset + evidence.length())).isEqualTo(evidence);
    }
}
