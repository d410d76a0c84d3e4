package news.summarizer.core.article;

import java.util.List;

/**
 * Fictional German web pages, one per kind of page furniture and markup the HTML intake must handle, each with the
 * text segments the main text must contain ({@code with}) and must not contain ({@code without}), scored as the
 * extraction benchmark does. All names, places and sentences are invented for these tests.
 */
final class FictionalPages {

    record Page(String name, String html, List<String> with, List<String> without) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String STORY_1 = "Der Gemeinderat von Hollerbach hat am Mittwochabend beschlossen, das alte "
            + "Hallenbad an der Mühlenstraße bis zum Herbst zu sanieren, obwohl die Kosten inzwischen auf 4,2 Millionen "
            + "Euro gestiegen sind.";
    private static final String STORY_2 = "Bürgermeisterin Annegret Pfalzer sagte nach der Sitzung, das Bad sei für "
            + "Schulen, Vereine und ältere Menschen unverzichtbar, und die Gemeinde werde die Hälfte der Summe aus "
            + "Rücklagen bezahlen.";
    private static final String STORY_3 = "Die Fraktion der Freien Wähler stimmte dagegen, weil sie zuerst ein "
            + "Gutachten über den Zustand des Daches abwarten wollte, das nach ihren Angaben seit Monaten verschoben wird.";
    private static final String STORY_4 = "Während der Bauzeit sollen die Schwimmkurse der Grundschule in das "
            + "Nachbardorf Kesselbrunn ausweichen, wo der Schwimmverein seine Halle an drei Vormittagen öffnet.";

    private static final String NAVIGATION = "<nav><ul><li><a href=\"/\">Start</a></li><li><a href=\"/lokales\">Lokales"
            + "</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav>";

    private static String paragraphs(String... texts) {
        StringBuilder html = new StringBuilder();
        for (String text : texts) {
            html.append("<p>").append(text).append("</p>\n");
        }
        return html.toString();
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Hallenbad wird saniert</title>"
                + head + "</head><body>" + body + "</body></html>";
    }

    static final Page ARTICLE_WITH_SIDEBAR = new Page("article element beside a sidebar", page("",
            NAVIGATION + "<div class=\"wrapper\"><article><h1>Hallenbad wird saniert</h1>"
                    + paragraphs(STORY_1, STORY_2, STORY_3, STORY_4) + "</article>"
                    + "<aside><h3>Meistgelesen</h3><p>Feuerwehrfest in Kesselbrunn lockt zweitausend Besucher, die "
                    + "bis spät in die Nacht feiern.</p></aside></div>"),
            List.of(STORY_1, STORY_4), List.of("Meistgelesen", "Feuerwehrfest in Kesselbrunn", "Lokales"));

    static final Page TEXT_IN_DIVS = new Page("text in divs without p", page("",
            NAVIGATION + "<div id=\"main\"><div class=\"headline\">Hallenbad wird saniert</div>"
                    + "<div class=\"copy\">" + STORY_1 + "<br><br>" + STORY_2 + "<br><br>" + STORY_3 + "</div>"
                    + "<div class=\"copy\">" + STORY_4 + "</div></div>"
                    + "<div class=\"footer\">© Hollerbacher Anzeiger · Impressum · Datenschutz</div>"),
            List.of(STORY_1, STORY_2, STORY_4), List.of("Impressum", "Datenschutz"));

    static final Page JSON_LD_BODY = new Page("JSON-LD articleBody when the markup hides the text", page(
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
                    + "\"WebPage\",\"name\":\"Hallenbad\"},{\"@type\":\"NewsArticle\",\"headline\":\"Hallenbad wird "
                    + "saniert\",\"articleBody\":\"" + STORY_1 + " " + STORY_2 + " " + STORY_3 + "\"}]}</script>",
            NAVIGATION + "<div id=\"app\"><p>Bitte aktivieren Sie JavaScript, um diesen Artikel zu lesen.</p></div>"),
            List.of(STORY_1, STORY_3), List.of("Start"));

    static final Page COMMENTS_AND_RELATED = new Page("comments and related links", page("",
            "<main><article class=\"post\"><div class=\"entry-content\">" + paragraphs(STORY_1, STORY_2, STORY_3)
                    + "<div class=\"sharedaddy sd-sharing\"><h3>Teilen mit:</h3><div class=\"sd-content\"><a href=\"#\">"
                    + "Facebook</a> <a href=\"#\">E-Mail</a></div></div>"
                    + "<div id=\"relatedposts\"><h3>Ähnliche Beiträge</h3><ul><li><a href=\"/a\">Freibad öffnet im Mai "
                    + "mit neuen Preisen für Familien</a></li><li><a href=\"/b\">Turnhalle bekommt ein neues Dach</a>"
                    + "</li></ul></div></div></article>"
                    + "<section id=\"comments\"><h2>3 Kommentare</h2><ol class=\"comment-list\"><li class=\"comment\">"
                    + "<article class=\"comment-body\"><p>Endlich wird etwas getan, das Bad war schon lange in einem "
                    + "schlechten Zustand, sagt mein Nachbar auch.</p></article></li></ol></section></main>"),
            List.of(STORY_1, STORY_3),
            List.of("Teilen mit", "Ähnliche Beiträge", "Freibad öffnet im Mai", "Kommentare", "Endlich wird etwas getan"));

