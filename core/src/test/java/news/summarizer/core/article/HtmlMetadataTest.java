package news.summarizer.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import news.summarizer.core.TestConfigs;
import org.junit.jupiter.api.Test;

/** Each metadata source of a web page, and its order. Without these, title, date and authors were lost or guessed. */
class HtmlMetadataTest {

    private static final String BODY = "<article><h1>Hallenbad in Hollerbach wird saniert</h1><p>Der Gemeinderat von "
            + "Hollerbach hat am Mittwochabend beschlossen, das alte Hallenbad bis zum Herbst zu sanieren, obwohl die "
            + "Kosten gestiegen sind.</p></article>";

    private final ArticleIntake intake = new ArticleIntake(TestConfigs.config());

    private Article read(String head, String body) {
        return read("<html lang=\"de-DE\">", head, body);
    }

    private Article read(String htmlTag, String head, String body) {
        String page = "<!DOCTYPE html>" + htmlTag + "<head><meta charset=\"utf-8\">" + head + "</head><body>" + body
                + "</body></html>";
        return intake.read(page.getBytes(StandardCharsets.UTF_8), ArticleFormat.HTML);
    }

    @Test
    void should_take_title_date_authors_and_publisher_from_json_ld_first() {
        Article article = read("<title>Alt | Hollerbacher Anzeiger</title>"
                + "<meta property=\"og:title\" content=\"Og-Titel\">"
                + "<meta property=\"article:published_time\" content=\"2024-01-01\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Hallenbad wird saniert\","
                + "\"datePublished\":\"2024-11-06T18:00:00+01:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Annika Roth\"},"
                + "{\"@type\":\"Person\",\"name\":\"Malte Brandl\"}],\"publisher\":{\"@type\":\"Organization\","
                + "\"name\":\"Hollerbacher Anzeiger\"},\"inLanguage\":\"de\"}</script>", BODY);

        assertThat(article.title()).isEqualTo("Hallenbad wird saniert");
        assertThat(article.date()).isEqualTo("2024-11-06");
        assertThat(article.authors()).containsExactly("Annika Roth", "Malte Brandl");
        assertThat(article.publisher()).isEqualTo("Hollerbacher Anzeiger");
    }

    @Test
    void should_take_og_title_without_the_site_name_when_there_is_no_json_ld() {
        Article article = read("<meta property=\"og:site_name\" content=\"Hollerbacher Anzeiger\">"
                + "<meta property=\"og:title\" content=\"Hallenbad wird saniert | Hollerbacher Anzeiger\">", BODY);

        assertThat(article.title()).isEqualTo("Hallenbad wird saniert");
        assertThat(article.publisher()).isEqualTo("Hollerbacher Anzeiger");
    }

    @Test
    void should_take_the_h1_when_no_meta_title_exists() {
        assertThat(read("", BODY).title()).isEqualTo("Hallenbad in Hollerbach wird saniert");
    }

    @Test
    void should_drop_a_short_site_suffix_from_the_title_element() {
        Article article = read("<title>Hallenbad in Hollerbach wird bis zum Herbst saniert – Kreisbote</title>",
                "<div><p>Der Gemeinderat von Hollerbach hat am Mittwochabend beschlossen, das alte Hallenbad zu sanieren."
                        + "</p></div>");

        assertThat(article.title()).isEqualTo("Hallenbad in Hollerbach wird bis zum Herbst saniert");
    }

    @Test
    void should_take_the_date_from_article_published_time_then_time_datetime() {
        assertThat(read("<meta property=\"article:published_time\" content=\"2024-11-06T18:00:00Z\">", BODY).date())
                .isEqualTo("2024-11-06");
        assertThat(read("", "<time datetime=\"2024-10-02\">2. Oktober</time>" + BODY).date()).isEqualTo("2024-10-02");
    }

    @Test
    void should_take_authors_from_meta_author_and_skip_profile_urls() {
        Article article = read("<meta name=\"author\" content=\"Annika Roth\">"
                + "<meta name=\"author\" content=\"https://social.example/annika\">", BODY);

        assertThat(article.authors()).containsExactly("Annika Roth");
    }

    @Test
    void should_take_the_canonical_url_then_og_url() {
        assertThat(read("<link rel=\"canonical\" href=\"https://anzeiger.example/bad\">"
                + "<meta property=\"og:url\" content=\"https://anzeiger.example/og\">", BODY).url())
                .isEqualTo("https://anzeiger.example/bad");
        assertThat(read("<meta property=\"og:url\" content=\"https://anzeiger.example/og\">", BODY).url())
                .isEqualTo("https://anzeiger.example/og");
    }

    @Test
    void should_take_the_page_language_from_html_lang() {
        assertThat(read("", BODY).language()).isEqualTo("de-DE");
    }

    @Test
    void should_leave_absent_metadata_null_and_never_guess() {
        Article article = read("<html>", "", "<div><p>Der Gemeinderat von Hollerbach hat am Mittwochabend beschlossen, "
                + "das alte Hallenbad zu sanieren.</p></div>");

        assertThat(article.title()).isNull();
        assertThat(article.date()).isNull();
        assertThat(article.authors()).isEmpty();
        assertThat(article.publisher()).isNull();
        assertThat(article.url()).isNull();
        assertThat(article.language()).isNull();
    }
}
