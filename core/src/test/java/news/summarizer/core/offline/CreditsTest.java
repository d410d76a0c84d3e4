package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Author boxes and follow buttons are page furniture: their names are no actors of the story. */
class CreditsTest {

    @Test
    void should_take_a_short_line_whose_only_verb_is_folgen_for_a_follow_button() {
        // Without it an author's "Jana Ritter Ich folge" box made the author an actor, as one site's wording did.
        assertThat(Credits.isAuthorBox(ArticleAnalyzer.analyze("Jana Ritter Ich folge").get(0))).isTrue();
        assertThat(Credits.isAuthorBox(ArticleAnalyzer.analyze("Jana Ritter Folgen Sie mir").get(0))).isTrue();
        // Prose that says "folgt" is a sentence of the story.
        assertThat(Credits.isAuthorBox(ArticleAnalyzer.analyze(
                "Daraus folgt, dass Jana Ritter im Frühjahr erneut vor dem Landgericht in Kiel aussagen muss.").get(0)))
                .isFalse();
    }
}
