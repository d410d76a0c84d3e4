package news.summarizer.core.article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What a page's own markup says about a part of it: the tags and the class, id and role names that mark page
 * furniture (navigation, comments, related links, share bars, newsletter, cookie and paywall boxes, captions and
 * credits), and those that mark the article. Every such word list lives here, once.
 */
final class BoilerplateHints {

    /** Elements that never hold article text, removed before anything is measured. */
    static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, object, embed, button, "
            + "select, input, textarea, option, dialog, map, audio, video, source, track, picture > source";

    /** Page furniture by its tag: navigation, side columns, page footers, figures and their captions. */
    static final String FURNITURE_TAGS = "nav, aside, footer, figure, figcaption, menu";

    /** Class/id words of furniture, matched as whole words of the names (separated by - _ space or camel case). */
    private static final Pattern FURNITURE_NAMES = Pattern.compile(
            "(?i)(?:^|[-_ ])(?:cookies?|consent|gdpr|banner|newsletter|recommend(?:ed|ations?)?|"
                    + "kommentare?|respond|reply|disqus|advert(?:isement)?|ads?|anzeige|werbung|sponsor(?:ed)?|"
                    + "breadcrumbs?|menu|navigation|navbar|nav|subnav|subscribe|subscription|paywall|promo|"
                    + "sidebar|footer|masthead|skip|pagination|pager|tagcloud|caption|legend|credits?|"
                    + "copyright|bildunterschrift|byline|metadata|print|popup|modal|overlay|"
                    + "toolbar|login|signup|shop|more-?articles|read-?more|weitere|mehr-?zum-?thema|newsticker|jump|"
                    + "sr-only|visually-?hidden|rating|disclaimer"
                    // words that begin compound names: "relatedposts", "sharedaddy", "socialbar", "commentlist"
                    + "|(?:related|share|sharing|social|comment|newsletter)[a-z]*)(?=$|[-_ ])");

    /**
     * Teasers point elsewhere: a part named so is furniture when it holds links, but the article's own lead
     * ({@code <p class="teaser-text">} under the headline, without links) is text.
     */
    private static final Pattern TEASER_NAMES = Pattern.compile("(?i)(?:^|[-_ ])teasers?(?=$|[-_ ])");
    private static final double TEASER_LINK_DENSITY = 0.1;

    /** Class/id words of the article itself; they keep a part that also names furniture (a "post-content-footer"). */
    private static final Pattern ARTICLE_NAMES = Pattern.compile(
            "(?i)(?:^|[-_ ])(article|artikel|story|entry|post|content|main|body|text|blog|beitrag|inhalt|"
                    + "articlebody|article-?body|post-?body|entry-?content|story-?body)(?=$|[-_ ])");

    /** The share of a page's text above which an element holding an article-named part is the page's frame. */
    private static final double FRAME_SHARE = 0.3;

    /** Roles that mark furniture for assistive technology, and so for us. */
    private static final Set<String> FURNITURE_ROLES =
            Set.of("navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alert",
                    "search", "toolbar");

    private BoilerplateHints() {
    }

    /** Whether the element's names or role mark it as furniture (and nothing marks it as the article). */
    static boolean isFurniture(Element element) {
        if (FURNITURE_ROLES.contains(element.attr("role").toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
            return true;
        }
        String names = names(element);
        return !names.isBlank() && FURNITURE_NAMES.matcher(names).find() && !ARTICLE_NAMES.matcher(names).find();
    }

    /** How strongly an element says it is the article: by its tag, role or microdata, by its names, or not. */
    enum ArticleMarker { NONE, NAMED, TAGGED }

    static ArticleMarker articleMarker(Element element) {
        String names = names(element);
        boolean furnitureNamed = !names.isBlank() && FURNITURE_NAMES.matcher(names).find();
        if (furnitureNamed) {
            return ArticleMarker.NONE; // an <article class="comment"> is a comment
        }
        if (element.nameIs("article") || element.nameIs("main") || "main".equals(element.attr("role"))
                || "articleBody".equals(element.attr("itemprop"))) {
            return ArticleMarker.TAGGED;
        }
        return !names.isBlank() && ARTICLE_NAMES.matcher(names).find() ? ArticleMarker.NAMED : ArticleMarker.NONE;
    }

    /**
     * The furniture below a root, without the wrappers that only look like it: an element whose names say
     * "sidebar" or "nav" but that holds the page's {@code <article>} or {@code <main>}, or that holds an element
     * named like the article and a good part of the page's text (a theme's
     * {@code <div class="container has-sidebar"><div id="main">}), is the page's frame, not furniture. A share bar
     * that holds a {@code <div class="sd-content">} is still a share bar.
     */
    static List<Element> furnitureBelow(Element root) {
        TextStatistics statistics = new TextStatistics(root);
        int pageCharacters = statistics.of(root).characters;
        Map<Element, ArticleMarker> holds = new IdentityHashMap<>();
        List<Element> furniture = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return;
                }
                ArticleMarker held = holds.getOrDefault(element, ArticleMarker.NONE);
                boolean frame = held == ArticleMarker.TAGGED || held == ArticleMarker.NAMED
                        && statistics.of(element).characters >= pageCharacters * FRAME_SHARE;
                boolean teaser = TEASER_NAMES.matcher(names(element)).find()
                        && statistics.of(element).linkDensity() > TEASER_LINK_DENSITY;
                if (element != root && !frame && (teaser || isFurniture(element))) {
                    furniture.add(element);
                }
                Element parent = element.parent();
                if (parent != null) {
                    ArticleMarker own = articleMarker(element);
                    ArticleMarker strongest = own.compareTo(held) > 0 ? own : held;
                    if (strongest.compareTo(holds.getOrDefault(parent, ArticleMarker.NONE)) > 0) {
                        holds.put(parent, strongest);
                    }
                }
                holds.remove(element);
            }
        }, root);
        return furniture;
    }

    /** Readability's class weight: +25 for article names, -25 for furniture names. */
    static int classWeight(Element element) {
        String names = names(element);
        if (names.isBlank()) {
            return 0;
        }
        int weight = 0;
        if (ARTICLE_NAMES.matcher(names).find()) {
            weight += 25;
        }
        if (FURNITURE_NAMES.matcher(names).find()) {
            weight -= 25;
        }
        return weight;
    }

    /** Class and id with camel case split into words ("relatedArticles" becomes "related Articles"). */
    private static String names(Element element) {
        String raw = element.id() + " " + element.className();
        return raw.replaceAll("([a-z])([A-Z])", "$1 $2");
    }
}
