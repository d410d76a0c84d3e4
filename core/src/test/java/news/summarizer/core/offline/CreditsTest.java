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

    @Test
    void should_read_the_noun_folgen_in_prose_as_no_follow_button() {
        // Without the short-line or first-word condition: any sentence holding the noun "Folgen" (episodes,
        // consequences) was an author box and lost all its names; the button before an author's name still counts.
        assertThat(Credits.isAuthorBox(ArticleAnalyzer.analyze("Um die Werft geht es auch in den nächsten Folgen der Serie "
                + "Ada Brink (Mira Lenz, 31) und Jan Oltmann (Tamo Berg, 36).").get(0))).isFalse();
        assertThat(Credits.isAuthorBox(ArticleAnalyzer.analyze("Folgen Ich folge Jana Ritter Korrespondentin in "
                + "Lindenau und Kolbersund.").get(0))).isTrue();
    }
}
