package news.summarizer.core.article;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page: the article's main text without scripts, styles, navigation and page furniture (cookie banners,
 * share buttons, teasers, newsletters). Paragraph structure is kept because summaries and offsets depend on it.
 */
final class HtmlArticleReader {

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

        document.select(BoilerplateHints.NEVER_TEXT).remove();
        document.select(BoilerplateHints.FURNITURE_TAGS).remove();
        BoilerplateHints.furnitureBelow(document.body()).forEach(Element::remove);
        List<Element> parts = MainText.locate(document);
        parts.forEach(part -> part.select("h1").remove());
        return new ExtractedArticle(TextBlocks.text(parts), title, date, url);
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
