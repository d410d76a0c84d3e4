package news.summarizer.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.summarizer.core.engine.DraftSummary;
import news.summarizer.core.grounding.InflectedNames;
import news.summarizer.core.grounding.RoleWords;
import news.summarizer.core.text.GermanLexicon;
import news.summarizer.core.text.GermanSentences;

/**
 * Checks what a reader reads against the article: every number (digits or German number words, with their scale:
 * "480 Millionen", "2,5 Mrd."), every date ("4. November", "04.11.", a month or weekday) and every proper name in
 * the headline, the summary sentences and the key points must occur in the article (names in any case form) or in
 * its publication date. Derived figures ("fast 100 Jahre") count as unsupported: the rule is that the reader can
 * find each figure in the source.
 */
final class FactChecker {

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zwei", 2), Map.entry("drei", 3), Map.entry("vier", 4), Map.entry("fünf", 5), Map.entry("sechs", 6),
            Map.entry("sieben", 7), Map.entry("acht", 8), Map.entry("neun", 9), Map.entry("zehn", 10), Map.entry("elf", 11),
            Map.entry("zwölf", 12), Map.entry("dreizehn", 13), Map.entry("vierzehn", 14), Map.entry("fünfzehn", 15),
            Map.entry("sechzehn", 16), Map.entry("siebzehn", 17), Map.entry("achtzehn", 18), Map.entry("neunzehn", 19),
            Map.entry("zwanzig", 20), Map.entry("dreißig", 30), Map.entry("vierzig", 40),
            Map.entry("fünfzig", 50), Map.entry("sechzig", 60), Map.entry("siebzig", 70), Map.entry("achtzig", 80),
            Map.entry("neunzig", 90), Map.entry("hundert", 100), Map.entry("tausend", 1000));
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("februar", 2), Map.entry("märz", 3),
            Map.entry("april", 4), Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11), Map.entry("dezember", 12));
    private static final Set<String> WEEKDAYS = Set.of("montag", "dienstag", "mittwoch", "donnerstag", "freitag",
            "samstag", "sonnabend", "sonntag");
    private static final String MONTH = "(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
            + "|November|Dezember)";
    // Each figure pattern opens with a lookahead for the character it must start with: the engine then tries its
    // lookbehind and alternation only there instead of at every position of the article (a quarter of the fact
    // check's time on a warm request, JFR); what matches is unchanged.
    private static final Pattern DAY_MONTH = Pattern.compile("(?=\\d)(?<![\\d.])(\\d{1,2})\\.\\s*(?:" + MONTH
            + "|(\\d{1,2})\\.)(?:\\s*(\\d{4}))?(?!\\d)");
    private static final Pattern MONTH_OR_WEEKDAY = Pattern.compile("(?=[JFMASOND])(?<!\\p{L})(" + MONTH.substring(1, MONTH.length() - 1)
            + "|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?!\\p{L})");
    /** What a number counts ("Euro", "%", "Güterzüge"): quoted with it, not compared. */
    private static final String UNIT = "(?:\\s*(?:%|\\p{Lu}[\\p{L}-]*))?";
    private static final Pattern NUMBER = Pattern.compile("(?=\\d)(?<![\\p{L}\\d.,]|\\p{L}-)(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?"
            + "(?![\\d\\p{L}])(?:\\s*(Millionen|Million|Mio\\.?|Milliarden|Milliarde|Mrd\\.?|Billionen|Billion|Tausend))?"
            + UNIT);
    // Case-insensitive, so the lookahead is a class of the words' first letters (in either case); the lookbehind comes
    // first: inside a word (most positions) one letter test ends the try before the case-insensitive class folds
    // case (with the String below 0.37-0.43 -> 0.28-0.31 ms per devset article, C1). Two zero-width tests at one
    // position: what matches is the same in either order.
    private static final Pattern NUMBER_WORD = Pattern.compile("(?iu)(?<!\\p{L})(?=[" + firstLetters(NUMBER_WORDS.keySet())
            + "])(" + String.join("|", NUMBER_WORDS.keySet())
            + ")(?!\\p{L})(?:\\s*(Millionen|Million|Milliarden|Milliarde|Billionen|Billion))?" + UNIT);
    /**
     * Directly adjacent capitalised words; no particles, which would join nouns ("Bau der Brücke") into "names".
     * Digits belong to a word: a code ("H7N3", "A320", "COVID-19") is one name, not a letter and a number.
     */
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "(?<![\\p{L}\\d])\\p{Lu}[\\p{L}\\p{N}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}'’-]*)*");
    private static final Set<String> FUNCTION_WORDS = functionWords();
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(?:e|en|er|es|em)$");

    private static String firstLetters(Set<String> words) {
        StringBuilder letters = new StringBuilder();
        words.stream().map(word -> word.substring(0, 1)).distinct().sorted().forEach(letters::append);
        return letters.toString();
    }

    private final String article;
    /** The keys of the numbers and dates the publication date gives: read at once, so a bad date fails before any call. */
    private final Set<Object> dated = new HashSet<>();
    /** The article's names, statements and figures, read once: by {@link #prepare} or at the first check. */
    private volatile Read read;

    /** What the article gives; {@code known}: the keys of every number and date it (or its publication date) gives. */
    private record Read(InflectedNames names, StatementCheck statements, Set<Object> known) {
    }

    /** @param published the publication date at the precision the source gave it (2024, 2024-11, 2024-11-05), or null */
    FactChecker(String article, String published) {
        this.article = article;
        if (published != null) {
            String[] parts = published.split("-");
            dated.add(key(Integer.parseInt(parts[0])));
            if (parts.length > 1) {
                dated.add("month:" + Integer.parseInt(parts[1]));
            }
            if (parts.length > 2) {
                LocalDate day = LocalDate.parse(published);
                dated.add("day:" + day.getDayOfMonth() + "." + day.getMonthValue());
                dated.add("weekday:" + day.getDayOfWeek().getValue());
            }
        }
    }

    /**
     * Reads the article's names, statements and figures now, unless done: the model engine calls it while the model
     * writes its answer (they are needed only to judge it), so that a real model's seconds hide it. Thread-safe.
     */
    void prepare() {
        article();
    }

    private Read article() {
        Read done = read;
        if (done == null) {
            synchronized (this) {
                done = read;
                if (done == null) {
                    Set<Object> known = new HashSet<>(dated);
                    facts(article).forEach(fact -> known.add(fact.key()));
                    done = new Read(InflectedNames.of(article), new StatementCheck(article), known);
                    read = done;
                }
            }
        }
        return done;
    }

    /** How many claims the draft makes and a problem for each sentence, key point or headline with unsupported ones. */
    Report check(DraftSummary draft) {
        Read source = article();
        List<Problem> problems = new ArrayList<>();
        int claims = 0;
        claims += check(Problem.Claim.Field.HEADLINE, 0, draft.headline(), problems);
        List<String> sentences = GermanSentences.texts(draft.summary());
        for (int i = 0; i < sentences.size(); i++) {
            claims += check(Problem.Claim.Field.SUMMARY, i, sentences.get(i), problems);
        }
        for (int i = 0; i < draft.keyPoints().size(); i++) {
            claims += check(Problem.Claim.Field.KEY_POINT, i, draft.keyPoints().get(i), problems);
        }
        claims += source.statements().check(draft, problems);
        return new Report(claims, problems);
    }

    private int check(Problem.Claim.Field field, int index, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        List<Fact> facts = facts(text);
        facts.addAll(names(text));
        List<String> unsupported = facts.stream().filter(fact -> !supported(fact)).map(Fact::text).distinct().toList();
        if (!unsupported.isEmpty()) {
            String quoted = "„" + String.join("“, „", unsupported) + "“";
            String where = switch (field) {
                case HEADLINE -> "\"headline\"";
                case SUMMARY -> "\"summary\", Satz " + (index + 1);
                case KEY_POINT -> "\"keyPoints[" + index + "]\"";
                case STATEMENT -> "\"statements[" + index + "]\"";
            };
            problems.add(new Problem(Problem.Kind.FACT,
                    where + ": " + quoted + " steht nicht im Artikel. Nenne nur Zahlen, Daten und Namen, die im Artikel stehen.",
                    null, new Problem.Claim(field, index, text, String.join("', '", unsupported))));
        }
        return facts.size();
    }

    private boolean supported(Fact fact) {
        Read source = article();
        return switch (fact.kind()) {
            case NUMBER, DATE -> source.known().contains(fact.key());
            case NAME -> source.names().mentions((String) fact.key());
        };
    }


    /** Dates first (so that the day of "4. November" is no number of its own), then numbers in digits and in words. */
    private static List<Fact> facts(String text) {
        List<Fact> facts = new ArrayList<>();
        StringBuilder masked = new StringBuilder(text);
        Matcher date = DAY_MONTH.matcher(text);
        while (date.find()) {
            int month = date.group(2) != null ? MONTHS.get(date.group(2).toLowerCase(Locale.ROOT)) : Integer.parseInt(date.group(3));
            if (month < 1 || month > 12) {
                continue;
            }
            facts.add(new Fact(Fact.Kind.DATE, date.group().strip(), "day:" + Integer.parseInt(date.group(1)) + "." + month));
            if (date.group(4) != null) {
                facts.add(new Fact(Fact.Kind.NUMBER, date.group(4), key(Long.parseLong(date.group(4)))));
            }
            mask(masked, date.start(), date.end());
        }
        String rest = masked.toString(); // the matchers below read a String faster than the builder (measured with C1)
        Matcher word = MONTH_OR_WEEKDAY.matcher(rest);
        while (word.find()) {
            String lower = word.group(1).toLowerCase(Locale.ROOT);
            facts.add(WEEKDAYS.contains(lower)
                    ? new Fact(Fact.Kind.DATE, word.group(1), "weekday:" + weekday(lower))
                    : new Fact(Fact.Kind.DATE, word.group(1), "month:" + MONTHS.get(lower)));
        }
        Matcher number = NUMBER.matcher(rest);
        while (number.find()) {
            double value = Double.parseDouble(number.group(1).replace(".", "")
                    + (number.group(2) == null ? "" : "." + number.group(2)));
            facts.add(new Fact(Fact.Kind.NUMBER, number.group().strip(), key(value * scale(number.group(3)))));
        }
        Matcher numberWord = NUMBER_WORD.matcher(rest);
        while (numberWord.find()) {
            int value = NUMBER_WORDS.get(numberWord.group(1).toLowerCase(Locale.ROOT));
            facts.add(new Fact(Fact.Kind.NUMBER, numberWord.group().strip(), key(value * scale(numberWord.group(2)))));
        }
        return facts;
    }

    /**
     * Proper names: runs of capitalised words (German capitalises every noun, so a lone capitalised word counts only
     * after a title: "Ministerin Hartwig"), without leading function words ("Die") and title words ("Ministerin").
     */
    private static List<Fact> names(String sentence) {
        // Figures with their scale and unit ("2,5 Milliarden Euro") are numbers, not names.
        StringBuilder masked = new StringBuilder(sentence);
        for (Pattern figure : List.of(DAY_MONTH, NUMBER, NUMBER_WORD)) {
            Matcher match = figure.matcher(masked);
            while (match.find()) {
                mask(masked, match.start(), match.end());
            }
        }
        String text = masked.toString();
        List<Fact> names = new ArrayList<>();
        Matcher run = CAPITALISED_RUN.matcher(text);
        while (run.find()) {
            List<String> words = new ArrayList<>(List.of(run.group().split("\\s+")));
            if (sentenceStart(text, run.start()) && words.size() > 1 && ADJECTIVE_ENDING.matcher(words.get(0)).find()) {
                words.remove(0); // "Scharfe Kritik", "Neue Brücke": capitalised only because the sentence starts there
            }
            boolean afterTitle = false;
            while (!words.isEmpty() && (FUNCTION_WORDS.contains(words.get(0).toLowerCase(Locale.ROOT))
                    || RoleWords.isRoleWord(words.get(0)) || isDateWord(words.get(0)))) {
                afterTitle |= RoleWords.isRoleWord(words.get(0));
                words.remove(0);
            }
            while (words.size() >= 2 && GermanLexicon.isCommonNoun(words.get(0))
                    && !GermanLexicon.isCommonNoun(words.get(1))) {
                afterTitle = true; // "des Typs H7N3", "Erreger H7N3": a common noun says what the name is
                words.remove(0);
            }
            while (!words.isEmpty() && isDateWord(words.get(words.size() - 1))) {
                words.remove(words.size() - 1);
            }
            if (words.size() >= 2 || (words.size() == 1 && afterTitle)) {
                String name = String.join(" ", words).replaceAll("[’']s$", "");
                names.add(new Fact(Fact.Kind.NAME, name, name));
            }
        }
        return names;
    }

    private static boolean sentenceStart(String text, int at) {
        String before = text.substring(0, at).stripTrailing();
        return before.isEmpty() || ".!?:\"„“»".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    private static boolean isDateWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return MONTHS.containsKey(lower) || WEEKDAYS.contains(lower);
    }

    private static int weekday(String lower) {
        return switch (lower) {
            case "montag" -> 1;
            case "dienstag" -> 2;
            case "mittwoch" -> 3;
            case "donnerstag" -> 4;
            case "freitag" -> 5;
            case "samstag", "sonnabend" -> 6;
            default -> 7;
        };
    }

    private static double scale(String word) {
        if (word == null) {
            return 1;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mio") || lower.startsWith("million")) {
            return 1e6;
        }
        if (lower.startsWith("mrd") || lower.startsWith("milliard")) {
            return 1e9;
        }
        if (lower.startsWith("billion")) {
            return 1e12;
        }
        return lower.startsWith("tausend") ? 1e3 : 1;
    }

    /** Values compared in thousandths, so that "2,5 Milliarden" and "2.500 Millionen" agree. */
    private static long key(double value) {
        return Math.round(value * 1000);
    }

    private static void mask(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, ' ');
        }
    }

    private static Set<String> functionWords() {
        try (InputStream in = FactChecker.class.getResourceAsStream("/offline/stopwords.txt")) {
            String list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Set.of(list.lines().filter(line -> !line.startsWith("#")).flatMap(line -> Stream.of(line.split("\\s+")))
                    .filter(word -> !word.isBlank()).distinct().toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many claims a draft makes, and the problems of those the article does not support. */
    record Report(int claims, List<Problem> problems) {
    }

    /** One checkable claim: its text as written, and the key it is looked up by. */
    private record Fact(Kind kind, String text, Object key) {
        enum Kind { NUMBER, DATE, NAME }
    }
}
