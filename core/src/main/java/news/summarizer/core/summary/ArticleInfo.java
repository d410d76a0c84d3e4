package news.summarizer.core.summary;

import java.time.LocalDate;

public record ArticleInfo(String title, LocalDate date, int characters, int words) {
}
