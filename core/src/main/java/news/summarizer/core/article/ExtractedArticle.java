package news.summarizer.core.article;

import java.time.LocalDate;

/** What a format reader found, before normalisation. */
record ExtractedArticle(String text, String title, LocalDate date, String url) {
}
