package news.summarizer.core.article;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page: its metadata ({@link PageMetadata}) and the article's main text without scripts, navigation and page
 * furniture (cookie and paywall boxes, share bars, teasers, related links, comments, captions). The text is found by
 * content scoring ({@link MainText}); paragraph structure is kept because summaries and offsets depend on it. See
 * docs/html-extraction.md for the measurements behind each step.
 */
final class HtmlArticleReader {

    /** Below this share of the page's paragraph text, the scored part is taken to be the wrong one. */
    private static final double BASELINE_SHARE = 1.0 / 3;

    private HtmlArticleReader() {
    }

    /** The text of every {@code <p>} left after furniture removal (the parser never nests them), link lists dropped. */
    private static String paragraphBaseline(Document document) {
        return TextBlocks.text(document.body().select("p"));
    }

    static ExtractedArticle read(String html) {
        Document document = Jsoup.parse(html);
        StructuredData data = StructuredData.of(document);
        PageMetadata metadata = PageMetadata.of(document, data);

        document.select(BoilerplateHints.NEVER_TEXT).remove();
        document.select(BoilerplateHints.FURNITURE_TAGS).remove();
        BoilerplateHints.furnitureBelow(document.body()).forEach(Element::remove);
        List<Element> parts = MainText.locate(document);
        parts.forEach(part -> part.select("h1").remove()); // the title is metadata, not text
        String text = TextBlocks.text(parts);
        String baseline = paragraphBaseline(document);
        if (text.length() < baseline.length() * BASELINE_SHARE) {
            // Scoring chose a part too small (a fact box beside paragraphs scattered among link lists): every
            // <p> of the page, as trafilatura's fallback does, reads better than a third of the text.
            text = baseline;
        }
        String body = data.articleBody() == null ? null : Jsoup.parse(data.articleBody()).text();
        if (body != null && body.length() >= text.length()) {
            // The publisher's own articleBody, when the markup yields less (text hidden behind scripts or a paywall).
            text = body;
        }
        return new ExtractedArticle(text, metadata.title(), metadata.date(), metadata.url(), List.of(),
                metadata.authors(), metadata.publisher(), metadata.language());
    }
}
