package news.summarizer.core.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.summarizer.core.engine.SummaryLimits;

/**
 * Picks the article's own sentences: the best 3 to 5 (fewer only when the article has fewer) as the summary, in
 * article order; the best of the rest, shortened to one clause, as key points; the title or the lead as headline.
 */
final class SummaryWriter {

    static final int MAX_HEADLINE = SummaryLimits.HEADLINE_MAX_CHARACTERS;
    static final int MAX_KEY_POINT = SummaryLimits.KEY_POINT_MAX_CHARACTERS;
    private static final int MAX_SUMMARY_CHARACTERS = SummaryLimits.SUMMARY_MAX_CHARACTERS;
    private static final int MIN_KEY_POINTS = SummaryLimits.KEY_POINTS_MIN;
    private static final int MAX_KEY_POINTS = 5;
    private static final double REDUNDANT = 0.5;

    private SummaryWriter() {
    }

    static List<RankedSentence> summarySentences(List<RankedSentence> ranked) {
        long eligible = ranked.stream().filter(RankedSentence::eligible).count();
        int min = SummaryLimits.SUMMARY_SENTENCES_MIN;
        int wanted = (int) Math.max(min, Math.min(SummaryLimits.SUMMARY_SENTENCES_MAX, min + (eligible - 10) / 10));
        List<RankedSentence> chosen = pick(ranked.stream().filter(RankedSentence::eligible).toList(), wanted, true);
        if (chosen.size() < min) {
            // A short or unusual article: take any prose sentence rather than give fewer than three.
            List<RankedSentence> rest = ranked.stream()
                    .filter(r -> !r.sentence().heading() && !r.sentence().body().isBlank() && !chosen.contains(r)).toList();
            chosen.addAll(pick(rest, min - chosen.size(), false));
        }
        if (chosen.isEmpty()) {
            // Nothing but headings (a one-line note without a full stop): the lines are all there is to quote.
            chosen.addAll(ranked.stream().limit(min).toList());
        }
        chosen.sort(Comparator.comparingInt(RankedSentence::index));
        return chosen;
    }

    static String summary(List<RankedSentence> chosen) {
        return String.join(" ", chosen.stream().map(r -> r.sentence().body().strip()).toList());
    }

    static List<String> keyPoints(List<RankedSentence> ranked, List<RankedSentence> summary) {
        List<RankedSentence> rest = ranked.stream()
                .filter(r -> r.eligible() && !summary.contains(r) && !r.sentence().body().contains("?")).toList();
        List<RankedSentence> chosen = pick(rest, MAX_KEY_POINTS - 1, true);
        for (RankedSentence sentence : summary) {
            if (chosen.size() >= MIN_KEY_POINTS) {
                break;
            }
            chosen.add(sentence);
        }
        chosen.sort(Comparator.comparingInt(RankedSentence::index));
        return chosen.stream().map(r -> keyPoint(r.sentence().body())).distinct().toList();
    }

    /**
     * The article's title when it has one (given, or a heading line before the prose), else its lead sentence
     * shortened. Lines that only carry metadata (a leading " date 2025-05" line, a bare dateline "Lindenau (epd)",
     * "Anzeige", "Stand: 12:30 Uhr") never become the headline.
     */
    static String headline(String title, List<Sentence> sentences) {
        if (title != null && !title.isBlank() && !isMetadata(title.strip())) {
            return ClauseShortener.headline(title, MAX_HEADLINE);
        }
        int contentLines = 0;
        for (Sentence sentence : sentences) {
            String body = sentence.body().strip();
            if (body.isEmpty() || isMetadata(body)) {
                continue;
            }
            boolean titleLine = sentence.heading() && contentLines == 0 && body.split("\\s+").length >= 3;
            if (titleLine || !sentence.heading()) {
                return ClauseShortener.headline(TRAILING_DATE.matcher(body).replaceFirst(""), MAX_HEADLINE);
            }
            contentLines++;
        }
        return sentences.isEmpty() ? "" : ClauseShortener.headline(sentences.get(0).body(), MAX_HEADLINE);
    }

    /**
     * Kept private to the headline until intake strips date lines itself: a date line (" date 2024-11"), a bare
     * dateline ("Lindenau (epd)", "Washington -"), an ad marker, a time stamp or a credit.
     */
    private static boolean isMetadata(String line) {
        return line.split("\\s+").length < 3 || METADATA_LINE.matcher(line).find();
    }

    /** "… «Wir bleiben im Hafen» 03.02.2024": a publication date glued to the title. */
    private static final java.util.regex.Pattern TRAILING_DATE =
            java.util.regex.Pattern.compile("\\s+\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}$");
    private static final java.util.regex.Pattern METADATA_LINE = java.util.regex.Pattern.compile(
            "^(?:date \\d{4}(?:-\\d{2}){0,2}\\S*\\s*$"
                    + "|\\p{Lu}[\\p{L}./ -]{1,40}\\s*(?:\\([^()]{1,30}\\))?\\s*[-–—.]?\\s*$(?<=\\)|\\)\\.|[-–—]\\s{0,3})"
                    + "|(?:Anzeige|Werbung|Foto|Fotos|Bild|Quelle|Video|Audio|Stand|Aktualisiert|Update|Von|von)\\b.{0,60}$"
                    + "|.*\\b\\d{1,2}:\\d{2}\\b.{0,40}$(?<!\\.))");

    private static String keyPoint(String sentence) {
        return ClauseShortener.standalone(sentence, MAX_KEY_POINT);
    }

    /** Best first, skipping sentences that repeat one already picked. */
    private static List<RankedSentence> pick(List<RankedSentence> candidates, int wanted, boolean limitLength) {
        List<RankedSentence> byScore = new ArrayList<>(candidates);
        byScore.sort(Comparator.comparingDouble(RankedSentence::score).reversed());
        List<RankedSentence> chosen = new ArrayList<>();
        int characters = 0;
        for (RankedSentence candidate : byScore) {
            if (chosen.size() >= wanted) {
                break;
            }
            boolean repeats = chosen.stream().anyMatch(c -> c.terms().cosine(candidate.terms()) > REDUNDANT);
            int length = candidate.sentence().body().length();
            boolean tooLong = limitLength && chosen.size() >= 3 && characters + length > MAX_SUMMARY_CHARACTERS;
            if (!repeats && !tooLong) {
                chosen.add(candidate);
                characters += length;
            }
        }
        return chosen;
    }
}
