package news.summarizer.core.article;

/** Plain text: the text as it is (a leading date line is handled for every format, see {@link DateLine}). */
final class PlainTextReader {

    private PlainTextReader() {
    }

    static ExtractedArticle read(String body) {
        return new ExtractedArticle(body, null, null, null);
    }
}
