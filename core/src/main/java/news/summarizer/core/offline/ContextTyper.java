package news.summarizer.core.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.text.NameForms;
import news.summarizer.core.text.GermanArticles;

/**
 * Stage "type", second pass (after the variants are merged): what the words around a name say. A kind of company
 * before it or a company word after it makes an organisation; a title anywhere before the surname gives a role and
 * makes a person; what is still undecided is OTHER, and an OTHER mostly used after "in", "nach" … is a place. Sets
 * each candidate's mention count.
 */
final class ContextTyper {

    private static final Set<String> LOCATIVE = Set.of("in", "im", "nach", "aus", "an", "am", "bis", "über", "zwischen",
            "durch", "Stadt", "Hauptstadt", "Region", "Gemeinde", "Fluss", "Bundesland");
    private static final Set<String> ARTICLES = GermanArticles.DEFINITE;
    /** Nouns for a kind of company or group that a company's name follows ("der Stromhändler Nordgas"). */
    private static final List<String> COMPANY_KINDS = List.of("firma", "konzern", "importeur", "exporteur", "betreiber",
            "hersteller", "anbieter", "dienstleister", "unternehmen", "autobauer", "rennstall", "bank", "versicherer",
            "versorger", "händler", "riese", "gigant", "kollektiv", "gruppe", "verlag", "sender", "kette", "startup",
            "club", "klub", "verein", "label", "netzwerk", "plattform", "entwickler", "produzent", "investor", "fonds");
    /**
     * Second parts of a compound that make its first part a company ("Kolberon-Aktie", "Talvenwerk-Belegschaft");
     * kinds of company ("-Gruppe") and titles ("-Chef", "-Pilot") count through their own lists.
     */
    private static final Set<String> COMPANY_WORDS = Set.of("Aktie", "Aktien", "Zentrale", "Werk", "Werke", "Tochter",
            "Mutter", "Team", "Aufsichtsrat", "Belegschaft", "Mitarbeiter", "Beschäftigte", "Management", "Kunden",
            "Filialen", "App");
    private static final Set<String> QUOTES = Set.of("„", "\"", "«", "»", "“", "‚", "‘");
    /** Words that join a title to whose title it is: "Chef von Talvenwerk", "Sprecher der Nordbahn". */
    private static final Set<String> COMPLEMENT_LINKS = Set.of("von", "der", "des", "bei");
    /** Titles that only companies and organisations give, not places ("Bürgermeister von Lindenau"). */
    private static final List<String> COMPANY_ROLES = List.of("chef", "chefin", "vorstand", "vorständin", "sprecher",
            "sprecherin", "gründer", "gründerin", "manager", "managerin", "direktor", "direktorin", "anwalt", "anwältin");

    private ContextTyper() {
    }

    static List<Candidate> type(List<Candidate> candidates, String text, List<Sentence> sentences) {
        List<Candidate> typed = new ArrayList<>();
        for (Candidate candidate : candidates) {
            typed.add(type(candidate, text, sentences));
        }
        return typed;
    }

    private static Candidate type(Candidate candidate, String text, List<Sentence> sentences) {
        if (candidate.type() == null && organizationByContext(candidate, text)) {
            candidate = candidate.withType(ActorType.ORGANIZATION);
        }
        if (candidate.type() == ActorType.ORGANIZATION && candidate.role() == null) {
            candidate = candidate.withRole(kindBefore(candidate)); // "der Stromhändler Nordgas": what kind it is
        }
        if (candidate.role() == null && candidate.type() != ActorType.COUNTRY && candidate.type() != ActorType.ORGANIZATION) {
            candidate = candidate.withRole(titleInText(candidate, text));
        }
        if (candidate.role() == null && (candidate.type() == ActorType.PERSON
                || candidate.type() == null && candidate.multiWord())) {
            candidate = candidate.withRole(appositionAfterSurname(candidate, sentences));
        }
        if (candidate.type() == null) {
            candidate = candidate.withType(candidate.role() != null ? ActorType.PERSON : ActorType.OTHER);
        }
        boolean byLastWord = candidate.type() == ActorType.PERSON || candidate.type() == ActorType.ORGANIZATION;
        int mentions = NameForms.count(text, byLastWord ? candidate.lastWord() : candidate.name());
        candidate = candidate.withMentions(Math.max(mentions, candidate.runs().size()));
        return candidate.withPlace(candidate.type() == ActorType.OTHER && isPlace(candidate));
    }

    /** The kind noun right before an organisation's name ("Stromhändler", "Musikerkollektiv"), or null. */
    private static String kindBefore(Candidate candidate) {
        for (NameRun run : candidate.runs()) {
            List<Word> words = run.sentence().words();
            int at = run.from() - 1;
            while (at >= 0 && QUOTES.contains(words.get(at).text())) {
                at--;
            }
            if (at >= 0 && words.get(at).isCapitalized() && words.get(at).isNoun()) {
                String kind = words.get(at).text();
                if (endsWithAny(kind, COMPANY_KINDS)) {
                    return kind;
                }
                if (endsWithAny(NameForms.withoutGenitive(kind), COMPANY_KINDS)) {
                    return NameForms.withoutGenitive(kind);
                }
                if (at < run.from() - 1 && Lexicon.isOrganizationHead(NameForms.withoutGenitive(kind))) {
                    return NameForms.withoutGenitive(kind); // "die Umweltorganisation „Kolbgrün“"
                }
            }
        }
        return null;
    }

