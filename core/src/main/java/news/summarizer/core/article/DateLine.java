package news.summarizer.core.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A leading metadata line such as {@code " date 2024-11 "} or {@code "Datum: 2025-10-21T14:30"}, as news feeds and
 * our own article files carry it. It is metadata, not text: it is removed so that it never becomes a headline, a
 * summary sentence or part of the id. A marker whose value is written like a date but is none ({@code 2024-13})
 * is removed too, with a warning, because it is still no prose.
 */
final class DateLine {

    /** The marker alone on its line, or (for backward compatibility) a full day followed by the text. */
    private static final Pattern LEADING = Pattern.compile(
            "\\A\\s*(?:date|datum)[ \\t]*:?[ \\t]+(?:(\\d{4}[-:T.,+Z\\d]*)[ \\t]*(?:\\R|\\z)|(\\d{4}-\\d{2}-\\d{2})\\s)",
            Pattern.CASE_INSENSITIVE);

    private DateLine() {
    }

    /** What the line said: the remaining text, the ISO date (or null) and the invalid value (or null). */
    record Split(String text, String date, String invalid) {
    }

    static Split split(String text) {
        Matcher matcher = LEADING.matcher(text);
        if (!matcher.find()) {
            return new Split(text, null, null);
        }
        String value = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        String date = Dates.isoOrNull(value);
        return new Split(text.substring(matcher.end()), date, date == null ? value.strip() : null);
    }
}
