package news.summarizer.core.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;

/**
 * The statement finder's first stage: where each actor is named in the text. Later stages look speakers up here
 * rather than searching the text again, so that a name inside another ("Hartwig" in "Hartwigs") is found once.
 */
final class ActorMentions {

    private static final java.util.regex.Pattern FEDERAL_LEVEL = java.util.regex.Pattern.compile("(?:Bundes|Landes)(\\p{Ll}{5,})");

    private ActorMentions() {
    }

    /** Every place an actor is named: the whole name, and a person's surname alone, with genitive endings. */
    static List<Mention> find(String text, List<Actor> actors) {
        List<Mention> mentions = new ArrayList<>();
        // "Nordbahn-AG-Bezirk" names "Nordbahn AG": hyphens count as spaces (one character for one, offsets stay).
        String spaced = text.replace('-', ' ');
        for (Actor actor : actors) {
            List<String> names = new ArrayList<>(List.of(actor.name()));
            String[] words = actor.name().split("\\s+");
            if (actor.type() == ActorType.PERSON && words.length > 1) {
                names.add(words[words.length - 1]);
            }
            // "Bundesfischereiamt" is "das Fischereiamt" on second mention, "Landesregierung" "die Regierung".
            java.util.regex.Matcher level = FEDERAL_LEVEL.matcher(actor.name());
            if (actor.type() != ActorType.PERSON && words.length == 1 && level.matches()) {
                names.add(Character.toUpperCase(level.group(1).charAt(0)) + level.group(1).substring(1));
            }
            if (actor.type() != ActorType.PERSON) {
                names.addAll(abbreviations(text, actor.name())); // a person's brackets hold a party: "Hartwig (SPD)"
                // "Nachrichtenagentur Lipa" is "Lipa" alone too: the first word only says what kind of body it is.
                String kind = words[0].toLowerCase(java.util.Locale.ROOT);
                if (words.length > 1 && Character.isUpperCase(words[1].charAt(0))
                        && DescriptionSpeakers.INSTITUTION_HEADS.stream().anyMatch(kind::endsWith)
                        && !DescriptionSpeakers.INSTITUTION_HEADS.contains(kind)) {
                    names.add(actor.name().substring(words[0].length()).strip());
                }
            }
            if (actor.type() != ActorType.PERSON && words.length > 2 && Character.isLowerCase(words[1].charAt(0))
                    && !DescriptionSpeakers.INSTITUTION_HEADS.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
                // "Prüfrat für Bahnsicherheit" is "der Prüfrat", "des Prüfrats" on second mention: the head
                // noun before the attribute. (Not a bare kind word: "Institut für …" is also "das Lene-Hagen-Institut".)
                names.add(words[0]);
            }
            if (actor.type() != ActorType.PERSON && words.length > 1) {
                // "die Lindenauer Allgemeine Zeitung" is "der Lindenauer Allgemeinen Zeitung" in the genitive and
                // dative: an adjective before the noun takes -n after its -e (the weak declension).
                String declined = declined(words);
                if (!declined.equals(actor.name())) {
                    names.add(declined);
                }
            }
            for (String name : List.copyOf(names)) {
                if (Character.isLowerCase(name.charAt(0))) {
                    // "von der Leyen" opens a sentence as "Von der Leyen".
                    names.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
                }
            }
            for (String name : names) {
                String searched = name.contains(" ") ? spaced : text;
                for (int at = searched.indexOf(name); at >= 0; at = searched.indexOf(name, at + 1)) {
                    int end = wordEnd(text, at, at + name.length());
                    if (end >= 0 && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))) {
                        mentions.add(new Mention(at, end, actor));
                    }
                }
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -m.end()));
        List<Mention> distinct = new ArrayList<>();
        for (Mention mention : mentions) {
            if (distinct.isEmpty() || mention.start() >= distinct.get(distinct.size() - 1).end()) {
                distinct.add(mention);
            }
        }
        return distinct;
    }

    /** Whether the dictionary knows the word as an adjective ("allgemeine"; not "stadtwerke"). */
    private static boolean isAdjective(String word) {
        return news.summarizer.core.text.GermanLexicon.lookup(word).readings().stream()
                .anyMatch(reading -> reading.tag() != null && reading.tag().startsWith("ADJ"));
    }

    /** The name with "-en" for the "-e" of each capitalised adjective before its last word ("Allgemeine Zeitung"). */
    private static String declined(String[] words) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean adjective = i < words.length - 1 && word.length() > 3 && word.endsWith("e")
                    && Character.isUpperCase(word.charAt(0)) && isAdjective(word.toLowerCase(java.util.Locale.ROOT));
            name.append(i == 0 ? "" : " ").append(adjective ? word + "n" : word);
        }
        return name.toString();
    }

    /**
     * The short forms the text introduces in brackets right after the name: "die Ständige Lindenauer Kommission
     * (Stilko)" is "die Stilko" from then on.
     */
    private static List<String> abbreviations(String text, String name) {
        List<String> found = new ArrayList<>();
        if (!text.contains(name + " (")) {
            return found; // the usual case, without compiling a pattern
        }
        java.util.regex.Matcher matcher = java.util.regex.Pattern
                .compile(java.util.regex.Pattern.quote(name) + "\\s*\\((\\p{Lu}[\\p{L}-]{1,11})\\)").matcher(text);
        while (matcher.find()) {
            if (!found.contains(matcher.group(1))) {
                found.add(matcher.group(1));
            }
        }
        return found;
    }

    /** The end of the word a name ends in: the name itself, or with a genitive "s", "es" or apostrophe; -1 if longer. */
    private static int wordEnd(String text, int start, int end) {
        for (String ending : List.of("", "s", "es", "'", "’")) {
            int candidate = end + ending.length();
            if (text.startsWith(ending, end) && (candidate >= text.length() || !Character.isLetterOrDigit(text.charAt(candidate)))) {
                return candidate;
            }
        }
        return -1;
    }
}
