package news.summarizer.core.article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
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

    /**
     * Class/id words of furniture, matched as whole words of the names (separated by - _ space or camel case; two or
     * three adjacent words also count joined, so "read-more" is "readmore").
     */
    private static final Set<String> FURNITURE_WORDS = Set.of("cookie", "cookies", "consent", "gdpr", "banner",
            "newsletter", "recommend", "recommended", "recommendation", "recommendations", "kommentar", "kommentare",
            "respond", "reply", "disqus", "advert", "advertisement", "ad", "ads", "anzeige", "werbung", "sponsor",
            "sponsored", "breadcrumb", "breadcrumbs", "menu", "navigation", "navbar", "nav", "subnav", "subscribe",
            "subscription", "paywall", "promo", "sidebar", "footer", "masthead", "skip", "pagination", "pager",
            "tagcloud", "caption", "legend", "credit", "credits", "copyright", "bildunterschrift", "byline", "metadata",
            "print", "popup", "modal", "overlay", "toolbar", "login", "signup", "shop", "morearticles", "readmore",
            "weitere", "mehrzumthema", "newsticker", "jump", "sronly", "visuallyhidden", "rating", "disclaimer",
            // boxes about the author below the text; "author" alone also names bylines and the article's own header
            "authorbox", "authorbio", "aboutauthor", "postauthor", "entryauthor", "authorinfo");

    /** Words that begin compound furniture names: "relatedposts", "sharedaddy", "socialbar", "commentlist". */
    private static final List<String> FURNITURE_PREFIXES =
            List.of("related", "share", "sharing", "social", "comment", "newsletter");

    /**
     * Teasers point elsewhere: a part named so is furniture when it holds links, but the article's own lead
     * ({@code <p class="teaser-text">} under the headline, without links) is text.
     */
    private static final Set<String> TEASER_WORDS = Set.of("teaser", "teasers");
    private static final double TEASER_LINK_DENSITY = 0.1;

    /** Class/id words of the article itself; they keep a part that also names furniture (a "post-content-footer"). */
    private static final Set<String> ARTICLE_WORDS = Set.of("article", "artikel", "story", "entry", "post", "content",
            "main", "body", "text", "blog", "beitrag", "inhalt", "articlebody", "postbody", "entrycontent", "storybody");

    private static final Pattern WORD_SEPARATOR = Pattern.compile("[-_\\s]+");

    /** The share of a page's text above which an element holding an article-named part is the page's frame. */
    private static final double FRAME_SHARE = 0.3;

    private static final Pattern CAMEL_CASE = Pattern.compile("([a-z])([A-Z])");

    /** Roles that mark furniture for assistive technology, and so for us. */
    private static final Set<String> FURNITURE_ROLES =
            Set.of("navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alert",
                    "search", "toolbar");

    private BoilerplateHints() {
    }

    /** What an element's class and id say, read once: furniture, article, teaser (each may be true at once). */
    record Names(boolean furniture, boolean article, boolean teaser) {

        static final Names NONE = new Names(false, false, false);

        static Names of(Element element) {
            String id = element.id();
            String className = element.className();
            if (id.isEmpty() && className.isEmpty()) {
                return NONE;
            }
            String names = CAMEL_CASE.matcher(id + " " + className).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
            String[] words = WORD_SEPARATOR.split(names.strip());
            boolean furniture = false;
            boolean article = false;
            boolean teaser = false;
            // a word that is part of a furniture compound ("post" in "post-author-bio") names no article
            boolean[] modifier = new boolean[words.length];
            for (int i = 0; i < words.length; i++) {
                String word = words[i];
                String two = i + 1 < words.length ? word + words[i + 1] : "";
                String three = i + 2 < words.length ? two + words[i + 2] : "";
                if (FURNITURE_WORDS.contains(three)) {
                    modifier[i] = modifier[i + 1] = modifier[i + 2] = true;
                } else if (FURNITURE_WORDS.contains(two)) {
                    modifier[i] = modifier[i + 1] = true;
                }
                furniture |= FURNITURE_WORDS.contains(word) || FURNITURE_WORDS.contains(two)
                        || FURNITURE_WORDS.contains(three) || startsWithPrefix(word);
                teaser |= TEASER_WORDS.contains(word);
            }
            for (int i = 0; i < words.length; i++) {
                if (!modifier[i]) {
                    article |= ARTICLE_WORDS.contains(words[i])
                            || i + 1 < words.length && !modifier[i + 1] && ARTICLE_WORDS.contains(words[i] + words[i + 1]);
                }
            }
            return new Names(furniture, article, teaser);
        }

        private static boolean startsWithPrefix(String word) {
            for (String prefix : FURNITURE_PREFIXES) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether the element's names or role mark it as furniture (and nothing marks it as the article). */
    static boolean isFurniture(Element element, Names names) {
        if (element.attributesSize() == 0) {
            return false;
        }
        if (FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
            return true;
        }
        return names.furniture() && !names.article();
    }

    /** How strongly an element says it is the article: by its tag, role or microdata, by its names, or not. */
    enum ArticleMarker { NONE, NAMED, TAGGED }

    static ArticleMarker articleMarker(Element element, Names names) {
        if (names.furniture()) {
            return ArticleMarker.NONE; // an <article class="comment"> is a comment
        }
        if (element.nameIs("article") || element.nameIs("main") || "main".equals(element.attr("role"))
                || "articleBody".equals(element.attr("itemprop"))) {
            return ArticleMarker.TAGGED;
        }
        return names.article() ? ArticleMarker.NAMED : ArticleMarker.NONE;
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
                Names names = Names.of(element);
                boolean teaser = names.teaser() && statistics.of(element).linkDensity() > TEASER_LINK_DENSITY;
                if (element != root && !frame && (teaser || isFurniture(element, names))) {
                    furniture.add(element);
                }
                Element parent = element.parent();
                if (parent != null) {
                    ArticleMarker own = articleMarker(element, names);
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
        Names names = Names.of(element);
        return (names.article() ? 25 : 0) - (names.furniture() ? 25 : 0);
    }
}
