package news.summarizer.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GermanStemsTest {

    @Test
    void should_give_inflected_forms_of_one_word_one_stem() {
        // Without it "Schließung" and "Schließungen" (or "Werk"/"Werkes") would be different terms, and two
        // sources stating the same fact in different cases would not agree.
        assertThat(GermanStems.stem("schließungen")).isEqualTo(GermanStems.stem("schließung"));
        assertThat(GermanStems.stem("brücken")).isEqualTo(GermanStems.stem("brücke"));
        assertThat(GermanStems.stem("güterverkehrs")).isEqualTo(GermanStems.stem("güterverkehr"));
    }

    @Test
    void should_keep_short_words_whole_when_an_ending_would_leave_too_little() {
        // Without the minimum a short word would lose its last letters ("Ende" to "end") and collide with others.
        assertThat(GermanStems.stem("ende")).isEqualTo("ende");
        assertThat(GermanStems.stem("werk")).isEqualTo("werk");
    }

    @Test
    void should_know_function_words_when_content_words_are_compared() {
        // Without it "nicht" or "sagte" would count as shared content of two statements.
        assertThat(GermanStems.isStopWord("nicht")).isTrue();
        assertThat(GermanStems.isStopWord("sagte")).isTrue();
        assertThat(GermanStems.isStopWord("werk")).isFalse();
    }
}
