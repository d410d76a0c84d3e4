package news.summarizer.core.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as sources give them: ISO 8601 at year ({@code 2024}), month ({@code 2024-11}) or day
 * ({@code 2024-11-05}) precision, or a timestamp ({@code 2024-11-05T14:30}, with seconds, fractions, {@code Z} or an
 * offset). The result keeps the precision the source had, up to the day: a timestamp yields the day as written
 * (no time-zone conversion, so the day is the one the source printed).
 */
public final class Dates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
                    + "(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");

    private Dates() {
    }

    /** {@code 2024}, {@code 2024-11} or {@code 2024-11-05} for a valid ISO 8601 date or timestamp, else null. */
    public static String isoOrNull(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = ISO.matcher(value.strip());
        if (!matcher.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (matcher.group(2) == null) {
                return matcher.group(1);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(matcher.group(2)));
            if (matcher.group(3) == null) {
                return month.toString();
            }
            LocalDate day = month.atDay(Integer.parseInt(matcher.group(3)));
            if (matcher.group(4) != null) {
                LocalTime.of(Integer.parseInt(matcher.group(4)), Integer.parseInt(matcher.group(5)),
                        matcher.group(6) == null ? 0 : Integer.parseInt(matcher.group(6)));
            }
            return day.toString();
        } catch (DateTimeException e) {
            return null;
        }
    }


    /** The warning for a date a source gave that is not ISO 8601: the article is summarised without a date. */
    static String ignoredWarning(String value) {
        return "The date '" + value.strip() + "' is not an ISO 8601 date (2025-10-21, 2025-10 or 2025); it was ignored.";
    }
}