    static final Page TEASERS = new Page("teaser list, and a lead without links", page("",
            "<article><p class=\"teaser-text\">Das Hallenbad in Hollerbach bleibt erhalten, die Gemeinde zahlt die "
                    + "Hälfte.</p>" + paragraphs(STORY_1, STORY_2, STORY_3) + "</article>"
                    + "<div class=\"teaser-list\"><div class=\"teaser\"><a href=\"/x\">Kesselbrunn: Neuer Spielplatz am "
                    + "Weiher eröffnet</a><p>Kinder können ab Samstag auf dem neuen Gelände toben.</p></div>"
                    + "<div class=\"teaser\"><a href=\"/y\">Landkreis: Busfahrplan ändert sich im Dezember</a>"
                    + "<p>Drei Linien fahren künftig seltener.</p></div></div>"),
            List.of("Das Hallenbad in Hollerbach bleibt erhalten", STORY_1),
            List.of("Neuer Spielplatz am Weiher", "Busfahrplan ändert sich"));

    static final Page PAYWALL_AND_COOKIES = new Page("paywall and cookie boxes", page("",
            "<div id=\"cookie-consent\"><p>Wir nutzen Cookies und ähnliche Techniken, um unser Angebot zu verbessern, "
                    + "Inhalte zu personalisieren und Reichweite zu messen.</p></div>"
                    + "<article>" + paragraphs(STORY_1, STORY_2, STORY_3)
                    + "<div class=\"paywall\"><p>Lesen Sie weiter mit HA+, dem Digitalabo des Hollerbacher Anzeigers, "
                    + "für nur 1 Euro im ersten Monat, jederzeit kündbar.</p></div>"
                    + "<div class=\"newsletter-box\"><p>Abonnieren Sie unseren Newsletter, dann erfahren Sie jeden Morgen, "
                    + "was in Hollerbach passiert ist.</p></div></article>"),
            List.of(STORY_1, STORY_3),
            List.of("Wir nutzen Cookies", "Lesen Sie weiter mit HA+", "Abonnieren Sie unseren Newsletter"));

    static final Page CAPTIONS_AND_CREDITS = new Page("captions and credits", page("",
            "<article>" + paragraphs(STORY_1, STORY_2)
                    + "<figure><img src=\"bad.jpg\" alt=\"\"><figcaption>Das Hallenbad an der Mühlenstraße wurde 1974 "
                    + "eröffnet.</figcaption></figure>"
                    + "<div class=\"image-credit\">Foto: Jonas Weidmann</div>"
                    + paragraphs(STORY_3, STORY_4) + "</article>"),
            List.of(STORY_2, STORY_3),
            List.of("wurde 1974 eröffnet", "Foto: Jonas Weidmann"));

    static final Page FRAME_PARAGRAPHS_WITHOUT_NAMES = new Page("frame paragraphs in the article without class names",
            page("", "<article>" + paragraphs(STORY_1, "Mehr zum Thema Schwimmbäder", STORY_2,
                    "Das Becken im Jahr 1974. (Foto: Gemeindearchiv Hollerbach)", STORY_3,
                    "Gefällt Ihnen dieser Artikel? Dann abonnieren Sie unseren Newsletter.", STORY_4,
                    "Kontakt:", "Redaktion Hollerbach, Telefon 0123 45 67 89") + "</article>"),
            List.of(STORY_1, STORY_2, STORY_3, STORY_4),
            List.of("Mehr zum Thema", "Gemeindearchiv", "Gefällt Ihnen", "Kontakt:"));

    static final Page FRAME_NAMED_LIKE_FURNITURE = new Page("page frame whose class says sidebar", page("",
            NAVIGATION + "<div class=\"container has-sidebar right-sidebar\"><div id=\"main\">"
                    + paragraphs(STORY_1, STORY_2, STORY_3, STORY_4) + "</div>"
                    + "<div class=\"sidebar\"><p>Anzeige: Gartenmöbel zum halben Preis, nur noch bis Sonntag im "
                    + "Möbelhaus am Kreisel.</p></div></div>"),
            List.of(STORY_1, STORY_4), List.of("Gartenmöbel zum halben Preis"));

