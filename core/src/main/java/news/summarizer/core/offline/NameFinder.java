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
        boolean startsWithFirstName = Lexicon.FIRST_NAMES.contains(firstPart(words.get(first).text()));
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
            if (startsWithFirstName && to - first == 1 && particles > to && particles < words.size() && continuesName(words.get(particles))) {
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
        return word.isProperNoun() || Lexicon.ORGANIZATIONS.contains(text) || Lexicon.country(text) != null;
    }

    private static boolean continuesName(Word word) {
        String text = word.text();
        boolean initial = text.length() == 2 && Character.isUpperCase(text.charAt(0)) && text.charAt(1) == '.';
        return initial || (word.isProperNoun() && word.isCapitalized() && !Lexicon.NOT_NAMES.contains(text)
                && !text.endsWith("-"));
    }

    static String firstPart(String name) {
        int hyphen = name.indexOf('-');
        return hyphen > 0 ? name.substring(0, hyphen) : name;
    }
}
