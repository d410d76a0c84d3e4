package news.summarizer.core.summary;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** {@code direct}: the words inside quotation marks; {@code indirect}: reported speech. */
public enum StatementKind {
    DIRECT, INDIRECT;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "direct"/"indirect" in any case; anything else is null. */
    public static StatementKind parse(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "direct", "direkt" -> DIRECT;
            case "indirect", "indirekt" -> INDIRECT;
            default -> null;
        };
    }
}