    static final Page DATE_AND_BYLINE_LINES = new Page("date line, byline and a trailing heading", page("",
            "<article><div>6. November 2024</div><div>Von Jana Berg</div>"
                    + paragraphs(STORY_1, STORY_2) + "<h2>Dach bleibt ein Risiko</h2>" + paragraphs(STORY_3)
                    + "<h3>Mehr aus Hollerbach</h3></article>"),
            List.of(STORY_1, "Dach bleibt ein Risiko", STORY_3),
            List.of("6. November 2024", "Von Jana Berg", "Mehr aus Hollerbach"));

    private static final String LEAD = "Hollerbach behält sein Hallenbad: Nach monatelangem Streit um Kosten, "
            + "Gutachten und Zuschüsse hat sich der Gemeinderat für die Sanierung entschieden, und die Schwimmkurse der "
            + "Grundschule ziehen für ein halbes Jahr nach Kesselbrunn um.";

    static final Page LEAD_IN_HEADER = new Page("lead in a header beside the article body", page("",
            NAVIGATION + "<div class=\"layout\"><header class=\"kopf\"><h1>Hallenbad wird saniert</h1><p>" + LEAD
                    + "</p></header><section class=\"rumpf\">" + paragraphs(STORY_1, STORY_2, STORY_3, STORY_4)
                    + "</section><div class=\"leiste\"><a href=\"/a\">Freibad öffnet im Mai</a> <a href=\"/b\">"
                    + "Turnhalle bekommt ein neues Dach</a></div></div>"),
            List.of(LEAD, STORY_1, STORY_4), List.of("Freibad öffnet im Mai"));

    private static String related(String topic) {
        return "<ul class=\"mehr\"><li><a href=\"/1\">" + topic + " in Kesselbrunn: alle Termine im Überblick</a></li>"
                + "<li><a href=\"/2\">" + topic + " in Hollerbach: was die Gemeinde plant</a></li>"
                + "<li><a href=\"/3\">" + topic + " im Landkreis: Zahlen, Kosten und Zuschüsse</a></li></ul>";
    }

    private static String deep(String paragraph) {
        return "<div><div><div><div><div><div><p>" + paragraph + "</p></div></div></div></div></div></div>";
    }

    private static final String INFO_BOX = "Das Hallenbad, gebaut 1974, saniert 1992, hat ein Becken von 25 Metern, "
            + "eine Sauna, einen Kiosk, eine Tribüne und, seit dem letzten Umbau, einen Aufzug.";

    static final Page TEXT_SCATTERED_AMONG_LINKS = new Page("paragraphs scattered among link lists beside a fact box",
            page("", NAVIGATION + "<div class=\"spalte\"><div class=\"article-box\"><p>" + INFO_BOX + "</p></div></div>"
                    + "<div class=\"spalte\">" + deep(STORY_1) + related("Bäder") + deep(STORY_2) + related("Schulen")
                    + deep(STORY_3) + related("Vereine") + deep(STORY_4) + related("Sport") + "</div>"),
            List.of(STORY_1, STORY_2, STORY_3, STORY_4), List.of("alle Termine im Überblick"));

    private static final String SCHEDULE = "<div class=\"termine\"><p>Mo, 18 Uhr, Turnhalle, Yoga für alle.</p>"
            + "<p>Di, 19 Uhr, Bürgerhaus, Chor, Probe.</p><p>Mi, 17 Uhr, Sportplatz, Lauftreff, neu.</p>"
            + "<p>Do, 20 Uhr, Kirche, Orgel, Konzert.</p><p>Fr, 16 Uhr, Markt, Bauern, Stände.</p></div>";

    static final Page SCHEDULE_OF_SHORT_LINES = new Page("a schedule of short comma-rich lines beside the article",
            page("", NAVIGATION + "<div class=\"spalten\"><div class=\"text\">" + paragraphs(STORY_1, STORY_2)
                    + "</div>" + SCHEDULE + "</div>"),
            List.of(STORY_1, STORY_2), List.of("Turnhalle, Yoga", "Lauftreff"));

    static final List<Page> ALL = List.of(LEAD_IN_HEADER, ARTICLE_WITH_SIDEBAR, TEXT_IN_DIVS, JSON_LD_BODY, COMMENTS_AND_RELATED,
            TEASERS, PAYWALL_AND_COOKIES, CAPTIONS_AND_CREDITS, FRAME_PARAGRAPHS_WITHOUT_NAMES, FRAME_NAMED_LIKE_FURNITURE, DATE_AND_BYLINE_LINES,
            TEXT_SCATTERED_AMONG_LINKS, SCHEDULE_OF_SHORT_LINES);

    private FictionalPages() {
    }
}
