package news.summarizer.core.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;

/** Generates long, varied German article text of a given word count (fictional, deterministic). */
final class LongArticles {

    private static final String[] SUBJECTS = {"Der Stadtrat", "Die Landesregierung", "Ein Sprecher der Verwaltung",
            "Die Opposition", "Der Verband der Spediteure", "Bürgermeisterin Anna Roth", "Die Industrie- und Handelskammer"};
    private static final String[] VERBS = {"kündigte an", "kritisierte", "begrüßte", "forderte", "bestätigte", "prüft"};
    private static final String[] OBJECTS = {"den Ausbau des Hafens", "neue Regeln für den Güterverkehr",
            "die Sanierung der Brücken", "höhere Investitionen in die Schiene", "ein Gutachten zum Lärmschutz",
            "die Beteiligung der Anwohner", "eine schnellere Genehmigung"};

    private LongArticles() {
    }

    /** A correct, grounded answer for any text of {@link #germanWords}: it names only what every such text says. */
    static ObjectNode answer() {
        ObjectNode answer = new ObjectMapper().createObjectNode();
        answer.put("headline", "Stadtrat und Landesregierung ringen um Hafen und Schiene");
        answer.put("summary", "Der Stadtrat kündigte den Ausbau des Hafens an. Die Opposition kritisierte neue Regeln "
                + "für den Güterverkehr. Die Landesregierung prüft höhere Investitionen in die Schiene.");
        ArrayNode keyPoints = answer.putArray("keyPoints");
        keyPoints.add("Der Hafen soll ausgebaut werden.");
        keyPoints.add("Die Opposition fordert eine schnellere Genehmigung.");
        keyPoints.add("Ein Gutachten zum Lärmschutz ist im Gespräch.");
        ObjectNode actor = answer.putArray("actors").addObject();
        actor.put("name", "Anna Roth");
        actor.put("type", "PERSON");
        actor.put("role", "Bürgermeisterin");
        actor.put("description", "Sie äußert sich zum Verfahren.");
        actor.put("evidence", "Bürgermeisterin Anna Roth");
        return answer;
    }

    static String germanWords(int words) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        int count = 0;
        int sentence = 0;
        while (count < words) {
            String line = SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + VERBS[random.nextInt(VERBS.length)] + " "
                    + OBJECTS[random.nextInt(OBJECTS.length)] + " im Abschnitt " + (sentence + 1) + " des Verfahrens.";
            text.append(line).append(++sentence % 6 == 0 ? "\n\n" : " ");
            count += line.split(" ").length;
        }
        return text.toString().strip();
    }
}
