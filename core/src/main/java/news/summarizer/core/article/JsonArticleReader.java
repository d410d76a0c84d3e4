package news.summarizer.core.article;

import com.fasterxml.jackson.databind.JsonNode;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;

/** {@code {"text": "…", "title"?: "…", "date"?: "2025-10-21" | "2025-10" | "2025", "url"?: "…"}}. */
final class JsonArticleReader {

    private JsonArticleReader() {
    }

    static ExtractedArticle read(String body) {
        JsonNode root = StrictJson.read(body);
        if (root == null || !root.isObject()) {
            throw new SummarizerException(ErrorCode.INVALID_REQUEST, "The JSON body must be an object with a \"text\" field");
        }
        JsonNode text = root.get("text");
        if (text == null || text.isNull()) {
            throw new SummarizerException(ErrorCode.EMPTY_ARTICLE, "The JSON body has no \"text\" field");
        }
        if (!text.isTextual()) {
            throw new SummarizerException(ErrorCode.INVALID_REQUEST, "The \"text\" field must be a string");
        }
        String date = textOrNull(root, "date");
        String parsedDate = Dates.isoOrNull(date);
        if (date != null && parsedDate == null) {
            throw new SummarizerException(ErrorCode.INVALID_REQUEST,
                    "The \"date\" field must be an ISO 8601 date such as 2025-10-21, 2025-10 or 2025 (a time may follow)");
        }
        return new ExtractedArticle(text.asText(), textOrNull(root, "title"), parsedDate, textOrNull(root, "url"));
    }

    private static String textOrNull(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText().trim();
    }
}
