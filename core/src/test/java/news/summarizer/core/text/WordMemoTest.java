package news.summarizer.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordMemoTest {

    @Test
    void should_answer_each_word_once_while_it_is_remembered() {
        // Without the memo every question about a word would compute it again (the reading asks several times per word).
        List<String> computed = new ArrayList<>();
        WordMemo<String> memo = new WordMemo<>(10);

        assertThat(memo.get("Rat", word -> { computed.add(word); return word.toLowerCase(); })).isEqualTo("rat");
        assertThat(memo.get("Rat", word -> { computed.add(word); return "other"; })).isEqualTo("rat");

        assertThat(computed).containsExactly("Rat");
    }

    @Test
    void should_start_empty_again_when_full_instead_of_growing() {
        // Without the bound a warm function would keep every word it ever met.
        WordMemo<Integer> memo = new WordMemo<>(3);
        for (String word : List.of("a", "b", "c")) {
            memo.get(word, String::length);
        }
        assertThat(memo.size()).isEqualTo(3);

        memo.get("d", String::length);

        assertThat(memo.size()).isEqualTo(1);
        List<String> computed = new ArrayList<>();
        memo.get("a", word -> { computed.add(word); return 1; });
        assertThat(computed).containsExactly("a");
    }
}
