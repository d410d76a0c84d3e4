package news.summarizer.core.grounding;

import java.util.List;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.Entity;
import news.summarizer.core.summary.EntityType;
import news.summarizer.core.text.NameForms;

/**
 * Links each named mention to the actor it names, by the one name matcher: the whole name in any case form
 * ("der Deutschen Bahn" → "Deutsche Bahn"), for a person also the surname alone ("Wendts" → "Kira Wendt"), and a
 * country's or organisation's name inside the actor's ("Kolberon" → "Stadtwerke Kolberon" only when typed alike).
 */
public final class EntityLinker {

    private EntityLinker() {
    }

    public static List<Entity> link(List<Entity> entities, List<Actor> actors) {
        return entities.stream().map(entity -> new Entity(entity.text(), entity.type(), entity.offset(), entity.length(),
                actorOf(entity, actors))).toList();
    }

    private static String actorOf(Entity entity, List<Actor> actors) {
        for (Actor actor : actors) {
            if (NameForms.sameName(entity.text(), actor.name()) || sameDeclined(entity.text(), actor.name())) {
                return actor.name();
            }
        }
        for (Actor actor : actors) {
            if (actor.type() == ActorType.PERSON && entity.type() == EntityType.PERSON
                    && NameForms.sameName(lastWord(entity.text()), lastWord(actor.name()))) {
                return actor.name(); // "Wendt", "Kira Wendts", "Ministerin Kira Wendt"
            }
        }
        for (Actor actor : actors) {
            if (alike(entity.type(), actor.type()) && (containsName(actor.name(), entity.text())
                    || containsName(entity.text(), actor.name()))) {
                return actor.name(); // "Bahn" in "Deutsche Bahn", "Stadtwerke Kolberon GmbH" for "Stadtwerke Kolberon"
            }
        }
        return null;
    }

    private static boolean sameDeclined(String a, String b) {
        return NameForms.declined(TextIndex.foldQuery(b)).matcher(TextIndex.foldQuery(a)).matches()
                || NameForms.declined(TextIndex.foldQuery(a)).matcher(TextIndex.foldQuery(b)).matches();
    }

    private static boolean alike(EntityType entity, ActorType actor) {
        return switch (entity) {
            case PERSON -> actor == ActorType.PERSON;
            case ORGANIZATION -> actor == ActorType.ORGANIZATION || actor == ActorType.OTHER;
            case PLACE -> actor == ActorType.COUNTRY || actor == ActorType.OTHER;
        };
    }

    /** Whether {@code longer} has the words of {@code shorter} in a row, in any case form ("Stadtwerken Görlitz"). */
    private static boolean containsName(String longer, String shorter) {
        return NameForms.declined(TextIndex.foldQuery(shorter)).matcher(TextIndex.foldQuery(longer)).find();
    }

    private static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }
}
