package news.summarizer.core.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself, each from the most deliberate source it has: JSON-LD first (the publisher wrote it
 * for machines), then Open Graph and other meta tags, then the visible markup. Absent is null (authors: empty), never
 * guessed.
 *
 * @param title     JSON-LD {@code headline}, {@code og:title}, the first {@code <h1>}, {@code <title>}; without a
 *                  " | Site name" suffix
 * @param date      JSON-LD {@code datePublished}, {@code article:published_time}, other date meta tags,
 *                  {@code <time datetime>}; ISO 8601 at the source's precision
 * @param authors   JSON-LD {@code author} names, else {@code <meta name="author">}
 * @param publisher JSON-LD {@code publisher} name, else {@code og:site_name}
 * @param url       {@code <link rel="canonical">}, {@code og:url}, JSON-LD {@code url}
 * @param language  {@code <html lang>}, {@code Content-Language}, JSON-LD {@code inLanguage}
 */
record PageMetadata(String title, String date, List<String> authors, String publisher, String url, String language) {

    /** " | Spiegel", " - FAZ.NET", " – tagesschau.de": what sites append to every page title. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+|\\s*[|·»]\\s*|\\s+::\\s+");
    private static final String[][] DATE_SOURCES = {
            {"meta[property=article:published_time]", "content"},
            {"meta[name=date]", "content"},
            {"meta[itemprop=datePublished]", "content"},
            {"meta[name=dc.date]", "content"},
            {"time[datetime]", "datetime"}};

    static PageMetadata of(Document document, StructuredData data) {
        String publisher = first(data.publisher(), attribute(document, "meta[property=og:site_name]", "content"));
        return new PageMetadata(title(document, data, publisher), date(document, data), authors(document, data),
                publisher, first(attribute(document, "link[rel=canonical]", "href"),
                        attribute(document, "meta[property=og:url]", "content"), data.url()),
                language(document, data));
    }

    private static String title(Document document, StructuredData data, String publisher) {
        if (data.headline() != null) {
            return data.headline();
        }
        String ogTitle = attribute(document, "meta[property=og:title]", "content");
        if (ogTitle != null) {
            return withoutSiteName(ogTitle, publisher);
        }
        Element h1 = document.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return document.title().isBlank() ? null : withoutSiteName(document.title().strip(), publisher);
    }

    /**
     * "Neue Brücke eröffnet | Kreisbote" without " | Kreisbote": the last part goes when it is the site's name, or,
     * when the page names no site, when it is clearly shorter than what comes before it (a name, not a subtitle).
     */
    static String withoutSiteName(String title, String siteName) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String last = parts[parts.length - 1].strip();
        String rest = title.substring(0, title.lastIndexOf(last)).replaceAll("[\\s|–—·»:-]+$", "").strip();
        if (rest.isEmpty()) {
            return title;
        }
        boolean isSiteName = siteName != null && !normalized(last).isEmpty()
                && (normalized(last).startsWith(normalized(siteName)) || normalized(siteName).startsWith(normalized(last)));
        boolean looksLikeName = siteName == null && last.split("\\s+").length <= 3 && last.length() * 2 < rest.length();
        return isSiteName || looksLikeName ? rest : title;
    }

    private static String date(Document document, StructuredData data) {
        String date = Dates.isoOrNull(data.datePublished());
        for (int i = 0; date == null && i < DATE_SOURCES.length; i++) {
            date = Dates.isoOrNull(attribute(document, DATE_SOURCES[i][0], DATE_SOURCES[i][1]));
        }
        return date;
    }

    private static List<String> authors(Document document, StructuredData data) {
        if (!data.authors().isEmpty()) {
            return data.authors();
        }
        Set<String> authors = new LinkedHashSet<>();
        for (Element meta : document.select("meta[name=author]")) {
            String name = meta.attr("content").strip();
            if (!name.isEmpty() && !name.contains("://")) {
                authors.add(name);
            }
        }
        return new ArrayList<>(authors);
    }

    private static String language(Document document, StructuredData data) {
        Element html = document.selectFirst("html");
        String language = first(html == null ? null : blankToNull(html.attr("lang")),
                attribute(document, "meta[http-equiv=content-language]", "content"), data.language());
        return language == null ? null : language.replace('_', '-');
    }

    private static String normalized(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("^www\\.|[^\\p{L}\\p{N}]", "");
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String attribute(Document document, String selector, String attribute) {
        Element element = document.selectFirst(selector);
        return element == null ? null : blankToNull(element.attr(attribute));
    }
}
