package news.summarizer.core.summary;

/** @param date ISO 8601 at the precision the source gave: {@code 2025-10-21}, {@code 2025-10} or {@code 2025}. */
public record ArticleInfo(String title, String date, int characters, int words) {
}
