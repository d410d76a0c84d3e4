package news.summarizer.core.model;

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
