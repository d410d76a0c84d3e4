package news.summarizer.core.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers about single words, remembered across articles: the reading asks about the same words many times per
 * article ("die", the names) and a warm function meets the common ones in every article. Bounded by clearing when full:
 * a long-lived function meets ever new words, and the working set is one article's (a few hundred words), so an
 * occasional empty start costs one article a little and needs no eviction order. Thread-safe; an answer must depend
 * on the word alone, and two threads may both compute a missing one (the same answer).
 */
public final class WordMemo<V> {

    /** Words kept per memo unless a memo says otherwise: many articles' working sets. */
    public static final int WORDS = 20_000;

    private final Map<String, V> answers = new ConcurrentHashMap<>();
    private final int limit;

    public WordMemo() {
        this(WORDS);
    }

    public WordMemo(int limit) {
        this.limit = limit;
    }

    /** The remembered answer for {@code word}, or {@code answer}'s, remembered (it must not return null). */
    public V get(String word, Function<String, V> answer) {
        V known = answers.get(word);
        if (known != null) {
            return known;
        }
        V computed = answer.apply(word);
        if (answers.size() >= limit) {
            answers.clear();
        }
        answers.put(word, computed);
        return computed;
    }

    int size() {
        return answers.size();
    }
}