    /**
     * A name the article puts after a kind of company ("der Stromhändler Nordgas", "Fährkonzern Terbrack") or before a
     * title or company word ("Kolberon-Chef", "Kolberon-Pilot", "Talvenwerk-Gruppe") is an organisation's.
     */
    static boolean organizationByContext(Candidate candidate, String text) {
        for (NameRun run : candidate.runs()) {
            List<Word> words = run.sentence().words();
            int at = run.from() - 1;
            while (at >= 0 && QUOTES.contains(words.get(at).text())) {
                at--; // "des Musikerkollektivs »Lumen Sari«"
            }
            Word before = at >= 0 ? words.get(at) : null;
            if (before != null && before.isCapitalized() && (endsWithAny(before.text(), COMPANY_KINDS)
                    || endsWithAny(NameForms.withoutGenitive(before.text()), COMPANY_KINDS))) {
                return true;
            }
            if (before != null && at < run.from() - 1 && before.isNoun()
                    && Lexicon.isOrganizationHead(NameForms.withoutGenitive(before.text()))) {
                return true; // "die Umweltorganisation „Kolbgrün“": a quoted name after the kind of body it is
            }
            if (!candidate.multiWord() && at >= 1 && COMPLEMENT_LINKS.contains(before.text())
                    && companyRole(words.get(at - 1).text())) {
                return true; // "Vorstandschef von Talvenwerk", "Sprecher der Nordbahn"
            }
        }
        if (candidate.multiWord()) {
            return false;
        }
        String prefix = candidate.name() + "-";
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                continue;
            }
            int end = at + prefix.length();
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            String head = text.substring(at + prefix.length(), end);
            if (!head.isEmpty() && Character.isUpperCase(head.charAt(0)) && (RoleFinder.roleWord(head) != null
                    || endsWithAny(head, COMPANY_KINDS) || COMPANY_WORDS.contains(head))) {
                return true;
            }
        }
        return false;
    }

    /** "Verteidigungsminister Ben-Ami", "Bundestrainer Alfred Hallgrimsson" anywhere in the text, headings included. */
    private static String titleInText(Candidate candidate, String text) {
        String surname = candidate.lastWord();
        for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
            int end = at + surname.length();
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
                    || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            // Up to three capitalised words before the surname: the title, then perhaps first names.
            int wordEnd = at - 1;
            for (int words = 0; words < 3 && wordEnd > 0 && text.charAt(wordEnd) == ' '; words++) {
                int wordStart = wordEnd;
                while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '-')) {
                    wordStart--;
                }
                String word = text.substring(wordStart, wordEnd);
                if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                    break;
                }
                String role = RoleFinder.roleWord(word);
                if (role != null) {
                    return role;
                }
                wordEnd = wordStart - 1;
            }
        }
        return null;
    }

    /**
     * "Brink, Geschäftsführerin der Werft, sagte …" after "Ada Brink" was named without a title: an apposition after
     * the surname alone, which the name finder need not have taken for a name ("Brink" is also a common noun).
     */
    private static String appositionAfterSurname(Candidate candidate, List<Sentence> sentences) {
        String surname = candidate.lastWord();
        for (Sentence sentence : sentences) {
            List<Word> words = sentence.words();
            for (int i = 0; i + 2 < words.size(); i++) {
                if (words.get(i).is(surname) && words.get(i + 1).is(",") && RoleFinder.roleWord(words.get(i + 2).text()) != null
                        && words.get(i).start() >= sentence.bodyStart()) {
                    String role = RoleFinder.roleOf(new NameRun(sentence, i, i + 1, surname, words.get(i).start()));
                    if (role != null) {
                        return role;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "der Konzern", "des Verlags": a kind of company by itself, with nothing of a name, refers back to a company the
     * article names ("der Fährkonzern Terbrack … Der Konzern teilte mit"); it names none.
     */
    static boolean isCompanyKind(String word) {
        String lower = NameForms.withoutGenitive(word).toLowerCase(Locale.ROOT);
        return COMPANY_KINDS.contains(lower) || COMPANY_KINDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean companyRole(String word) {
        String role = RoleFinder.roleWord(word);
        return role != null && endsWithAny(role, COMPANY_ROLES);
    }

    private static boolean endsWithAny(String word, List<String> endings) {
        String lower = word.toLowerCase(Locale.ROOT);
        return endings.stream().anyMatch(lower::endsWith);
    }

    /** A name mostly used after "in", "nach", "über die" … is where things happen. */
    private static boolean isPlace(Candidate candidate) {
        if (Lexicon.PLACES.contains(NameFinder.firstPart(candidate.name().split(" ")[0]))) {
            return true;
        }
        int locative = 0;
        for (NameRun run : candidate.runs()) {
            List<Word> words = run.sentence().words();
            int i = run.from() - 1;
            if (i >= 0 && ARTICLES.contains(words.get(i).text())) {
                i--;
            }
            if (i >= 0 && LOCATIVE.contains(words.get(i).text())) {
                locative++;
            }
        }
        return locative * 2 >= candidate.runs().size();
    }
}
