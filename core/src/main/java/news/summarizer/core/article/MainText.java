package news.summarizer.core.article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the part of a page that holds the article (a content-scoring pass in the manner of Readability) and reads
 * its text as paragraphs. Every paragraph, a {@code <p>} or a {@code div} holding text directly, scores for the
 * elements above it by its length and commas; an element's score is then weighed by its class and id names and
 * discounted by its link density. The best element and those of its siblings that score close to it are the article.
 */
final class MainText {

    // Readability's 25 lets a schedule or fact list of short comma-rich lines ("Mo, 18 Uhr, Turnhalle, Yoga.")
    // outscore two long paragraphs; a line must be a sentence or two long to vote for its ancestors.
    private static final int MIN_PARAGRAPH_CHARACTERS = 50;
    private static final int ANCESTOR_LEVELS = 5;
    private static final double SIBLING_SHARE = 0.2;
    private static final int SIBLING_MIN_SCORE = 10;
    private static final int SIBLING_MIN_OWN_CHARACTERS = 80;
    private static final int SIBLING_MIN_CHARACTERS = 200;
    private static final double SIBLING_MAX_LINK_DENSITY = 0.25;
    private static final double CLOSE_SHARE = 0.75;
    private static final int CLOSE_CANDIDATES = 5;
    private static final int MIN_CLOSE_ANCESTORS = 3;

    private MainText() {
    }

    /** The article's root elements in document order; the body itself when nothing scores. */
    static List<Element> locate(Document document) {
        Element body = document.body();
        TextStatistics statistics = new TextStatistics(body);
        Map<Element, Double> scores = scores(body, statistics);
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > topScore) {
                top = entry.getKey();
                topScore = entry.getValue();
            }
        }
        if (top == null) {
            return List.of(body);
        }
        return withSiblings(top, topScore, scores, statistics, body);
    }

    /** Every element above a paragraph with its score: paragraphs scored, weighed by names, discounted by links. */
    static Map<Element, Double> scores(Element body, TextStatistics statistics) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : body.getAllElements()) {
            TextStatistics.Measure measure = statistics.of(element);
            if (measure.ownCharacters < MIN_PARAGRAPH_CHARACTERS || TextStatistics.isInline(element)) {
                continue;
            }
            double score = 1 + measure.ownCommas + Math.min(measure.ownCharacters / 100, 3);
            Element ancestor = element;
            for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null && ancestor != body.parent(); level++) {
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor));
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, score / divider, Double::sum);
                ancestor = ancestor.parent();
            }
        }
        scores.replaceAll((element, score) -> score * (1 - statistics.of(element).linkDensity()));
        return scores;
    }

    private static List<Element> withSiblings(Element best, double bestScore, Map<Element, Double> scores,
                                              TextStatistics statistics, Element body) {
        Element top = climb(best, bestScore, scores, body);
        double topScore = scores.getOrDefault(top, bestScore);
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        List<Element> parts = new ArrayList<>();
        double threshold = Math.max(SIBLING_MIN_SCORE, topScore * SIBLING_SHARE);
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            Double score = scores.get(sibling);
            TextStatistics.Measure measure = statistics.of(sibling);
            if (score != null && score >= threshold) {
                parts.add(sibling);
            } else if ((measure.ownCharacters > SIBLING_MIN_OWN_CHARACTERS
                    || measure.characters > SIBLING_MIN_CHARACTERS) && measure.linkDensity() < SIBLING_MAX_LINK_DENSITY) {
                // a paragraph beside the article, or a part with text and few links: the lead in a <header>, a
                // second body block after an inline advert
                parts.add(sibling);
            }
        }
        return parts;
    }

    /**
     * Readability's corrections of the best element: when several elements that score nearly as well share an
     * ancestor, the article is that ancestor (text split into sections); an ancestor that scores at least a third as
     * well and then better is the article too; and an element alone in its parent is as good as the parent.
     */
    private static Element climb(Element top, double topScore, Map<Element, Double> scores, Element body) {
        List<Element> close = scores.entrySet().stream()
                .filter(entry -> entry.getKey() != top && entry.getValue() >= topScore * CLOSE_SHARE)
                .sorted(Map.Entry.<Element, Double>comparingByValue().reversed())
                .limit(CLOSE_CANDIDATES)
                .map(Map.Entry::getKey)
                .toList();
        Element candidate = top;
        if (close.size() >= MIN_CLOSE_ANCESTORS) {
            // how many close candidates each ancestor holds: one walk up per candidate, not one per pair
            Map<Element, Integer> holding = new IdentityHashMap<>();
            for (Element other : close) {
                for (Element parent = other.parent(); parent != null && parent != body; parent = parent.parent()) {
                    holding.merge(parent, 1, Integer::sum);
                }
            }
            for (Element ancestor = top.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
                if (holding.getOrDefault(ancestor, 0) >= MIN_CLOSE_ANCESTORS) {
                    candidate = ancestor;
                    break;
                }
            }
        }
        double lastScore = scores.getOrDefault(candidate, topScore);
        double threshold = lastScore / 3;
        for (Element parent = candidate.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                candidate = parent;
                break;
            }
            lastScore = parentScore;
        }
        while (candidate.parent() != null && candidate.parent() != body && candidate.parent().childrenSize() == 1) {
            candidate = candidate.parent();
        }
        return candidate;
    }

    private static double initialScore(Element element) {
        double score = switch (element.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + BoilerplateHints.classWeight(element);
    }
}
