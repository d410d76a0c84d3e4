package news.summarizer.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.summarizer.core.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every entry of {@link BoilerplateWording}'s word lists, each with an invented paragraph of page frame that sits
 * inside a fictional article's own element, where no class name gives it away. Without an entry its paragraph stays
 * in the text ({@link #each_paragraph_is_caught_by_its_own_entry_alone} makes sure no other entry would catch it);
 * an entry added without a paragraph here fails {@link #every_entry_has_a_paragraph}.
 */
class BoilerplateWordingTest {

    private static final String STORY_1 = "Der Kreistag von Wendelsheim hat am Dienstag beschlossen, die Buslinie "
            + "zwischen Oberau und dem Bahnhof ab dem Frühjahr im Halbstundentakt fahren zu lassen.";
    private static final String STORY_2 = "Landrätin Gerlinde Osterkamp sagte, der dichtere Takt koste den Kreis im "
            + "Jahr rund 380.000 Euro, werde aber, so hoffe sie, viele Pendler aus dem Auto holen.";
    private static final String STORY_3 = "Die Busfahrer sollen dafür neue Dienstpläne bekommen, über die der "
            + "Betriebsrat des Verkehrsbetriebs noch bis Ende des Monats mit der Geschäftsführung verhandelt.";

    /** Entry of a list → an invented paragraph that only this entry catches. */
    private static final Map<String, String> LABELS = new LinkedHashMap<>();
    private static final Map<String, String> OPENERS = new LinkedHashMap<>();
    private static final Map<String, String> NOTICES = new LinkedHashMap<>();

    static {
        LABELS.put("kontakt", "Kontakt:");
        LABELS.put("tags", "Tags");
        LABELS.put("themen", "Themen:");
        LABELS.put("schlagwörter", "Schlagwörter");
        LABELS.put("inhaltsverzeichnis", "Inhaltsverzeichnis");
        LABELS.put("quellen", "Quellen:");
        LABELS.put("quellenangaben", "Quellenangaben");
        LABELS.put("quellen ausblenden", "Quellen ausblenden");
        LABELS.put("externer inhalt", "Externer Inhalt");
        LABELS.put("originalpublikation", "Originalpublikation:");
        LABELS.put("zusatzinformationen", "Zusatzinformationen:");
        LABELS.put("weitere informationen", "Weitere Informationen");
        LABELS.put("kommentieren", "Kommentieren");
        LABELS.put("über den autor", "Über den Autor");
        LABELS.put("über die autorin", "Über die Autorin:");

        OPENERS.put("mehr (zum thema\\b|(zu[mr]?|von|aus) )", "Mehr zum Thema Nahverkehr");
        OPENERS.put("weitere (themen|beiträge|artikel|nachrichten|meldungen|infos)\\b",
                "Weitere Meldungen aus Wendelsheim");
        OPENERS.put("lesen sie (auch|mehr)\\b", "Lesen Sie auch:");
        OPENERS.put("lies auch\\b", "Lies auch: Neue Radwege für Oberau");
        OPENERS.put("auch interessant\\b", "Auch interessant");
        OPENERS.put("schon gelesen\\b", "Schon gelesen?");
        OPENERS.put("zum weiterlesen\\b", "Zum Weiterlesen");
        OPENERS.put("weiterlesen:", "Weiterlesen: Der Bahnhof wird barrierefrei");
        OPENERS.put("ähnliche (themen|artikel|beiträge)\\b", "Ähnliche Artikel");
        OPENERS.put("neueste (artikel|beiträge)\\b", "Neueste Beiträge");
        OPENERS.put("(die )?meistgelesenen?\\b", "Die meistgelesenen Artikel der Woche");
        OPENERS.put("entdecken sie jetzt\\b", "Entdecken Sie jetzt");
        OPENERS.put("related( (stories|posts|articles|coverage))?\\b", "Related Stories");
        OPENERS.put("explore further\\b", "Explore further");
        OPENERS.put("you may also like\\b", "You may also like");

        NOTICES.put("newsletter\\b.*\\b(abonnieren|anmelden|bestellen|eintragen)",
                "Der Wendelsheimer Newsletter bringt jeden Freitag die Woche im Kreis: jetzt kostenlos abonnieren.");
        NOTICES.put("(abonnieren|melde dich|melden sie sich)\\b.*\\bnewsletter",
                "Melden Sie sich zum Newsletter an und verpassen Sie keine Meldung mehr.");
        NOTICES.put("^(jetzt |diesen )?(artikel |beitrag )?teilen( (mit|auf|per|via)\\b[^.?]*)?\\W*$", "Jetzt teilen:");
        NOTICES.put("(möchten|willst) (sie|du) (den|diesen) (artikel|beitrag) teilen",
                "Möchten Sie diesen Beitrag teilen?");
        NOTICES.put("^gefällt mir(:|\\W*$| wird geladen)", "Gefällt mir");
        NOTICES.put("gefällt (ihnen|dir) (dieser|der|unser) (artikel|beitrag|text)",
                "Gefällt Ihnen dieser Artikel? Dann unterstützen Sie die Lokalredaktion.");
        NOTICES.put("(dieser|der) (artikel|beitrag) gefällt (ihnen|dir)",
                "Dieser Beitrag gefällt Ihnen? Dann empfehlen Sie uns weiter.");
        NOTICES.put("(könnte|dürfte) (dich|sie|euch) auch interessieren", "Das Thema könnte Sie auch interessieren:");
        NOTICES.put("^jetzt (kostenlos |gratis )?(für [^.!?]{1,40} )?(anmelden|abonnieren|registrieren)\\W*$",
                "Jetzt für den Wendelsheimer Frühdienst registrieren!");
        NOTICES.put("\\bunsere[nm]? [\\p{L}-]*newsletter",
                "Noch mehr aus dem Kreis? Schauen Sie in unseren Wochenend-Newsletter.");
        NOTICES.put("^werden? (sie |du )?(jetzt )?mitglied\\b",
                "Werden Sie Mitglied im Leserclub und sichern Sie sich Vorteile!");
        NOTICES.put("this entry was posted in\\b", "This entry was posted in Allgemein.");
        NOTICES.put("^(hat|war) (ihnen |dir )?(der|dieser) (artikel|beitrag) (gefallen|nützlich|hilfreich)",
                "War dieser Artikel hilfreich?");
        NOTICES.put("(einloggen|anmelden),? um\\b.*\\b(kommentieren|diskussion|weiterzulesen)",
                "Sie müssen sich anmelden, um hier zu kommentieren.");
        NOTICES.put("als pdf herunterladen", "Den Fahrplan als PDF herunterladen");
        NOTICES.put("^wird geladen\\b", "Wird geladen …");
        NOTICES.put("^(rezept|artikel|seite) drucken\\b", "Artikel drucken");
        NOTICES.put("^bild anzeigen\\b", "Bild anzeigen");
        NOTICES.put("subscribe (now|to|for)\\b", "Subscribe to the Wendelsheim Weekly to read the full story.");
        NOTICES.put("sign(ing)? up (for|to) our\\b", "Sign up for our morning briefing.");
        NOTICES.put("download (the|our) .*\\bapps?\\b", "Download our free app for breaking news from the region.");
        NOTICES.put("follow (us|the) .*\\bon (twitter|facebook|instagram)", "Follow us on Instagram!");
        NOTICES.put("folge?n? (sie |du )?uns auf\\b", "Folgen Sie uns auf Mastodon.");
        NOTICES.put("like it\\? share it", "Like it? Share it!");
        NOTICES.put("^\\(?(foto|fotos|bild|titelbild|beitragsbild|bildquelle|quelle|abbildung|abb\\.|grafik|credit|photo)"
                + "\\s*(\\d+\\s*)?:", "Titelbild: Verkehrsbetrieb Wendelsheim");
        NOTICES.put("^photograph by\\b", "Photograph by Gerd Lammers");
        NOTICES.put("[(|] ?(foto|fotos|bild|credit|photo): [^()]*\\)?$",
                "Der neue Busbahnhof in Oberau. (Foto: Kreisverwaltung)");
        NOTICES.put("© [^.]*$", "Die Linie 12 am Bahnhof. © Wendelsheimer Bote");
    }

    private final ArticleIntake intake = new ArticleIntake(TestConfigs.config());

    /** The article with the frame paragraph between its second and third paragraph, all in one article element. */
    private String text(String frameParagraph) {
        String html = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Bus im Halbstundentakt"
                + "</title></head><body><nav><a href=\"/\">Start</a> <a href=\"/kreis\">Kreis</a></nav><article>"
                + "<h1>Bus im Halbstundentakt</h1><p>" + STORY_1 + "</p><p>" + STORY_2 + "</p><p>" + frameParagraph
                + "</p><p>" + STORY_3 + "</p></article></body></html>";
        return intake.read(html.getBytes(StandardCharsets.UTF_8), ArticleFormat.HTML).text();
    }

    static Stream<Arguments> entries() {
        List<Arguments> entries = new ArrayList<>();
        LABELS.forEach((entry, paragraph) -> entries.add(Arguments.of(entry, paragraph)));
        OPENERS.forEach((entry, paragraph) -> entries.add(Arguments.of(entry, paragraph)));
        NOTICES.forEach((entry, paragraph) -> entries.add(Arguments.of(entry, paragraph)));
        return entries.stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("entries")
    void should_leave_out_the_frame_paragraph_inside_the_article(String entry, String paragraph) {
        String text = text(paragraph);

        assertThat(text).doesNotContain(paragraph).contains(STORY_1, STORY_2, STORY_3);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("entries")
    void each_paragraph_is_caught_by_its_own_entry_alone(String entry, String paragraph) {
        List<String> catching = new ArrayList<>();
        BoilerplateWording.FRAME_LABELS.stream().filter(e -> label(e).matcher(paragraph).matches()).forEach(catching::add);
        BoilerplateWording.SECTION_OPENERS.stream().filter(e -> opener(e).matcher(paragraph).find()).forEach(catching::add);
        BoilerplateWording.CALLS_TO_ACTION.stream().filter(e -> notice(e).matcher(paragraph).find()).forEach(catching::add);
        BoilerplateWording.CREDITS.stream().filter(e -> notice(e).matcher(paragraph).find()).forEach(catching::add);

        assertThat(catching).containsExactly(entry);
    }

    @Test
    void every_entry_has_a_paragraph() {
        assertThat(LABELS.keySet()).containsExactlyElementsOf(BoilerplateWording.FRAME_LABELS);
        assertThat(OPENERS.keySet()).containsExactlyElementsOf(BoilerplateWording.SECTION_OPENERS);
        List<String> notices = new ArrayList<>(BoilerplateWording.CALLS_TO_ACTION);
        notices.addAll(BoilerplateWording.CREDITS);
        assertThat(NOTICES.keySet()).containsExactlyElementsOf(notices);
    }

    @Test
    void should_keep_a_long_paragraph_that_begins_like_a_section_heading() {
        // without the length limit, text that merely begins "Mehr zu ..." would be cut as a heading
        String paragraph = "Mehr zu den Kosten will der Kreistag erst im Herbst sagen, wenn die Ausschreibung für die "
                + "neuen Busse abgeschlossen ist und die Angebote der drei Bewerber vorliegen.";

        assertThat(text(paragraph)).contains(paragraph);
    }

    @Test
    void should_keep_a_long_paragraph_that_names_a_photographer() {
        // without the length limit, a paragraph of text that ends with a credit would go as a caption
        String paragraph = "Die Busse der Linie 12 fahren seit dreißig Jahren dieselbe Strecke, und viele Fahrgäste "
                + "kennen die Fahrer beim Namen; der Verkehrsbetrieb hat zum Jubiläum eine kleine Ausstellung im "
                + "Rathaus eröffnet, mit alten Fahrplänen, Fahrkarten, Uniformen und einem Modell des ersten Busses, "
                + "der 1994 zwischen Oberau und dem Bahnhof fuhr und heute im Depot steht (Foto: Kreisverwaltung)";

        assertThat(text(paragraph)).contains(paragraph);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12.03.2024", "Aktualisiert: 12.3.24, 14:05 Uhr", "2024-03-12", "Stand: 3. März 2024",
            "7. Dez. 2023", "March 3, 2024", "3 Mar 2024 14:05"})
    void should_leave_out_the_date_stamp_of_the_page(String stamp) {
        // without the date-stamp rule, a stamp between two paragraphs stays (only the ends drop such short lines)
        assertThat(text(stamp)).doesNotContain(stamp).contains(STORY_2, STORY_3);
    }

    @Test
    void should_read_a_no_break_space_as_a_space() {
        // without it, "Mehr zum&nbsp;Thema" (as templates write it) would not be the heading "Mehr zum Thema"
        assertThat(text("Mehr zum&nbsp;Thema Nahverkehr")).doesNotContain("Nahverkehr").contains(STORY_3);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Teilen die Wähler diese Sicht?", // without the label form of "teilen", a question of the text would go
        "Gefällt mir nicht, sagte die Landrätin.", // without the label form of "gefällt mir"
        "Jetzt können sich Eltern für die Kita anmelden.", // without the imperative form of "jetzt ... anmelden"
        "Mehr von den Plänen wollte sie nicht verraten.", // without the full-stop rule of section headings
        "Endstand: 21:19", // without the rule that a time counts only beside a date
        // a source named in parentheses belongs to the fact it gives, unlike a photo credit
        "Arbeitslosenquote im Kreis im Mai: 6,1 Prozent (Quelle: Arbeitsagentur)"
    })
    void should_keep_a_sentence_of_the_text_that_looks_like_frame(String sentence) {
        assertThat(text(sentence)).contains(sentence);
    }

    @Test
    void should_keep_a_date_that_tells_the_reader_something() {
        // without the one-word limit, an appointment in the text would go as a date stamp
        assertThat(text("Infoabend: 29.02.2024, 19 Uhr")).contains("Infoabend: 29.02.2024, 19 Uhr");
    }

    // the same matching as BoilerplateWording's, one entry at a time
    private static Pattern label(String entry) {
        return Pattern.compile("(" + entry + ") ?:?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern opener(String entry) {
        return Pattern.compile("^(" + entry + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern notice(String entry) {
        return Pattern.compile(entry, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
