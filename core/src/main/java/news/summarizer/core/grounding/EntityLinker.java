package news.summarizer.core.grounding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
        // Each comparison needs a name's case-form pattern: build it once per actor and once per distinct name, and
        // decide each name once (a name is mentioned many times); this was a third of an offline answer's time.
        List<Form> actorForms = actors.stream().map(actor -> Form.of(actor.name())).toList();
        List<String> actorSurnameKeys = actors.stream().map(actor -> actor.type() == ActorType.PERSON
                ? NameForms.key(lastWord(actor.name())) : null).toList();
        Map<String, Optional<String>> linked = new HashMap<>();
        return entities.stream().map(entity -> new Entity(entity.text(), entity.type(), entity.offset(), entity.length(),
                linked.computeIfAbsent(entity.type() + " " + entity.text(),
                        key -> Optional.ofNullable(actorOf(entity, actors, actorForms, actorSurnameKeys))).orElse(null))).toList();
    }

    /**
     * A name folded for matching, the pattern of its case forms, and its {@link NameForms#key} (each mention is
     * compared with every actor: the actor's key is computed once, not once per mention).
     */
    private record Form(String folded, Pattern declined, String key) {
        static Form of(String name) {
            String folded = TextIndex.foldQuery(name);
            return new Form(folded, NameForms.declined(folded), NameForms.key(name));
        }

        /** The same name in another case form ("der Deutschen Bahn", "Deutsche Bahn"). */
        boolean sameDeclined(Form other) {
            return declined.matcher(other.folded).matches() || other.declined.matcher(folded).matches();
        }

        /** Whether this name has the words of {@code shorter} in a row, in any case form ("Stadtwerken Görlitz"). */
        boolean contains(Form shorter) {
            return shorter.declined.matcher(folded).find();
        }
    }

    private static String actorOf(Entity entity, List<Actor> actors, List<Form> actorForms,
            List<String> actorSurnameKeys) {
        Form form = Form.of(entity.text());
        for (int i = 0; i < actors.size(); i++) {
            if (form.key().equals(actorForms.get(i).key()) || form.sameDeclined(actorForms.get(i))) {
                return actors.get(i).name();
            }
        }
        String lastKey = entity.type() == EntityType.PERSON ? NameForms.key(lastWord(entity.text())) : null;
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            if (actor.type() == ActorType.PERSON && lastKey != null
                    && lastKey.equals(actorSurnameKeys.get(i))) {
                return actor.name(); // "Wendt", "Kira Wendts", "Ministerin Kira Wendt"
            }
        }
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            if (alike(entity.type(), actor.type()) && (actorForms.get(i).contains(form) || form.contains(actorForms.get(i)))) {
                return actor.name(); // "Bahn" in "Deutsche Bahn", "Stadtwerke Kolberon GmbH" for "Stadtwerke Kolberon"
            }
        }
        return null;
    }

    private static boolean alike(EntityType entity, ActorType actor) {
        return switch (entity) {
            case PERSON -> actor == ActorType.PERSON;
            case ORGANIZATION -> actor == ActorType.ORGANIZATION || actor == ActorType.OTHER;
            case PLACE -> actor == ActorType.COUNTRY || actor == ActorType.OTHER;
        };
    }

    private static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }
}
