package news.summarizer.core.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import news.summarizer.core.ArticleSummarizer;
import news.summarizer.core.article.Article;
import news.summarizer.core.article.ArticleFormat;
import news.summarizer.core.language.LanguageDetector;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.Summary;

/**
 * Runs a summarizer over a folder in the devset layout ({@code articles/*.txt}, {@code gold.json}) and scores every
 * article with the devset README's rules. Shared by the evaluation command and the regression-floor test, so the
 * floor is the same number the command prints.
 */
public final class Evaluation {

    private final ArticleSummarizer summarizer;

    public Evaluation(ArticleSummarizer summarizer) {
        this.summarizer = summarizer;
    }

    public EvaluationReport run(Path folder) throws IOException {
        GoldStandard gold;
        try (InputStream in = Files.newInputStream(folder.resolve("gold.json"))) {
            gold = GoldStandard.read(in);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder.resolve("articles"))) {
            files = listing.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
        }
        PageTitles titles = PageTitles.of(folder);
        List<ArticleScore> scores = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            scores.add(score(name, Files.readAllBytes(file), gold.of(name).orElse(null), titles));
        }
        return new EvaluationReport(scores);
    }

    /** The file as a user would send it: plain text bytes, through the same intake as every trigger. */
    public ArticleScore score(String file, byte[] body, GoldArticle gold) {
        return score(file, body, gold, PageTitles.none());
    }

    ArticleScore score(String file, byte[] body, GoldArticle gold, PageTitles titles) {
        Article article = titles.apply(file, summarizer.intake().read(body, ArticleFormat.PLAIN_TEXT));
        long started = System.nanoTime();
        Summary summary = summarizer.summarize(article);
        long nanos = System.nanoTime() - started;
        List<Actor> actors = summary.actors();
        List<String> details = new ArrayList<>();
        int grounded = 0;
        for (Actor actor : actors) {
            if (grounded(article.text(), actor)) {
                grounded++;
            } else {
                details.add("  UNGROUNDED " + actor.name() + " | " + actor.evidence());
            }
        }
        int goldCore = 0;
        int coreFound = 0;
        int matching = 0;
        int rolesJudged = 0;
        int rolesRight = 0;
        if (gold != null) {
            goldCore = gold.core().size();
            List<GoldActor> assigned = ActorMatching.assign(actors.stream().map(Actor::name).toList(), gold);
            for (int i = 0; i < actors.size(); i++) {
                Actor actor = actors.get(i);
                GoldActor match = assigned.get(i);
                String mark;
                if (match == null) {
                    mark = "  WRONG  ";
                } else if (gold.core().contains(match)) {
                    mark = "  core   ";
                    matching++;
                    coreFound++;
                    if (match.role() != null) {
                        rolesJudged++;
                        boolean right = ActorMatching.roleRight(actor.role(), match.role());
                        rolesRight += right ? 1 : 0;
                        mark = right ? mark : "  ROLE?  ";
                        if (!right) {
                            mark += "[gold role: " + match.role() + "] ";
                        }
                    }
                } else {
                    mark = "  other  ";
                    matching++;
                }
                details.add(mark + actor.name() + " (" + actor.type() + (actor.role() == null ? "" : ", " + actor.role())
                        + ")" + (match == null ? "" : " = " + match.name()));
            }
            for (GoldActor actor : gold.core()) {
                if (!assigned.contains(actor)) {
                    details.add("  MISSED " + actor.name() + " (" + actor.type() + (actor.role() == null ? "" : ", "
                            + actor.role()) + ")");
                }
            }
        }
        return new ArticleScore(file, gold != null, goldCore, coreFound, actors.size(), matching, rolesJudged,
                rolesRight, grounded, summary.language(), LanguageDetector.detect(summary.summary()),
                summary.headline(), summary.headline().length(), nanos, List.copyOf(details));
    }

    /** The evidence occurs verbatim in the whitespace-normalised article, and at its offset when one is given. */
    static boolean grounded(String text, Actor actor) {
        if (actor.evidence() == null || actor.evidence().isBlank()) {
            return false;
        }
        if (actor.evidenceOffset() >= 0 && text.startsWith(actor.evidence(), actor.evidenceOffset())) {
            return true;
        }
        return normalise(text).contains(normalise(actor.evidence()));
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
