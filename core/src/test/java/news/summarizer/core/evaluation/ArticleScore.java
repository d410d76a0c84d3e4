package news.summarizer.core.evaluation;

import java.util.List;

/**
 * The figures of one article. Actor counts are zero for an article without gold (the non-German ones).
 *
 * @param goldCore         gold core actors
 * @param coreFound        gold core actors matched by a reported actor
 * @param reported         reported actors
 * @param reportedMatching reported actors matching a gold core or other actor
 * @param rolesJudged      matched core actors that have a gold role
 * @param rolesRight       of those, with a right role
 * @param grounded         reported actors whose evidence occurs verbatim at its offset
 * @param language         the summary's {@code language} label
 * @param summaryLanguage  the language the summary text reads as
 * @param headlineLength   characters of the headline
 * @param nanos            time the summarizer took (engine and grounding, after intake)
 * @param details          one line per reported actor and per missed gold core actor, for tuning
 */
public record ArticleScore(String file, boolean hasGold, int goldCore, int coreFound, int reported,
                           int reportedMatching, int rolesJudged, int rolesRight, int grounded, String language,
                           String summaryLanguage, String headline, int headlineLength, long nanos,
                           List<String> details) {

    boolean languageRight() {
        return language.equals(summaryLanguage);
    }
}
