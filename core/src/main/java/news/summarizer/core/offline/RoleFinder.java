package news.summarizer.core.offline;

import java.util.List;
import java.util.Set;
import news.summarizer.core.grounding.RoleWords;
import news.summarizer.core.text.GermanLexicon;
import news.summarizer.core.text.WordMemo;

/**
 * Reads the title the article gives a name: a title word right before it ("Landrätin Mira Solberg",
 * "ihr dänischer Amtskollege Jon Ekberg"), an apposition before it ("Der Oberbürgermeister von
 * Lindenau, Jan Petersen,") or after it ("Tilde Marquardt, Landesvorsitzende des Segelverbands,").
 * Roles are the article's words, only put back into the nominative ("Präsidenten" → "Präsident").
 */
final class RoleFinder {

    private static final int MAX_APPOSITION_WORDS = 7;
    private static final Set<String> APPOSITION_TAGS = Set.of("DET", "ADP", "ADP+DET", "NOUN", "PROPN", "ADJ", "NUM",
            "CCONJ");

    private static final Set<String> CLOSING_QUOTES = Set.of("“", "\"", "«", "»", "‘", "'");

    /** Case endings a title word may carry ("Präsidenten", "Ministers"). */
    private static final String[] TITLE_ENDINGS = {"n", "en", "s"};

    private RoleFinder() {
    }

    static String roleOf(NameRun run) {
        List<Word> words = run.sentence().words();
        Word before = run.before();
        if (before != null && roleWord(before.text()) != null) {
            return joinedTitle(run, words, withAdjective(words, run.from() - 1));
        }
        if (before != null && CLOSING_QUOTES.contains(before.text()) && run.from() >= 2
                && roleWord(words.get(run.from() - 2).text()) != null) {
            return withAdjective(words, run.from() - 2); // "dem »gefeierten Dirigenten« Jon Ekberg"
        }
        if (before != null && before.is(",")) {
            String role = appositionBefore(run, words);
            if (role != null) {
                return role;
            }
        }
        Word after = run.after();
        if (after != null && after.is(",") && run.to() + 1 < words.size()
                && roleWord(words.get(run.to() + 1).text()) != null) {
            return appositionAfter(run, words);
        }
        return null;
    }

    /**
     * Title words already decided ("" for no title): the name finder asks about each capitalised word of an article
     * three to five times (does it start a name, an institution, follow a first name), each time lower-casing it and
     * trying its endings. A word's answer never changes.
     */
    private static final WordMemo<String> ROLE_WORDS = new WordMemo<>();

    /** The nominative form of a title word, or null when the word is no title. */
    static String roleWord(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        String known = ROLE_WORDS.get(word, unused -> {
            String role = nominativeTitle(word);
            return role == null ? "" : role;
        });
        return known.isEmpty() ? null : known;
    }

    private static String nominativeTitle(String word) {
        if (RoleWords.isRoleWord(word)) {
            return word;
        }
        for (String ending : TITLE_ENDINGS) {
            if (word.endsWith(ending) && RoleWords.isRoleWord(word.substring(0, word.length() - ending.length()))) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return null;
    }

    /**
     * "die stellvertretende Leiterin und Kassenwartin Rike Albers": two titles joined by "und" before the name are
     * both hers; the nearer alone would drop the first, which is as often the office the article is about.
     */
    private static String joinedTitle(NameRun run, List<Word> words, String nearer) {
        int und = run.from() - 2;
        if (und < 1 || !words.get(und).is("und") || words.get(und - 1).start() < run.sentence().bodyStart()
                || !RoleReader.isTitle(words.get(und - 1).text())) {
            return nearer;
        }
        String first = roleWord(words.get(und - 1).text());
        return withAdjective(words, und - 1, first != null ? first : RoleReader.baseForm(words.get(und - 1).text()))
                + " und " + nearer;
    }

    /** "seinem russischen Amtskollegen" → "russischer Amtskollege"; "die Bundesministerin" → "Bundesministerin". */
    private static String withAdjective(List<Word> words, int roleIndex) {
        return withAdjective(words, roleIndex, roleWord(words.get(roleIndex).text()));
    }

    private static String withAdjective(List<Word> words, int roleIndex, String noun) {
        Word adjective = roleIndex > 0 ? words.get(roleIndex - 1) : null;
        if (adjective != null && adjective.isProperNoun() && adjective.text().endsWith("s")) {
            String owner = adjective.text().substring(0, adjective.text().length() - 1);
            if (Lexicon.country(owner) != null || Lexicon.PLACES.contains(owner)) {
                return adjective.text() + " " + noun; // "Norwegens Energieministerin"
            }
        }
        // Nominalised participles ("die neue Vorsitzende") hide their gender: the adjective could not be fixed.
        boolean genderUnknown = noun.endsWith("e") && !noun.toLowerCase(java.util.Locale.ROOT).endsWith("kollege");
        if (adjective == null || !"ADJ".equals(adjective.tag()) || adjective.isCapitalized() || genderUnknown
                || notAnAdjective(adjective.text())) {
            return noun;
        }
        String stem = adjective.text().replaceAll("(en|em|er|es|e)$", "");
        boolean feminine = noun.endsWith("in");
        return stem + (feminine ? "e" : "er") + " " + noun;
    }

    /**
     * "„…“, sagte Bürgermeister Tom Brandt": the tagger sometimes calls the verb before a title an adjective; a word
     * the dictionary knows, but never as an adjective or participle, does not describe the title ("sagter
     * Bürgermeister"). Words it does not know ("kolbersundische") are left to the tagger.
     */
    private static boolean notAnAdjective(String word) {
        GermanLexicon.Entry entry = GermanLexicon.lookup(word);
        return entry.known() && !entry.has(GermanLexicon.Kind.ADJECTIVE);
    }

    private static String appositionBefore(NameRun run, List<Word> words) {
        int comma = run.from() - 1;
        for (int i = comma - 1; i >= Math.max(0, comma - MAX_APPOSITION_WORDS); i--) {
            Word word = words.get(i);
            if (word.start() < run.sentence().bodyStart()) {
                return null;
            }
            String noun = roleWord(word.text());
            boolean introducesApposition = i + 1 < comma && !words.get(i + 1).isProperNoun()
                    && (i == 0 || "DET".equals(words.get(i - 1).tag()) || "ADJ".equals(words.get(i - 1).tag()));
            if (noun != null && word.isNoun() && introducesApposition) {
                String text = run.sentence().text();
                String rest = text.substring(word.end() - run.sentence().start(), words.get(comma).start()
                        - run.sentence().start());
                return noun + rest;
            }
            if (!APPOSITION_TAGS.contains(word.tag()) && !word.is("(") && !word.is(")")) {
                return null;
            }
        }
        return null;
    }

    private static String appositionAfter(NameRun run, List<Word> words) {
        int first = run.to() + 1;
        int end = first + 1;
        while (end < words.size() && end - first < MAX_APPOSITION_WORDS) {
            Word word = words.get(end);
            if (!APPOSITION_TAGS.contains(word.tag()) || "CCONJ".equals(word.tag())) {
                break;
            }
            end++;
        }
        String text = run.sentence().text();
        String rest = text.substring(words.get(first).end() - run.sentence().start(),
                words.get(end - 1).end() - run.sentence().start());
        return roleWord(words.get(first).text()) + rest;
    }
}
