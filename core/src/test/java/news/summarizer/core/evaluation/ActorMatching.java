package news.summarizer.core.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The devset README's matching rule, exactly, so our figures and the held-out set's mean the same: case and
 * diacritics folded (ß → ss), names split into word tokens (letters, digits, hyphens kept); a reported actor matches
 * a gold actor when every token of the gold {@code surname} is among the reported name's tokens, or when reported
 * name and gold {@code name} are equal; each gold actor is matched at most once.
 */
public final class ActorMatching {

    private ActorMatching() {
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    static List<String> tokens(String name) {
        return Arrays.stream(fold(name).split("[^\\p{L}\\p{N}-]+")).filter(token -> !token.isEmpty()).toList();
    }

    static boolean matches(String reported, GoldActor gold) {
        List<String> reportedTokens = tokens(reported);
        List<String> surname = tokens(gold.surname() == null ? gold.name() : gold.surname());
        if (!surname.isEmpty() && new HashSet<>(reportedTokens).containsAll(surname)) {
            return true;
        }
        return reportedTokens.equals(tokens(gold.name()));
    }

    /**
     * For each reported name (in report order), the gold actor it matches, or null. A core actor is preferred over
     * an other actor; a gold actor already taken by an earlier report leaves the later one unmatched.
     */
    static List<GoldActor> assign(List<String> reported, GoldArticle gold) {
        List<GoldActor> candidates = new ArrayList<>(gold.core());
        candidates.addAll(gold.other());
        Set<GoldActor> taken = new HashSet<>();
        List<GoldActor> assigned = new ArrayList<>();
        for (String name : reported) {
            GoldActor match = null;
            for (GoldActor actor : candidates) {
                if (!taken.contains(actor) && matches(name, actor)) {
                    match = actor;
                    break;
                }
            }
            if (match != null) {
                taken.add(match);
            }
            assigned.add(match);
        }
        return assigned;
    }

    /**
     * A role is right when it shares a word of more than three letters with the gold role, or one contains the
     * other (folded); a missing role is wrong.
     */
    static boolean roleRight(String reported, String gold) {
        if (reported == null || reported.isBlank()) {
            return false;
        }
        String a = fold(reported);
        String b = fold(gold);
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        Set<String> words = new HashSet<>(Arrays.asList(a.split("[^\\p{L}\\p{N}]+")));
        return Arrays.stream(b.split("[^\\p{L}\\p{N}]+")).anyMatch(word -> word.length() > 3 && words.contains(word));
    }
}
