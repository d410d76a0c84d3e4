package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClauseShortenerTest {

    @Test
    void should_cut_before_a_subordinate_clause_when_the_sentence_is_too_long() {
        // Without it: key points would stop mid-clause and read like broken German.
        String sentence = "Die Landesregierung hat den Ausbau der Strecke beschlossen, obwohl die Kosten seit dem "
                + "vergangenen Jahr um fast ein Drittel gestiegen sind und der Bund seine Zusage noch nicht erneuert hat.";

        assertThat(ClauseShortener.shorten(sentence, 100))
                .isEqualTo("Die Landesregierung hat den Ausbau der Strecke beschlossen.");
    }

    @Test
    void should_end_with_an_ellipsis_when_no_clause_boundary_fits() {
        // Without it: a cut between words would pass as the article's complete sentence.
        String sentence = "Die Vertreter der beteiligten Städte und Gemeinden treffen sich am kommenden Dienstag im "
                + "Rathaus der Kreisstadt zu einer weiteren Runde der Gespräche über die Finanzierung.";

        String shortened = ClauseShortener.shorten(sentence, 80);

        assertThat(shortened).endsWith(" …").hasSizeLessThanOrEqualTo(82);
        assertThat(sentence).startsWith(shortened.substring(0, shortened.length() - 2));
    }

    @Test
    void should_drop_the_full_stop_when_writing_a_headline() {
        // Without it: headlines would end with a full stop, which German headlines never do.
        assertThat(ClauseShortener.headline("Der Bau soll im April beginnen.", 100)).isEqualTo("Der Bau soll im April beginnen");
    }
}
