package news.summarizer.core.text;

import java.util.HashSet;
import java.util.Set;

/**
 * The forms of the German articles, a closed class, in one place for every rule that asks "is this an article"
 * (an apposition's or a kind noun's opening, a word that cannot end a role, a name written only after "ein").
 * Lower case: callers fold a sentence-initial "Der" themselves where they mean to accept it.
 */
public final class GermanArticles {

    /** "der Bürgermeister", "des Vereins", "dem Verband". */
    public static final Set<String> DEFINITE = Set.of("der", "die", "das", "des", "dem", "den");
    /** "ein Hafengericht", "einer Kommission". */
    public static final Set<String> INDEFINITE = Set.of("ein", "eine", "eines", "einem", "einen", "einer");
    /** The negative article, declined as the indefinite one: "kein Gericht", "keiner Partei". */
    public static final Set<String> NEGATIVE = Set.of("kein", "keine", "keines", "keinem", "keinen", "keiner");
    /** Definite and indefinite. */
    public static final Set<String> DEFINITE_OR_INDEFINITE = union(DEFINITE, INDEFINITE);

    private GermanArticles() {
    }

    @SafeVarargs
    public static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }
}
