package news.summarizer.core.statements;

import java.util.List;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.text.Folding;
import news.summarizer.core.text.NameForms;

/**
 * Which of the answer's actors a speaker's name means: the same name ("Möllers" = "Möller"), a person by the surname
 * ("Lena Hartwig" for "Hartwig", "Ministerin Hartwig"), anything else by a name that contains the other as whole
 * words ("Stadtrat" for "Stadtrat von Lindenau").
 */
public final class Speakers {

    private Speakers() {
    }

    /** The actor {@code speaker} names, or null when it names none of them. */
    public static Actor actorNamed(String speaker, List<Actor> actors) {
        if (speaker == null || speaker.isBlank()) {
            return null;
        }
        for (Actor actor : actors) {
            if (NameForms.sameName(actor.name(), speaker)) {
                return actor;
            }
        }
        String spoken = key(speaker);
        for (Actor actor : actors) {
            String name = key(actor.name());
            if (actor.type() == ActorType.PERSON ? lastWord(name).equals(lastWord(spoken))
                    : containsWords(name, spoken) || containsWords(spoken, name)) {
                return actor;
            }
        }
        return null;
    }

    private static String key(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            key.append(key.length() == 0 ? "" : " ").append(Folding.name(NameForms.withoutGenitive(word)));
        }
        return key.toString();
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static boolean containsWords(String haystack, String needle) {
        return (" " + haystack + " ").contains(" " + needle + " ");
    }
}
