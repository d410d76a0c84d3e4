package news.summarizer.core.evaluation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import news.summarizer.core.ArticleSummarizer;
import news.summarizer.core.article.Article;
import news.summarizer.core.article.ArticleFormat;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.Statement;
import news.summarizer.core.summary.Summary;

/**
 * Scores statements (who said what) against a {@code statements.json} in the devset format, with the devset README's
 * matching rule: a reported statement matches a gold one of the same article when its speaker matches the gold
 * speaker by the actor rule (every token of the gold actor's {@code surname}, for a speaker who is no gold actor of its
 * last word, among the reported speaker's tokens, or equal names) and it holds at least half of the gold text's
 * tokens; greedy in article order, each statement matched once. Also rates salience: an article passes when every
 * reported actor matching a gold core actor is listed (ordered by salience) before every one matching a gold other
 * actor. Figures per article, per half (A: the 1st, 3rd, 5th … annotated file in name order, B: the 2nd, 4th …) and
 * overall.
 */
public final class StatementEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    record GoldStatement(String speaker, boolean speakerInGold, String kind, String text, String evidence) {
    }

    record GoldStatements(List<GoldStatement> statements) {
    }

    /** Figures of one article; {@code salienceJudged} false when it has no matched core and other actor to compare. */
    record Score(String file, char half, int gold, int reported, int matched, int overlapping, int speakerRight,
                 int kindRight, boolean salienceJudged, boolean salienceRight, int pairs, int pairsRight,
                 List<String> details) {
    }

    private final ArticleSummarizer summarizer;
    /** The titles of the set {@link #run} reads (none for a single article scored on its own). */
    private PageTitles titles = PageTitles.none();

    public StatementEvaluation(ArticleSummarizer summarizer) {
        this.summarizer = summarizer;
    }

    public List<Score> run(Path folder) throws IOException {
        Map<String, GoldStatements> gold = annotated(folder);
        GoldStandard actors;
        try (var in = Files.newInputStream(folder.resolve("gold.json"))) {
            actors = GoldStandard.read(in);
        }
        List<Score> scores = new ArrayList<>();
        titles = PageTitles.of(folder);
        int position = 0;
        for (var entry : gold.entrySet()) {
            char half = position++ % 2 == 0 ? 'A' : 'B';
            byte[] body = Files.readAllBytes(folder.resolve("articles").resolve(entry.getKey()));
            scores.add(score(entry.getKey(), half, body, entry.getValue().statements(),
                    actors.of(entry.getKey()).orElse(new GoldArticle(List.of(), List.of(), List.of()))));
        }
        return scores;
    }

    /** The annotated articles in name order (half A: 1st, 3rd, …; half B: 2nd, 4th, …) with their statements. */
    static Map<String, GoldStatements> annotated(Path folder) throws IOException {
        return new TreeMap<>(JSON.readValue(folder.resolve("statements.json").toFile(),
                new TypeReference<Map<String, GoldStatements>>() {
                }));
    }

    Score score(String file, char half, byte[] body, List<GoldStatement> gold, GoldArticle actors) {
        Article article = titles.apply(file, summarizer.intake().read(body, ArticleFormat.PLAIN_TEXT));
        Summary summary = summarizer.summarize(article);
        List<Statement> reported = summary.statements();
        Matching matching = match(reported, gold, actors);
        List<String> details = new ArrayList<>(matching.details());
        Set<Integer> taken = matching.taken();
        for (int i = 0; i < gold.size(); i++) {
            if (!taken.contains(i)) {
                GoldStatement missed = gold.get(i);
                boolean speakerReported = summary.actors().stream()
                        .anyMatch(actor -> speakerMatches(actor.name(), missed, actors));
                details.add("  MISSED " + (speakerReported ? "" : "(speaker no actor) ") + missed.speaker() + " ["
                        + missed.kind() + "] " + missed.text());
            }
        }
        List<Actor> ranked = summary.actors();
        SalienceJudgement salience = judge(ranked, actors);
        details.add("  salience: " + ranked.stream().map(actor -> actor.name() + " " + actor.salience()
                + (salience.assigned().get(ranked.indexOf(actor)) == null ? ""
                        : actors.core().contains(salience.assigned().get(ranked.indexOf(actor))) ? " (core)" : " (other)"))
                .toList());
        return new Score(file, half, gold.size(), reported.size(), matching.matched(), matching.overlapping(),
                matching.speakerRight(), matching.kindRight(),
                salience.judged(), salience.right(), salience.pairs(), salience.pairsRight(), details);
    }

    /** The outcome of the matching rule for one article: counts, the gold statements taken, a line per reported one. */
    record Matching(int matched, int overlapping, int speakerRight, int kindRight, Set<Integer> taken,
                    List<String> details) {
    }

    /**
     * The README's matching rule over one article's {@code reported} statements (in article order), greedy; shared with
     * {@link StatementModelTrainer}, which scores the rules' statements with a model's additions by it.
     */
    static Matching match(List<Statement> reported, List<GoldStatement> gold, GoldArticle actors) {
        List<String> details = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        int matched = 0;
        int overlapping = 0;
        int speakerRight = 0;
        int kindRight = 0;
        for (Statement statement : reported) {
            boolean overlaps = false;
            boolean rightSpeaker = false;
            int match = -1;
            for (int i = 0; i < gold.size(); i++) {
                if (!textMatches(statement.text(), gold.get(i).text())) {
                    continue;
                }
                overlaps = true;
                if (speakerMatches(statement.speaker(), gold.get(i), actors)) {
                    rightSpeaker = true;
                    if (!taken.contains(i)) {
                        match = i;
                        break;
                    }
                }
            }
            overlapping += overlaps ? 1 : 0;
            speakerRight += overlaps && rightSpeaker ? 1 : 0;
            String mark;
            if (match >= 0) {
                taken.add(match);
                matched++;
                boolean kind = gold.get(match).kind().equals(statement.kind().json());
                kindRight += kind ? 1 : 0;
                mark = kind ? "  ok     " : "  KIND?  ";
            } else {
                mark = overlaps ? "  WHO?   " : "  WRONG  ";
            }
            details.add(mark + statement.speaker() + " [" + statement.kind().json() + "] " + statement.text());
        }
        return new Matching(matched, overlapping, speakerRight, kindRight, taken, details);
    }

    /**
     * How an article's ranking fares: {@code assigned} holds the gold actor of each ranked actor (or null), judged
     * when a core and an other one are among them, right when every core one comes before every other one; pairs are
     * the (core, other) pairs, right when the core one's salience is higher.
     */
    record SalienceJudgement(List<GoldActor> assigned, boolean judged, boolean right, int pairs, int pairsRight) {
    }

    /** Judges {@code ranked} (ordered by salience) against the gold actors; shared with {@link SalienceFit}. */
    static SalienceJudgement judge(List<Actor> ranked, GoldArticle actors) {
        List<GoldActor> assigned = ActorMatching.assign(ranked.stream().map(Actor::name).toList(), actors);
        int lastCore = -1;
        int firstOther = Integer.MAX_VALUE;
        for (int i = 0; i < assigned.size(); i++) {
            if (assigned.get(i) != null && actors.core().contains(assigned.get(i))) {
                lastCore = i;
            } else if (assigned.get(i) != null) {
                firstOther = Math.min(firstOther, i);
            }
        }
        boolean judged = lastCore >= 0 && firstOther < Integer.MAX_VALUE;
        int pairs = 0;
        int pairsRight = 0;
        for (int i = 0; i < assigned.size(); i++) {
            for (int j = 0; j < assigned.size(); j++) {
                if (assigned.get(i) != null && assigned.get(j) != null && actors.core().contains(assigned.get(i))
                        && !actors.core().contains(assigned.get(j))) {
                    pairs++;
                    pairsRight += ranked.get(i).salience() > ranked.get(j).salience() ? 1 : 0;
                }
            }
        }
        return new SalienceJudgement(assigned, judged, judged && lastCore < firstOther, pairs, pairsRight);
    }

    /** (b): at least half of the gold text's tokens occur in the reported text. */
    static boolean textMatches(String reported, String gold) {
        List<String> goldTokens = ActorMatching.tokens(gold);
        Set<String> reportedTokens = new HashSet<>(ActorMatching.tokens(reported));
        long shared = goldTokens.stream().filter(reportedTokens::contains).count();
        return !goldTokens.isEmpty() && 2 * shared >= goldTokens.size();
    }

    /** (a): the actor rule against the gold actor of that name, or, for a speaker who is none, its last word. */
    static boolean speakerMatches(String reported, GoldStatement gold, GoldArticle actors) {
        if (gold.speakerInGold()) {
            for (GoldActor actor : concat(actors.core(), actors.other())) {
                if (actor.name().equals(gold.speaker())) {
                    return ActorMatching.matches(reported, actor);
                }
            }
        }
        List<String> words = ActorMatching.tokens(gold.speaker());
        String last = words.isEmpty() ? gold.speaker() : words.get(words.size() - 1);
        return ActorMatching.matches(reported, new GoldActor(gold.speaker(), null, null, last));
    }

    private static List<GoldActor> concat(List<GoldActor> a, List<GoldActor> b) {
        List<GoldActor> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    public static void print(List<Score> scores, PrintStream out, boolean details) {
        out.printf("%-18s %4s %4s %4s %5s %6s %6s %7s %6s %4s%n", "article", "half", "gold", "rep", "match", "recall",
                "prec", "speaker", "kind", "sal");
        for (Score s : scores) {
            out.printf(Locale.ROOT, "%-18s %4s %4d %4d %5d %6s %6s %7s %6s %4s%n", s.file(), s.half(), s.gold(),
                    s.reported(), s.matched(), fmt(s.matched(), s.gold()), fmt(s.matched(), s.reported()),
                    fmt(s.speakerRight(), s.overlapping()), fmt(s.kindRight(), s.matched()),
                    !s.salienceJudged() ? "-" : s.salienceRight() ? "ok" : "NO");
            if (details) {
                s.details().forEach(out::println);
            }
        }
        out.println();
        out.printf("%-8s %5s %5s %5s %7s %7s %8s %7s %18s %18s%n", "set", "gold", "rep", "match", "recall", "prec",
                "speaker", "kind", "salience articles", "salience pairs");
        total(out, "half A", scores.stream().filter(s -> s.half() == 'A').toList());
        total(out, "half B", scores.stream().filter(s -> s.half() == 'B').toList());
        total(out, "overall", scores);
        out.printf(Locale.ROOT, "95 %% interval, articles resampled: recall %s, precision %s%n",
                ArticleBootstrap.interval(scores, Score::matched, Score::gold).format(),
                ArticleBootstrap.interval(scores, Score::matched, Score::reported).format());
    }

    private static void total(PrintStream out, String label, List<Score> scores) {
        int gold = scores.stream().mapToInt(Score::gold).sum();
        int reported = scores.stream().mapToInt(Score::reported).sum();
        int matched = scores.stream().mapToInt(Score::matched).sum();
        int overlapping = scores.stream().mapToInt(Score::overlapping).sum();
        int speaker = scores.stream().mapToInt(Score::speakerRight).sum();
        int kind = scores.stream().mapToInt(Score::kindRight).sum();
        long judged = scores.stream().filter(Score::salienceJudged).count();
        long right = scores.stream().filter(Score::salienceRight).count();
        int pairs = scores.stream().mapToInt(Score::pairs).sum();
        int pairsRight = scores.stream().mapToInt(Score::pairsRight).sum();
        out.printf(Locale.ROOT, "%-8s %5d %5d %5d %7s %7s %8s %7s %18s %18s%n", label, gold, reported, matched,
                fmt(matched, gold), fmt(matched, reported), fmt(speaker, overlapping), fmt(kind, matched),
                fmt((int) right, (int) judged) + " (" + right + "/" + judged + ")",
                fmt(pairsRight, pairs) + " (" + pairsRight + "/" + pairs + ")");
    }

    private static String fmt(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
    }
}
