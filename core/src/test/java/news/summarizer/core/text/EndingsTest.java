package news.summarizer.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EndingsTest {

    private static final List<String> HEADS = List.of("amt", "rat", "gericht", "gerichtshof", "behörde", "straße", "ω");
    private static final Endings ENDINGS = Endings.of(HEADS.toArray(String[]::new));

    @Test
    void should_answer_as_trying_every_ending_in_turn() {
        // Grouping the endings by their last character must not lose one: a wrong group (the first character instead
        // of the last, or "ö"/"ß" beyond the table) would answer false for "landesfischereiamt" or "hafenbehörde".
        List<String> words = List.of("landesfischereiamt", "deichrat", "landgericht", "bundesgerichtshof", "hafenbehörde",
                "uferstraße", "gericht", "amt", "brücke", "rathaus", "gerichtshofs", "", "t", "ω", "αω", "räte", "hofrat");
        for (String word : words) {
            for (int before = 0; before <= 4; before++) {
                int rest = before;
                boolean tried = HEADS.stream().anyMatch(head -> word.endsWith(head) && word.length() >= head.length() + rest);
                assertThat(ENDINGS.end(word, before)).as("%s, %d before", word, before).isEqualTo(tried);
            }
            assertThat(ENDINGS.end(word)).as(word).isEqualTo(HEADS.stream().anyMatch(word::endsWith));
        }
    }

    @Test
    void should_need_the_characters_before_the_ending_when_asked() {
        // Without the count "Gericht" alone would be an institution's compound like "Landgericht".
        assertThat(ENDINGS.end("landgericht", 3)).isTrue();
        assertThat(ENDINGS.end("gericht", 3)).isFalse();
        assertThat(ENDINGS.end("gericht")).isTrue();
    }

    @Test
    void should_try_the_other_endings_with_the_same_last_character() {
        // "gerichtshof" and "hof"-less "gericht" end differently; "amt" and "rat" share their last character: a group
        // that kept only its first ending would miss "deichrat".
        assertThat(ENDINGS.end("deichrat")).isTrue();
        assertThat(ENDINGS.end("zollamt")).isTrue();
        assertThat(ENDINGS.end("brückenbau")).isFalse();
    }

    @Test
    void should_refuse_an_empty_ending() {
        // An empty ending would make every word an institution's head.
        assertThatThrownBy(() -> Endings.of("amt", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
