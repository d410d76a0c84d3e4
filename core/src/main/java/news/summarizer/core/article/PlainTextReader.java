package news.summarizer.core.article;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text. Feeds from news agencies often prefix the text with a metadata marker such as
 * {@code " date 2025-10-21 "}: it is read as the publication date and removed, so it neither counts as text
 * nor reaches the model.
 */
final class PlainTextReader {

    private static final Pattern LEADING_DATE =
            Pattern.compile("\\A\\s*(?:date|datum)\\s*:?\\s+(\\d{4}-\\d{2}-\\d{2})(?=\\s)", Pattern.CASE_INSENSITIVE);

    private PlainTextReader() {
    }

    static ExtractedArticle read(String body) {
        Matcher matcher = LEADING_DATE.matcher(body);
        if (matcher.find()) {
            LocalDate date = Dates.parseOrNull(matcher.group(1));
            if (date != null) {
                return new ExtractedArticle(body.substring(matcher.end()), null, date, null);
            }
        }
        return new ExtractedArticle(body, null, null, null);
    }
}
