package news.summarizer.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the canonical form, each on text that holds only what that rule changes, and on text where one rule
 * creates the work of a later one: each rule now runs only when a plain scan finds something it can match, so a
 * check that looked for the wrong characters, or ran before the rule that creates them, would leave the text
 * unnormalised here (and ids, offsets and grounding would see two forms of one article).
 */
class TextNormalizerTest {

    @Test
    void should_leave_a_clean_text_as_it_is() {
        String clean = "Die Fähre über die Lanke fährt wieder.\n\nDer Kreis Wendhagen zahlt 2,4 Millionen Euro.";
        assertThat(TextNormalizer.normalize(clean)).isEqualTo(clean);
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("Windows line ends", "Die Fähre\r\nfährt.", "Die Fähre\nfährt."),
                Arguments.of("old Mac line ends", "Die Fähre\rfährt.", "Die Fähre\nfährt."),
                Arguments.of("Unicode line separator", "Die Fähre\u2028fährt.", "Die Fähre\nfährt."),
                Arguments.of("next line (NEL)", "Die Fähre\u0085fährt.", "Die Fähre\nfährt."),
                Arguments.of("soft hyphen", "Fäh\u00ADre", "Fähre"),
                Arguments.of("zero-width space", "Fäh\u200Bre", "Fähre"),
                Arguments.of("byte order mark", "\uFEFFFähre", "Fähre"),
                Arguments.of("two plain spaces", "Die  Fähre", "Die Fähre"),
                Arguments.of("a no-break space", "Die\u00A0Fähre", "Die Fähre"),
                Arguments.of("a tab", "Die\tFähre", "Die Fähre"),
                Arguments.of("a narrow no-break space", "5\u202F%", "5 %"),
                Arguments.of("an ideographic space", "Die\u3000Fähre", "Die Fähre"),
                Arguments.of("a thin space", "Die\u2009Fähre", "Die Fähre"),
                Arguments.of("a space before a line break", "Die Fähre \nfährt.", "Die Fähre\nfährt."),
                Arguments.of("a space after a line break", "Die Fähre\n fährt.", "Die Fähre\nfährt."),
                Arguments.of("three line breaks", "Die Fähre.\n\n\nSie fährt.", "Die Fähre.\n\nSie fährt."),
                Arguments.of("decomposed umlaut", "Fa\u0308hre", "Fähre"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void should_bring_each_kind_into_the_canonical_form(String kind, String text, String canonical) {
        assertThat(TextNormalizer.normalize(text)).isEqualTo(canonical);
    }

    static Stream<Arguments> laterRules() {
        return Stream.of(
                Arguments.of("removed soft hyphen between spaces", "Die \u00AD Fähre", "Die Fähre"),
                Arguments.of("converted line ends making three breaks", "Die Fähre.\r\n\r\n\r\nSie fährt.",
                        "Die Fähre.\n\nSie fährt."),
                Arguments.of("converted line end after a space", "Die Fähre \r\nfährt.", "Die Fähre\nfährt."),
                Arguments.of("folded odd spaces before a line break", "Die Fähre\u00A0\u00A0\nfährt.", "Die Fähre\nfährt."),
                Arguments.of("separator between spaces", "Die Fähre \u2028 fährt.", "Die Fähre\nfährt."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("laterRules")
    void should_normalise_what_an_earlier_rule_leaves_for_a_later_one(String kind, String text, String canonical) {
        assertThat(TextNormalizer.normalize(text)).isEqualTo(canonical);
    }
}
