package news.summarizer.core.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Lenient reading of the publication dates that sources give: a day, or a timestamp whose day we keep. */
final class Dates {

    private Dates() {
    }

    static LocalDate parseOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            return LocalDate.parse(trimmed.length() > 10 && trimmed.charAt(10) == 'T'
                    ? OffsetDateTime.parse(trimmed).toLocalDate().toString()
                    : trimmed.substring(0, Math.min(10, trimmed.length())));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
