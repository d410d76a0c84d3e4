package news.summarizer.core.article;

import java.util.Comparator;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page: the article's main text without scripts, styles, navigation and page furniture (cookie banners,
 * share buttons, teasers, newsletters). Paragraph structure is kept because summaries and offsets depend on it.
 */
final class HtmlArticleReader {

    private static final String FURNITURE_TAGS =
            "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select, figure, dialog";
    private static final Pattern FURNITURE_NAMES = Pattern.compile(
            "(?i)(^|[-_ ])(cookie|consent|banner|newsletter|related|share|sharing|social|comment|comments|advert|ad|ads"
                    + "|teaser|breadcrumb|breadcrumbs|menu|navigation|subscribe|paywall|promo|sidebar|footer|header)([-_ ]|$)");
    private static final String TEXT_BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";

    private HtmlArticleReader() {
    }

    static ExtractedArticle read(String html) {
        Document document = Jsoup.parse(html);
        String title = title(document);
        String date = date(document);
        String url = attribute(document, "link[rel=canonical]", "href");
        if (url == null) {
            url = attribute(document, "meta[property=og:url]", "content");
        }

        document.select(FURNITURE_TAGS).remove();
        document.getAllElements().stream()
                .filter(element -> element != document.body() && isFurniture(element))
                .toList()
                .forEach(Element::remove);

        Element root = mainContent(document);
        root.select("h1").remove();
        StringBuilder text = new StringBuilder();
        for (Element block : root.select(TEXT_BLOCKS)) {
            if (insideAnotherBlock(block, root)) {
                continue; // already emitted with its enclosing block
            }
            String blockText = block.text().strip();
            if (!blockText.isEmpty()) {
                text.append(blockText).append("\n\n");
            }
        }
        String body = text.isEmpty() ? root.wholeText() : text.toString();
        return new ExtractedArticle(body, title, date, url);
    }

    private static boolean insideAnotherBlock(Element block, Element root) {
        for (Element parent = block.parent(); parent != null && parent != root; parent = parent.parent()) {
            if (parent.is(TEXT_BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFurniture(Element element) {
        String names = element.id() + " " + element.className() + " " + element.attr("role");
        return !names.isBlank() && FURNITURE_NAMES.matcher(names).find();
    }

    private static Element mainContent(Document document) {
        return document.select("article").stream()
                .max(Comparator.comparingInt(article -> article.text().length()))
                .or(() -> document.select("main, [role=main]").stream().findFirst())
                .orElse(document.body());
    }

    private static String title(Document document) {
        String ogTitle = attribute(document, "meta[property=og:title]", "content");
        Element h1 = document.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        if (ogTitle != null) {
            return ogTitle;
        }
        return document.title().isBlank() ? null : document.title().strip();
    }

    private static String date(Document document) {
        for (String[] candidate : new String[][] {
                {"meta[property=article:published_time]", "content"},
                {"meta[name=date]", "content"},
                {"meta[itemprop=datePublished]", "content"},
                {"time[datetime]", "datetime"}}) {
            String date = Dates.isoOrNull(attribute(document, candidate[0], candidate[1]));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static String attribute(Document document, String selector, String attribute) {
        Element element = document.selectFirst(selector);
        String value = element == null ? "" : element.attr(attribute).strip();
        return value.isEmpty() ? null : value;
    }
}
