package news.summarizer.core.offline;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds name runs: proper nouns in a row, joined by name particles right after a first name
 * ("Ursula von der Leyen"), with a parenthesised addition ("Frankfurt (Oder)"), and with a leading organisation
 * noun when the proper noun is only its place ("Naturschutzbund Brandenburg"). Datelines and subheadings are
 * skipped: a dateline city is not an actor, and headings repeat what the prose says.
 */
final class NameFinder {

    private static final List<String> TYPE_NOUNS = List.of("betreiber", "hersteller", "anbieter", "unternehmen",
            "versorger", "händler", "zulieferer", "dienstleister", "konzern", "sender", "verlag");

    private NameFinder() {
    }

    static List<NameRun> find(List<Sentence> sentences) {
        List<NameRun> runs = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (!sentence.heading()) {
                find(sentence, runs);
            }
        }
        return runs;
    }

    private static void find(Sentence sentence, List<NameRun> runs) {
        List<Word> words = sentence.words();
        int i = 0;
        while (i < words.size()) {
            if (words.get(i).start() < sentence.bodyStart() || !startsName(words.get(i))) {
                i++;
                continue;
            }
            int to = extend(words, i);
            while (to - i > 1 && isDescriptor(words.get(i).text())) {
                i++; // "dem Oldenburger Netzbetreiber Nordwest Netz GmbH": the name starts at "Nordwest"
            }
            int from = i;
            Word previous = i > 0 ? words.get(i - 1) : null;
            if (previous != null && previous.start() >= sentence.bodyStart() && previous.isNoun()
                    && previous.isCapitalized() && Lexicon.isOrganizationHead(previous.text()) && to - i == 1
                    && Lexicon.PLACES.contains(words.get(i).text())) {
                from = i - 1;
            }
            int start = words.get(from).start();
            String text = sentence.text().substring(start - sentence.start(), words.get(to - 1).end() - sentence.start());
            runs.add(new NameRun(sentence, from, to, text, start));
            i = to;
        }
    }

    private static int extend(List<Word> words, int first) {
        int to = first + 1;
        String firstWord = words.get(first).text();
        boolean startsWithFirstName = Lexicon.FIRST_NAMES.contains(firstPart(firstWord))
                || (words.get(first).isProperNoun() && !Lexicon.PLACES.contains(firstWord)
                && !Lexicon.ORGANIZATIONS.contains(firstWord) && Lexicon.country(firstWord) == null);
        while (to < words.size()) {
            Word next = words.get(to);
            boolean countryBoundary = Lexicon.country(words.get(to - 1).text()) != null
                    || Lexicon.country(next.text()) != null; // "falls Ungarn Putin ... festsetze"
            if (continuesName(next) && !countryBoundary) {
                to++;
                continue;
            }
            int particles = to;
            while (particles < words.size() && Lexicon.NAME_PARTICLES.contains(words.get(particles).text())) {
                particles++;
            }
            boolean particleFirst = particles > to && !words.get(to).is("der") && !words.get(to).is("den");
            if (startsWithFirstName && to - first == 1 && particleFirst && particles < words.size() && continuesName(words.get(particles))) {
                to = particles + 1;
                continue;
            }
            if (to - first == 1 && next.is("(") && to + 2 < words.size() && continuesName(words.get(to + 1))
                    && words.get(to + 2).is(")")) {
                to += 3;
                continue;
            }
            break;
        }
        return to;
    }

    private static boolean startsName(Word word) {
        String text = word.text();
        if (!word.isCapitalized() || Lexicon.NOT_NAMES.contains(text) || text.endsWith(".") || text.endsWith("-")
                || RoleFinder.roleWord(text) != null) {
            return false; // a title the tagger took for a name ("Kremlsprecher/PROPN Dmitri Peskow")
        }
        return word.isProperNoun() || Lexicon.ORGANIZATIONS.contains(text) || Lexicon.country(text) != null
                || isInstitution(text);
    }

    /** "EU-Kommission", "Nato-Rat": a known organisation's compound with an institution head is its name. */
    private static boolean isInstitution(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && Lexicon.ORGANIZATIONS.contains(word.substring(0, hyphen)) && Lexicon.isOrganizationHead(word);
    }

    private static boolean continuesName(Word word) {
        String text = word.text();
        boolean initial = text.length() == 2 && Character.isUpperCase(text.charAt(0)) && text.charAt(1) == '.';
        return initial || (word.isProperNoun() && word.isCapitalized() && !Lexicon.NOT_NAMES.contains(text)
                && !text.endsWith("-") && RoleFinder.roleWord(text) == null);
    }

    /** Place adjectives ("Oldenburger") and type nouns ("Netzbetreiber") the tagger puts into a name. */
    private static boolean isDescriptor(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (String type : TYPE_NOUNS) {
            if (lower.endsWith(type)) {
                return true;
            }
        }
        return word.endsWith("er") && Lexicon.PLACES.contains(word.substring(0, word.length() - 2));
    }

    static String firstPart(String name) {
        int hyphen = name.indexOf('-');
        return hyphen > 0 ? name.substring(0, hyphen) : name;
    }
}
